/**
 * Passes over an article's drafts, in text order, that fill in or correct speakers from the
 * quotes around them: an owner's name for a possessive ("Trump's spokesman"), the previous
 * speaker for a quotation with none, and who a "he", "she", "it", "they" or "I" that speaks stands for.
 */
import type { Entity } from '../../document/contract.js';
import { givenNameGender, soleAuthor, type Gender } from '../actors/gender.js';
import { describesPerson, isDescriptorNoun, nounGender } from '../actors/nominals.js';
import type { ActorIndex, Mention } from '../arguments.js';
import type { DependencyTree } from '../tree.js';
import { isCapitalised, isOpeningQuote, isPluralForm, type Word, wordAt } from '../words.js';
import type { QuoteContext } from './context.js';
import { cueAt, isNominalSpeaker } from './cues.js';
import { speaksOn, type Draft } from './drafts.js';
import { isIndefiniteOpener } from './function-words.js';
import { isPeopleNoun, NOUN_PHRASE_LEFT, PERSONAL_PRONOUNS, withOwner, type Speaker } from './speaker.js';

/** Runs every speaker pass over `drafts`, sorted by where they start, of the article `c` reads (with its byline and entities). */
export function fillSpeakers(c: QuoteContext, drafts: Draft[], byline: readonly string[], entities: readonly Entity[]): void {
  const { text, words, at, tree, mentions, possessors, inQuote } = c;
  for (const draft of drafts) draft.speaker = withOwner(words, possessors, draft.speaker);
  withPreviousSpeakers(drafts, words, at);
  const people = new PeopleLookup(entities);
  withQuotedPronounSpeakers(drafts, words, people, inQuote);
  withUnnamedPronounSpeakers(drafts, words, entities, tree, inQuote);
  withPluralPronounSpeakers(text, drafts, words, tree, mentions, inQuote);
  withAuthorSpeakers(drafts, words, byline, entities, inQuote);
  withContinuingItSpeakers(drafts, words, people);
  withDescribedSpeakers(drafts, words, entities, people);
  withLinkedDescriptionSpeakers(drafts, words, entities);
  withEnclosingSpeakers(drafts, words, people, tree, mentions);
}

/**
 * A quotation with no speaker of its own, a sentence or two after someone's attributed words
 * (quoted or reported), is most likely theirs too.
 */
function withPreviousSpeakers(drafts: Draft[], words: readonly Word[], at: (offset: number) => number): void {
  let before: Draft | undefined;
  for (const draft of drafts) {
    if (draft.speaker === null && draft.kind === 'direct') {
      const sentence = words[at(draft.start)]?.sentence ?? 0;
      if (before !== undefined && sentence - (words[at(before.end)]?.sentence ?? -9) <= 2) {
        draft.speaker = before.speaker;
        draft.rule = 'quotation:continues-previous';
      }
    }
    if (speaksOn(draft)) before = draft;
    else if (draft.speaker !== null) before = undefined;
  }
}

const SPEAKER_PRONOUN_GENDERS = new Map<string, Gender>([['he', 'male'], ['she', 'female']]);

/** The article's entities by id, for the speaker passes below, built once per article. */
class PeopleLookup {
  private readonly byId: ReadonlyMap<string, Entity>;

  constructor(entities: readonly Entity[]) {
    this.byId = new Map(entities.map((entity) => [entity.id, entity]));
  }

  entity(id: string | null): Entity | undefined {
    return id === null ? undefined : this.byId.get(id);
  }

  /** A person's gender as their given name tells; null for anyone else or an unknown name. */
  gender(id: string | null): Gender | null {
    const entity = this.entity(id);
    return entity?.type === 'PERSON' ? givenNameGender(entity.name.split(' ')[0]!) : null;
  }
}

/** The sentence number of the word at character `offset`. */
const sentenceAt = (words: readonly Word[], offset: number) => words[wordAt(words, offset)]?.sentence ?? 0;
/** How many sentences back the speaker a pronoun speaker continues may be named. */
const MAX_PRONOUN_SPEAKER_DISTANCE = 3;

/**
 * "“...,” she said" after someone's quote: where the actors layer resolved a reporter's "he" or
 * "she" to a person of the other gender, or to a name last seen inside quotation marks ("“Assad
 * is secondary,” he said"), the pronoun continues the latest speaker of its gender a sentence or
 * three before. Drafts are in text order, so a speaker set here is what the next one continues.
 */
function withQuotedPronounSpeakers(drafts: Draft[], words: readonly Word[], people: PeopleLookup, inQuote: (offset: number) => boolean): void {
  /** Whether the entity's last mention by name before `offset` is inside quotation marks. */
  const lastNamedInQuote = (id: string | null, offset: number): boolean => {
    const named = people.entity(id)?.mentions.filter((mention) => mention.kind !== 'pronoun' && mention.end <= offset).at(-1);
    return named !== undefined && inQuote(named.start);
  };
  drafts.forEach((draft, index) => {
    const speaker = draft.speaker;
    const gender = speaker === null ? undefined : SPEAKER_PRONOUN_GENDERS.get(speaker.text.toLowerCase());
    if (speaker === null || gender === undefined) return;
    const resolved = people.gender(speaker.entity);
    const sentence = sentenceAt(words, draft.start);
    if ((resolved === null || resolved === gender) && !lastNamedInQuote(speaker.entity, speaker.start)) {
      if (resolved === gender) continuePreviousSpeaker(draft, index, gender, sentence);
      return;
    }
    for (let k = index - 1; k >= 0; k--) {
      const earlier = drafts[k]!;
      if (sentence - sentenceAt(words, earlier.end) > MAX_PRONOUN_SPEAKER_DISTANCE) return;
      const named = earlier.speaker;
      if (named === null || people.gender(named.entity) !== gender) continue;
      draft.speaker = { ...speaker, entity: named.entity, name: named.name };
      return;
    }
  });

  /**
   * "After Lee asked the novelist about it, Okafor replied, “...”. “...,” he added.": where the
   * actors layer linked a reporter's "he" or "she" to a person of the right gender who has not
   * been mentioned since the latest speaker was named, while that speaker, of that gender or of
   * none known (a surname alone, a given name the lists do not hold), spoke in the sentence
   * before or the same one, the pronoun continues the speaker: a quote's pronoun takes the
   * nearest speaking antecedent, not an older one (the one who asked).
   */
  function continuePreviousSpeaker(draft: Draft, index: number, gender: Gender, sentence: number): void {
    const speaker = draft.speaker!;
    const earlier = drafts.slice(0, index).findLast((other) => other.speaker !== null && other.end <= speaker.start);
    const named = earlier?.speaker;
    if (earlier === undefined || named == null || named.entity === speaker.entity || !mayBe(named, gender)) return;
    if (sentence - sentenceAt(words, earlier.end - 1) > MAX_CONTINUED_PRONOUN_DISTANCE) return;
    // The speaker was named by name, outside quotation marks, after every mention of the pronoun's entity.
    if (PERSONAL_PRONOUNS.has(named.text.toLowerCase()) || inQuote(named.start)) return;
    const chosen = people.entity(speaker.entity)?.mentions.filter((mention) => mention.end <= speaker.start).at(-1);
    if (chosen === undefined || chosen.start >= named.start) return;
    draft.speaker = { ...speaker, entity: named.entity, name: named.name };
  }

  /**
   * Whether speaker `named` may be a "he" or "she" of `gender`: a person of that gender or of
   * none the name tells, or a name the actors layer linked to no one ("Cuban said", a surname
   * the tagger missed), capitalised words that are no group ("Officials", "Democrats").
   */
  function mayBe(named: Speaker, gender: Gender): boolean {
    if (named.entity === null) {
      const nameWords = named.text.split(/\s+/u);
      return nameWords.every((word) => /^\p{Lu}/u.test(word)) && !isPluralForm(nameWords.at(-1)!);
    }
    const known = people.gender(named.entity);
    // A person of unknown gender named by name, not a group named together ("Roth and Petrov", whose mentions are descriptions).
    const entity = people.entity(named.entity);
    return known === gender || (known === null && entity?.type === 'PERSON' && entity.mentions.some((mention) => mention.kind === 'name'));
  }
}

/** How many sentences back a same-gender speaker may be for a pronoun the actors layer linked to an older antecedent. */
const MAX_CONTINUED_PRONOUN_DISTANCE = 1;

/** How many sentences back the speaker an "it" continues may be. */
const MAX_IT_SPEAKER_DISTANCE = 2;

/**
 * "The Obama administration noted that ... . Russian hackers have used ..., it noted.", "...,
 * the council's report said. It accused the harbour board of ...": an "it" that speaks right after a
 * body or a document spoke continues that speaker, whatever the actors layer linked the pronoun
 * to (often a country or an organisation named in the reported words between). It continues
 * the latest speaker a sentence or two before when that speaker can be an "it": not a person
 * (a body a person heads, "the Obama administration", can), not people ("officials"), not a
 * pronoun for either, nor a description the actors layer linked; and only when the pronoun's own
 * entity is not named by name since.
 */
function withContinuingItSpeakers(drafts: Draft[], words: readonly Word[], people: PeopleLookup): void {
  const canBeIt = (speaker: Speaker): boolean => {
    const last = speaker.text.split(/\s+/u).at(-1) ?? '';
    const lower = last.toLowerCase();
    if ((PERSONAL_PRONOUNS.has(lower) && lower !== 'it') || isPluralForm(last)) return false;
    if (speaker.entity === null) return true;
    // A description the actors layer linked ("the social media company") is a guess to pass on only by name.
    const entity = people.entity(speaker.entity);
    const named = entity?.mentions.some((mention) => mention.kind === 'name' && mention.start >= speaker.start && mention.end <= speaker.end) === true;
    return named && (entity!.type !== 'PERSON' || /^\p{Ll}/u.test(last));
  };
  drafts.forEach((draft, index) => {
    const speaker = draft.speaker;
    if (speaker === null || speaker.text.toLowerCase() !== 'it') return;
    const earlier = drafts.slice(0, index).findLast((other) => other.speaker !== null);
    const before = earlier?.speaker;
    if (earlier === undefined || before === null || before === undefined || (before.entity === speaker.entity && before.name === speaker.name)) return;
    const earlierEnd = Math.max(earlier.end, before.end, earlier.cue === null ? 0 : words[earlier.cue]!.end);
    if (sentenceAt(words, speaker.start) - sentenceAt(words, earlierEnd - 1) > MAX_IT_SPEAKER_DISTANCE || earlierEnd > speaker.start || !canBeIt(before)) return;
    const own = people.entity(speaker.entity);
    if (own?.mentions.some((mention) => mention.kind === 'name' && mention.start >= earlierEnd && mention.end <= speaker.start)) return;
    draft.speaker = { ...speaker, entity: before.entity, name: before.name };
  });
}

/** How many sentences after the named speaker a description of them may speak. */
const MAX_DESCRIBED_SPEAKER_DISTANCE = 2;
/** How many words a description that continues a speaker may hold ("the retired Ohio surgeon"). */
const MAX_DESCRIPTION_SPEAKER_WORDS = 4;

/**
 * "..., Ola Berg, a surgeon from Bergen, told reporters. The retired surgeon, who backs the
 * mayor, warned of ...": a short definite description of a kind of person (a noun of
 * data/actors/descriptors.json: "the surgeon", "the retired surgeon"; or a group's member, "the
 * Ohio Republican") that speaks, which the actors layer linked to no one, is the person who
 * spoke a sentence or two before, when no other person is named by name between and the noun's
 * gender, if it has one, is theirs. Nouns for unnamed sources ("the official", "the source")
 * are left as they are: news uses them for someone else it does not name. So too when the
 * actors layer linked the description with nothing in the article to go on (no earlier
 * mention or role of that actor with the noun): its guess, the most mentioned person nearby,
 * is less often the one who speaks than the person who just spoke by name. Names inside the earlier
 * quote's words are ones it speaks of, and come between no one.
 */
function withDescribedSpeakers(drafts: Draft[], words: readonly Word[], entities: readonly Entity[], people: PeopleLookup): void {
  const names = entities.filter((entity) => entity.type === 'PERSON').flatMap((entity) => entity.mentions.filter((mention) => mention.kind === 'name').map((mention) => ({ id: entity.id, start: mention.start })));
  const members = new Set(entities.filter((entity) => entity.type === 'NORP').flatMap((entity) => entity.mentions.map((mention) => mention.start)));
  const describesOne = (head: Word) => {
    if (isPluralForm(head.text) || isNominalSpeaker(head)) return false;
    if (head.pos === 'PROPN') return members.has(head.start);
    return (head.pos === 'NOUN' || head.pos === 'ADJ') && describesPerson(head.lower);
  };
  drafts.forEach((draft, index) => {
    const speaker = draft.speaker;
    if (speaker === null || !/^the\s/iu.test(speaker.text) || speaker.text.split(/\s+/u).length > MAX_DESCRIPTION_SPEAKER_WORDS) return;
    const head = words[wordAt(words, speaker.end) - 1];
    if (head === undefined || head.end !== speaker.end || !describesOne(head)) return;
    if (speaker.entity !== null && describedBefore(people.entity(speaker.entity), head.lower, speaker.start)) return;
    const earlier = drafts.slice(0, index).findLast((other) => other.speaker !== null && other.speaker.end <= speaker.start);
    const named = earlier?.speaker;
    if (named == null || named.entity === speaker.entity || people.entity(named.entity)?.type !== 'PERSON') return;
    // Over the actors layer's guess, only a speaker named by name: a pronoun's link is a guess too.
    if (speaker.entity !== null && PERSONAL_PRONOUNS.has(named.text.toLowerCase())) return;
    if (sentenceAt(words, speaker.start) - sentenceAt(words, Math.max(earlier!.end, named.end) - 1) > MAX_DESCRIBED_SPEAKER_DISTANCE) return;
    const spokenOf = (start: number) => start >= earlier!.start && start < earlier!.end;
    if (names.some((name) => name.id !== named.entity && name.start >= named.end && name.start < speaker.start && !spokenOf(name.start))) return;
    const gender = nounGender(head.lower);
    const namedGender = people.gender(named.entity);
    if (gender !== undefined && namedGender !== null && gender !== namedGender) return;
    draft.speaker = { ...speaker, entity: named.entity, name: named.name };
  });
}

/**
 * "Trump's Son Says ...", headed over "Eric Trump, son of the front-runner, ...": a description
 * that speaks with no entity, which the actors layer linked to a person (as a nominal mention of
 * exactly its words), is that person. Not a noun for unnamed sources ("the official", "a
 * spokesman"), nor a plural: news uses those for people it does not name.
 */
function withLinkedDescriptionSpeakers(drafts: Draft[], words: readonly Word[], entities: readonly Entity[]): void {
  for (const draft of drafts) {
    const speaker = draft.speaker;
    if (speaker === null || speaker.entity !== null) continue;
    const head = words[wordAt(words, speaker.end) - 1];
    if (head === undefined || head.end !== speaker.end || isNominalSpeaker(head) || isPluralForm(head.lower)) continue;
    const linked = entities.find((entity) => entity.type === 'PERSON' && entity.mentions.some((mention) => mention.kind === 'nominal' && mention.start === speaker.start && mention.end === speaker.end));
    if (linked !== undefined) draft.speaker = { ...speaker, entity: linked.id, name: linked.name };
  }
}

/** Whether the article gave `entity` the noun `noun` before `offset`: in a name ("Senator Smith"), as a description's head ("a former pollster") or in a role. */
function describedBefore(entity: Entity | undefined, noun: string, offset: number): boolean {
  const nouns = (phrase: string) => phrase.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  const gives = (mention: Entity['mentions'][number]) => mention.kind === 'nominal' ? nouns(mention.text).at(-1) === noun : nouns(mention.text).includes(noun);
  return entity !== undefined && (entity.mentions.some((mention) => mention.end <= offset && gives(mention)) || entity.roles.some((role) => nouns(role.title).includes(noun)));
}

/** How many words an indefinite description may hold between its opener and its noun. */
const MAX_DESCRIPTION_WORDS = 8;
/** Relations of a clause's subject, and of a noun the parser made the root with the verb hung on it. */
const SUBJECT_RELATIONS = new Set(['nsubj', 'nsubj:pass', 'root']);
/** How many sentences before the pronoun's the description may be (a quotation may stand as a sentence between). */
const MAX_DESCRIPTION_SENTENCES = 2;
/** Tags of the words between an indefinite description's opener and its noun ("a [26-year-old Berlin] man"). */
const DESCRIPTION_TAGS = new Set(['ADJ', 'NUM', 'PROPN', 'NOUN', 'PUNCT']);

/**
 * "A 40-year-old Bergen man was fined after he had posted a threat. “They will pay,” he wrote":
 * a "he" or "she" that speaks after someone unnamed was introduced, as a subject, by a noun of
 * its gender ("a 40-year-old Bergen man", "the home of a woman was searched"), in its sentence or
 * the two before, stands for that unnamed person, where the actors layer (which links pronouns
 * to names) linked it to the last person of that gender named earlier. The speaker keeps the
 * pronoun's span, with the description for its name and no entity. A person named since ("a
 * woman, Anna Berg,") is the actors layer's to link.
 */
function withUnnamedPronounSpeakers(drafts: Draft[], words: readonly Word[], entities: readonly Entity[], tree: DependencyTree, inQuote: (offset: number) => boolean): void {
  const names = entities.filter((entity) => entity.type === 'PERSON').flatMap((entity) => entity.mentions.filter((mention) => mention.kind === 'name')).map((mention) => mention.start);
  const namedBetween = (from: number, to: number) => names.some((start) => start >= from && start < to);
  for (const draft of drafts) {
    const speaker = draft.speaker;
    const gender = speaker === null ? undefined : SPEAKER_PRONOUN_GENDERS.get(speaker.text.toLowerCase());
    if (speaker === null || gender === undefined || speaker.entity === null) continue;
    const pronoun = wordAt(words, speaker.start);
    const firstSentence = (words[pronoun]?.sentence ?? 0) - MAX_DESCRIPTION_SENTENCES;
    for (let k = pronoun - 1; k >= 0 && words[k]!.sentence >= firstSentence; k--) {
      const noun = words[k]!;
      // Not someone the quoted words speak of ("“When a woman becomes a mother, she ...”").
      if (noun.pos !== 'NOUN' || nounGender(noun.lower) !== gender || inQuote(noun.start)) continue;
      // Only a subject ("A woman received ...", "the home of a man was raided") is someone the
      // story follows; "the rape of a German woman" names someone else.
      const subject = (at: number) => SUBJECT_RELATIONS.has(tree.baseRelation(at));
      if (!subject(k) && !(tree.baseRelation(k) === 'nmod' && subject(tree.head(k)))) continue;
      let opener = k - 1;
      while (opener > k - MAX_DESCRIPTION_WORDS && opener >= 0 && !isIndefiniteOpener(words[opener]!) && DESCRIPTION_TAGS.has(words[opener]!.pos) && words[opener]!.text !== ',') opener--;
      // The nearest noun of the pronoun's gender decides: an indefinite one with no name since, or none.
      if (opener >= 0 && isIndefiniteOpener(words[opener]!) && !namedBetween(noun.end, speaker.start)) {
        draft.speaker = { ...speaker, entity: null, name: words.slice(opener, k + 1).map((word) => word.text).join(' ').replace(/ - /gu, '-') };
      }
      break;
    }
  }
}

/** Tags of the words of a noun phrase before its head ("the two nations", "Mr. Rubio's advisers"). */
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'PRON']);
/** Relations of a clause that stands as a sentence of its own. */
const MAIN_CLAUSE_RELATIONS = new Set(['root', 'conj', 'parataxis']);

/**
 * "Progressives favor spending, which they argue spurs demand", "Former prosecutors said ...
 * Take action before the election, they said": a "they" that speaks, which the actors layer
 * linked to no one, stands for the nearest plural subject before it that names people or a body
 * of them, in its sentence or the two before ("Progressives", "Clinton aides", "the national
 * unions"). The nearest plural subject decides: one that names neither ("the results") leaves
 * the pronoun as it is. The speaker keeps the pronoun's span, with the subject's entity where a
 * mention covers it, else its words for a name.
 */
function withPluralPronounSpeakers(text: string, drafts: Draft[], words: readonly Word[], tree: DependencyTree, mentions: ActorIndex, inQuote: (offset: number) => boolean): void {
  for (const draft of drafts) {
    const speaker = draft.speaker;
    if (speaker === null || speaker.entity !== null || speaker.text.toLowerCase() !== 'they') continue;
    const pronoun = wordAt(words, speaker.start);
    const firstSentence = (words[pronoun]?.sentence ?? 0) - MAX_DESCRIPTION_SENTENCES;
    for (let k = pronoun - 1; k >= 0 && words[k]!.sentence >= firstSentence; k--) {
      const noun = words[k]!;
      if ((noun.pos !== 'NOUN' && noun.pos !== 'PROPN') || !isPluralForm(noun.lower) || inQuote(noun.start) || !SUBJECT_RELATIONS.has(tree.baseRelation(k))) continue;
      // A main clause's subject: not one inside what someone said or argued ("embraced his argument that federal courts are ...").
      const clause = tree.baseRelation(k) === 'root' ? k : tree.head(k);
      if (!MAIN_CLAUSE_RELATIONS.has(tree.baseRelation(clause))) continue;
      const named = mentions.covering(k);
      // A person's or a country's name that ends in "s" ("Sanders", "the United States") is no plural.
      if (named?.entity.type === 'PERSON' || named?.entity.type === 'GPE') continue;
      if (named !== undefined && named.kind !== 'pronoun') {
        draft.speaker = { ...speaker, entity: named.entity.id, name: named.entity.name };
      } else if (isPeopleNoun(noun) || isDescriptorNoun(noun.lower.replace(/s$/u, '')) || (noun.pos === 'PROPN' && isCapitalised(noun) && noun.text !== noun.text.toUpperCase())) {
        // The noun and the words before it that qualify it ("Clinton aides", "the national unions"), within its own phrase.
        let first = Math.min(k, ...tree.dependentsOf(k).filter((d) => d < k && NOUN_PHRASE_LEFT.has(tree.relation(d))).map((d) => tree.extent(d)[0]));
        for (let i = k - 1; i >= first; i--) {
          if (!PHRASE_TAGS.has(words[i]!.pos)) {
            first = i + 1;
            break;
          }
        }
        draft.speaker = { ...speaker, entity: null, name: text.slice(words[first]!.start, noun.end) };
      }
      break;
    }
  }
}

/**
 * "I always hoped I'd see this", "I had to spend a week working out how to answer a friend
 * without saying, ...": in the article's own words (outside quotation marks) an "I" that speaks
 * is its writer, the one person its byline names (a column, an op-ed, a first-person report).
 * The speaker keeps the pronoun's span, with the author's entity where the text names them.
 */
function withAuthorSpeakers(drafts: Draft[], words: readonly Word[], byline: readonly string[], entities: readonly Entity[], inQuote: (offset: number) => boolean): void {
  const author = soleAuthor(byline);
  if (author === undefined) return;
  const named = entities.find((entity) => entity.type === 'PERSON' && entity.name === author);
  for (const draft of drafts) {
    const speaker = draft.speaker;
    if (speaker === null || speaker.entity !== null || speaker.text !== 'I' || inQuote(speaker.start)) continue;
    // '"I worry that ...' with its closing mark out of reach (a pull quote over two lines): an "I"
    // right after a quotation mark is someone's quoted words all the same.
    if (isOpeningQuote(words[wordAt(words, speaker.start) - 1])) continue;
    draft.speaker = { ...speaker, entity: named?.id ?? null, name: named?.name ?? author };
  }
}

/** How far up the parse a parenthetical cue looks for the cue whose reported words hold it. */
const MAX_ENCLOSING_STEPS = 8;

/**
 * "Schultz replied that she was glad Berg had said so because, she said, the remark showed ...":
 * a parenthetical "she said" inside the words another cue reports is the reporter's reminder of
 * who speaks, the speaker of the outermost such cue (named, of the pronoun's gender), not the
 * person the actors layer linked the pronoun to (often a name nearer, inside the reported words).
 */
function withEnclosingSpeakers(drafts: Draft[], words: readonly Word[], people: PeopleLookup, tree: DependencyTree, mentions: ActorIndex): void {
  for (const draft of drafts) {
    const speaker = draft.speaker;
    const gender = speaker === null ? undefined : SPEAKER_PRONOUN_GENDERS.get(speaker.text.toLowerCase());
    if (speaker === null || gender === undefined || draft.cue === null) continue;
    const cue = draft.cue;
    // Parenthetical: ", she said," with the pronoun right before the cue and a comma before it.
    if (wordAt(words, speaker.start) !== cue - 1 || words[cue - 2]?.text !== ',') continue;
    let outer: Mention | undefined;
    for (let k = tree.head(cue), steps = 0; k >= 0 && steps < MAX_ENCLOSING_STEPS; k = tree.head(k), steps++) {
      if (cueAt(words, k) === undefined) continue;
      const subject = tree.nearestDependent(k, 'nsubj');
      const named = subject >= 0 ? mentions.covering(subject) : undefined;
      if (named !== undefined && named.kind !== 'pronoun' && people.gender(named.entity.id) === gender) outer = named;
    }
    if (outer !== undefined && outer.entity.id !== speaker.entity) draft.speaker = { ...speaker, entity: outer.entity.id, name: outer.entity.name };
  }
}
