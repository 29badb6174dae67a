/**
 * Who a cue's speaker is: the actor mention next to the cue ("Trump said", "said Trump",
 * "Hugh Hill, a doctor, said"), or an unnamed source ("a senior official said") kept as a
 * speaker with no entity.
 */
import type { Entity, Quote } from '../../document/contract.js';
import { span } from '../../document/doc.js';
import { cueAt, isDocumentNoun, isNominalSpeaker, isQuantifierSubject, isSpeechNoun, isTimeWord, misreadMainVerb } from './cues.js';
import { isCapitalised, isPluralForm, type Word, wordAt } from '../words.js';
import { ActorIndex, isOwnerBody, isPossessiveMark, ownerOfBody, ownerOfHeadlineBody, seriesVerb, type Mention } from '../arguments.js';
import type { DependencyTree } from '../tree.js';
import { isClauseMark } from './function-words.js';
import { describesPerson } from '../actors/nominals.js';
import { isPromiseVerb } from '../commitments/index.js';

export type Speaker = NonNullable<Quote['speaker']>;

/**
 * The mentions that can speak, by word. Places, nationalities and other names are not
 * speakers; countries and organisations can be ("Russia said"), cities and states hardly ever
 * ("in Kentucky, Trump said"); nor is "German" in "German Chancellor Friedrich Merz", "his" or "them".
 */
export function speakerIndex(entities: readonly Entity[], words: readonly Word[]): ActorIndex {
  return new ActorIndex(entities, words, (entity, mention) => canSpeak(entity) && mention.kind !== 'demonym' && !(mention.kind === 'pronoun' && NOT_SUBJECT_PRONOUNS.has(mention.text.toLowerCase()))
    && !(mention.kind === 'pronoun' && mention.text.toLowerCase() === 'they' && !namesGroup(entity) && !afterItsPeople(entity, mention, words)));
}

/**
 * Whether a "they" that speaks may stand for `entity`: a person (a pronoun of the actors layer
 * resolved so is its business) or a body named in the plural ("Democrats"). News writes "it"
 * for a country or an organisation with a name in the singular; a "they" the actors layer
 * linked to one ("As they say ...", "they believe" after "Capitol Hill") is most often people
 * the text names otherwise or not at all, and stays an unnamed "they".
 */
function namesGroup(entity: Entity): boolean {
  if (entity.type === 'PERSON' || namedByMembers(entity)) return true;
  if (entity.type === 'GPE') return false;
  // A plural: "Democrats", not "Fox Business" or "Congress".
  return entity.mentions.some((mention) => mention.kind === 'name' && /\p{Ll}s$/u.test(mention.text) && isPluralForm(mention.text));
}

/** How many sentences before its "they" a name that qualifies people may be ("Facebook officials say they ..."). */
const MAX_PEOPLE_SENTENCES = 1;

/**
 * Whether the name of `entity` nearest before `pronoun`, in its sentence or the one before,
 * qualifies a plural noun ("Facebook officials say they ..."): the "they" is those people, who
 * speak for it. Further back ("his Senate colleagues" three sentences before "they believe")
 * other people have come between.
 */
function afterItsPeople(entity: Entity, pronoun: Entity['mentions'][number], words: readonly Word[]): boolean {
  const named = entity.mentions.filter((mention) => mention.kind === 'name' && mention.end <= pronoun.start).at(-1);
  const next = named === undefined ? undefined : words[wordAt(words, named.end)];
  const near = next !== undefined && words[wordAt(words, pronoun.start)]!.sentence - next.sentence <= MAX_PEOPLE_SENTENCES;
  // A plural noun, not a verb in "s" ("the United States adjusts").
  return near && next.start - named!.end <= 1 && next.pos === 'NOUN' && /^\p{Ll}+$/u.test(next.text) && isPluralForm(next.text);
}

/** The mentions of entities that can speak written as possessors ("her", "Trump" of "Trump's"), by word. */
export function possessorIndex(entities: readonly Entity[], words: readonly Word[]): ActorIndex {
  return new ActorIndex(entities, words, (entity, mention) => canSpeak(entity) && mention.kind !== 'demonym');
}

function canSpeak(entity: Entity): boolean {
  if (namedByMembers(entity)) return true;
  if (entity.type === 'LOC' || entity.type === 'MISC' || entity.type === 'NORP') return false;
  return entity.type !== 'GPE' || entity.kb?.startsWith('iso:') === true;
}

/** Whether an entity is a group the actors layer named by its members only ("Britain and Norway", "Republicans and Democrats" speak together). */
function namedByMembers(entity: Entity): boolean {
  return entity.key === null && entity.mentions.some((mention) => mention.kind === 'nominal') && !entity.mentions.some((mention) => mention.kind === 'name');
}

/**
 * "over her remark that “...”", "Trump's warning: “...”": the possessor of a noun for something
 * said that introduces the quotation opening at word `first` (after its mark), with at most one
 * adjective, and an adverb before it, between ("her infamous remark", "his admittedly provocative
 * proposition"); null when there is none. `possessors` gives the
 * index of possessor mentions, asked for only when such a noun is found.
 */
export function speechNounPossessor(text: string, words: readonly Word[], possessors: () => ActorIndex, first: number): Speaker | null {
  const sentence = words[first]!.sentence;
  let noun = first - 2;
  const that = words[noun]?.lower === 'that';
  if (words[noun] !== undefined && (that || words[noun]!.text === ':' || words[noun]!.text === ',')) noun--;
  // "her assertion during the debate that “...”": past a short phrase of time or place before the "that".
  if (that && words[noun] !== undefined && !isSpeechNoun(words[noun]!)) noun = beforeSettingPhrase(words, noun);
  if (words[noun] === undefined || words[noun]!.sentence !== sentence || !isSpeechNoun(words[noun]!)) return null;
  let possessor = noun - 1;
  if (words[possessor]?.pos === 'ADJ') possessor--;
  if (words[possessor]?.pos === 'ADV') possessor--;
  if (words[possessor] === undefined || words[possessor]!.sentence !== sentence) return null;
  const found = isPossessiveMark(words[possessor]) ? possessors().endingAt(possessor - 1) : POSSESSIVES.has(words[possessor]!.lower) ? possessors().endingAt(possessor) : undefined;
  return found === undefined ? null : speakerOf(text, found);
}

/** How many words a phrase of time or place between a noun for something said and its "that" may hold ("during the debate"). */
const MAX_SETTING_WORDS = 4;
/** Tags of the words of such a phrase after its preposition. */
const SETTING_PHRASE_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** The word before the prepositional phrase that ends at word `last` ("assertion" of "assertion during the last debate"), or `last` when none ends there. */
function beforeSettingPhrase(words: readonly Word[], last: number): number {
  for (let k = last; k >= 1 && last - k < MAX_SETTING_WORDS && words[k]!.sentence === words[last]!.sentence; k--) {
    if (words[k]!.pos === 'ADP') return k < last ? k - 1 : last;
    if (!SETTING_PHRASE_TAGS.has(words[k]!.pos)) return last;
  }
  return last;
}

/** Prepositions that credit a document to its author ("a post by", "a statement from"). */
const AUTHOR_PREPOSITIONS = new Set(['by', 'from']);
/** How many words of title may stand between the preposition and the author's name ("by the freelance journalist Erik Malinowski"). */
const MAX_AUTHOR_TITLE_WORDS = 4;

/**
 * "a Twitter post by the journalist Erik Malinowski that read, “...”", "this headline from the
 * Washington Post: “...”": a document credited to a named author earlier in the sentence of the
 * quotation opening at word `first` (after its mark) speaks for its author; null when there is none.
 */
export function documentAuthor(text: string, words: readonly Word[], mentions: ActorIndex, first: number): Speaker | null {
  const sentence = words[first]!.sentence;
  for (let noun = first - 2; noun >= 0 && words[noun]!.sentence === sentence; noun--) {
    if (!isDocumentNoun(words[noun]!) || !AUTHOR_PREPOSITIONS.has(words[noun + 1]?.lower ?? '')) continue;
    for (let k = noun + 2; k < first - 1 && k <= noun + 2 + MAX_AUTHOR_TITLE_WORDS; k++) {
      const author = mentions.startingAt(k);
      if (author !== undefined) return speakerOf(text, author);
      if (!TITLE_TAGS.has(words[k]!.pos) && words[k]!.pos !== 'DET') break;
    }
    return null;
  }
  return null;
}

const MAX_SUBJECT_DISTANCE = 12;
const NOT_SUBJECT_PRONOUNS = new Set(['his', 'her', 'hers', 'him', 'its', 'their', 'theirs', 'them', 'himself', 'herself', 'itself', 'themselves']);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'both', 'all', 'most', 'few']);

/** A named speaker: the mention's span, its entity and the entity's name. */
export function speakerOf(text: string, found: Mention): Speaker {
  return { ...span(text, found.start, found.end), entity: found.entity.id, name: found.entity.name };
}

/**
 * The subject before cue word `cue`: the nearest actor mention ending before it in the same
 * sentence (skipping an apposition or relative clause set off by commas), else an unnamed
 * source noun phrase ending right before it.
 */
export function subjectBefore(text: string, words: readonly Word[], mentions: ActorIndex, cue: number): Speaker | null {
  const sentence = words[cue]!.sentence;
  const adjacent = cue - 1;
  const noun = words[adjacent];
  if (noun !== undefined && noun.sentence === sentence && isNominalSpeaker(noun)) {
    let start = adjacent;
    while (start > 0 && adjacent - start < 4 && words[start - 1]!.sentence === sentence
      && /^\p{L}/u.test(words[start - 1]!.text) && !SUBJECT_BOUNDARIES.has(words[start - 1]!.lower)) {
      start--;
      if (DETERMINERS.has(words[start]!.lower)) break;
    }
    const named = mentions.endingAt(adjacent);
    if (named !== undefined) return speakerOf(text, named);
    return { ...span(text, words[start]!.start, noun.end), entity: null, name: text.slice(words[start]!.start, noun.end) };
  }
  const appositive = words[cue - 1]?.text === ',' ? beforeApposition(words, mentions, cue - 1) : undefined;
  if (appositive !== undefined) return speakerOf(text, appositive);
  /** Where an unnamed subject phrase ends: before the cue, or before an aside set off by dashes right before it. */
  let phraseEnd = cue;
  for (let i = cue - 1; i >= 0 && cue - i <= MAX_SUBJECT_DISTANCE && words[i]!.sentence === sentence; i--) {
    // "Sen. Ted Cruz (R-Texas) said": the parenthesis is not the speaker.
    if (words[i]!.text === ')') {
      i = parenthesisStart(words, i);
      continue;
    }
    // "Democrats -- including Clinton -- accused": neither is the aside set off by dashes.
    const opening = ASIDE_DASHES.has(words[i]!.text) ? dashAsideStart(words, i) : -1;
    if (opening >= 0) {
      if (words.slice(i + 1, cue).every((word) => word.pos === 'ADV')) phraseEnd = opening;
      i = opening;
      continue;
    }
    const found = mentions.endingAt(i);
    if (found === undefined) continue;
    // "Smith and Jones both floated the notion of ...", "Britain and Norway said": the last name ends a group that speaks together.
    const group = mentions.groupEndingAt(i);
    return groupAround(text, words, mentions, found, sentence) ?? speakerOf(text, group ?? memberOf(words, mentions, found) ?? found);
  }
  return phraseBefore(text, words, phraseEnd);
}

/**
 * The subject before cue word `cue`; but when the cue shares its subject with a verb before it
 * and the name nearest the cue lies in that verb's object, the subject before that verb: "X
 * again faulted Ruiz's handling of the port dispute and said ...", "Trump questioned how
 * Clinton would negotiate with Putin; blamed Obama for ...".
 */
export function subjectBeforeCoordination(text: string, words: readonly Word[], mentions: ActorIndex, tree: DependencyTree, cue: number): Speaker | null {
  const nearest = subjectBefore(text, words, mentions, cue);
  const first = sharedSubjectVerb(words, tree, cue);
  if (first === undefined || nearest === null || nearest.start < words[first]!.end) return nearest;
  return subjectBefore(text, words, mentions, first);
}

/** The verb before `cue` whose subject it shares: the verb it is coordinated with by "and", or after a semicolon its sentence's main verb. */
function sharedSubjectVerb(words: readonly Word[], tree: DependencyTree, cue: number): number | undefined {
  if (tree.relation(cue) !== 'conj' || words[cue - 1]?.lower !== 'and') return seriesVerb(words, tree, cue);
  const verb = tree.head(cue);
  return verb >= 0 && verb < cue && words[verb]!.pos === 'VERB' ? verb : undefined;
}

/** The "(" of the parenthesis that word `close` ends, in its sentence (else its sentence's first word). */
function parenthesisStart(words: readonly Word[], close: number): number {
  let i = close;
  while (i > 0 && words[i]!.text !== '(' && words[i - 1]!.sentence === words[close]!.sentence) i--;
  return i;
}

const ASIDE_DASHES = new Set(['—', '–', '--']);

/** The dash that opens the aside dash `close` ends, in its sentence and within reach of a subject, or -1. */
function dashAsideStart(words: readonly Word[], close: number): number {
  for (let i = close - 1; i >= 0 && close - i <= MAX_SUBJECT_DISTANCE && words[i]!.sentence === words[close]!.sentence; i--) {
    if (ASIDE_DASHES.has(words[i]!.text)) return i;
  }
  return -1;
}

/** How many words an apposition between a speaker and the cue may hold ("Melanne Verveer, who served as ... , told"). */
const MAX_APPOSITION_WORDS = 16;

/**
 * "Rep. Dana Kell (D-Ore.), chair of the Coastal Caucus PAC, said", "Mara
 * Lindqvist, who served as the governor's chief of staff, told": the person named before an
 * apposition that ends at the comma `comma` before the cue, not a name inside it (and past the
 * "who" an aside follows: "Ola Berg, who, after meeting Holm, said").
 */
function beforeApposition(words: readonly Word[], mentions: ActorIndex, comma: number): Mention | undefined {
  const sentence = words[comma]!.sentence;
  for (let i = comma - 1; i > 0 && comma - i <= MAX_APPOSITION_WORDS && words[i]!.sentence === sentence; i--) {
    if (words[i]!.text !== ',') continue;
    let end = i - 1;
    // "Ola Berg, who, after trading insults with Holm, said": the aside opens right after the relative pronoun.
    if (words[end]?.lower === 'who') end -= words[end - 1]?.text === ',' ? 2 : 1;
    if (words[end]?.text === ')') end = parenthesisStart(words, end) - 1;
    const head = mentions.endingAt(end);
    return head !== undefined && head.entity.type === 'PERSON' && head.kind !== 'pronoun' ? head : undefined;
  }
  return undefined;
}

/** Prepositions that tie a person to the body they belong to ("Joel Pollak of Breitbart"). */
const MEMBER_OF = new Set(['of', 'at', 'from']);

/** "Joel Pollak of Breitbart California observed": the person a body's name belongs to, not the body. */
function memberOf(words: readonly Word[], mentions: ActorIndex, found: Mention): Mention | undefined {
  const preposition = words[found.first - 1]?.lower === 'the' ? found.first - 2 : found.first - 1;
  if (found.entity.type === 'PERSON' || !MEMBER_OF.has(words[preposition]?.lower ?? '')) return undefined;
  const person = mentions.endingAt(preposition - 1);
  return person !== undefined && person.entity.type === 'PERSON' && person.kind !== 'pronoun' ? person : undefined;
}

/**
 * The group a subject named by a name and the names coordinated with it make ("Smith and Jones
 * said", "Britain and Norway said"), if the actors layer made one. The parser may take a title in
 * a later conjunct for a conjunct of its own, or the name after it for a second subject ("Smith (D-Ore.)
 * and former governor Jones said"): the group the actors layer made around the name, before the
 * verb or after it, when the parse coordinates some of its words.
 */
function coordinatedGroup(tree: DependencyTree, mentions: ActorIndex, subject: number, named: Mention, verb: number): Mention | undefined {
  if (named.kind !== 'name') return undefined;
  const group = mentions.groupHolding(named);
  return group !== undefined && coordinates(tree, group, subject, verb) ? group : undefined;
}

/** Whether the parse coordinates words of `group` with the subject `subject` of `verb`, the verb outside the group. */
function coordinates(tree: DependencyTree, group: Mention, subject: number, verb: number): boolean {
  if (group.first <= verb && verb <= group.last) return false;
  for (let k = group.first; k <= group.last; k++) {
    const head = tree.head(k);
    // The first conjunct may be a title before the group's first name ("Sens. Smith, Jones and Lee").
    if (tree.relation(k) === 'conj' && (head === subject || (head >= group.first && head <= group.last))) return true;
  }
  return false;
}

/** Words that make the names after them members of a group named before ("European leaders, including Merz, said"). */
const MEMBERSHIP_WORDS = new Set(['including', 'includes', 'like', 'among']);

/** The group a mention is listed in ("leaders, including Macron and Merz,"): the group speaks, not the member. */
function groupAround(text: string, words: readonly Word[], mentions: ActorIndex, found: Mention, sentence: number): Speaker | null {
  let i = wordAt(words, found.start) - 1;
  while (i > 0 && words[i]!.sentence === sentence && words[i]!.text !== ',' && !MEMBERSHIP_WORDS.has(words[i]!.lower)) i--;
  if (!MEMBERSHIP_WORDS.has(words[i]?.lower ?? '') || words[i - 1]?.text !== ',') return null;
  const group = mentions.endingAt(i - 2);
  return group !== undefined ? speakerOf(text, group) : phraseBefore(text, words, i - 1);
}

/** Words that end the reach of a subject scanned for backwards from its verb. */
const SUBJECT_BOUNDARIES = new Set([',', ';', ':', '(', ')', '"', '“', '”', "''", 'and', 'but', 'or', 'while', 'that', 'which', 'who', 'whom', 'when', 'because', 'if', 'as', 'also', 'has', 'have', 'had', 'would', 'will', 'could', 'did', 'does', 'do', 'not', 'never']);
const MAX_PHRASE_WORDS = 6;
/** Personal pronouns that stand as a clause's subject. */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'one']);
const NOT_SUBJECT_START = new Set(['after', 'before', 'in', 'on', 'at', 'with', 'for', 'about', 'to', 'from', 'by', 'of', 'during', 'since', 'until', 'than', 'then', 'so', 'yet', 'a few', 'it', 'there', 'here', 'this', 'what', 'how', 'why', 'where']);

/**
 * An unnamed speaker: the phrase right before the cue, back to a clause boundary ("the judge
 * said", "47 percent of voters said", "I said"), when it is short enough to be a subject.
 */
function phraseBefore(text: string, words: readonly Word[], cue: number): Speaker | null {
  const sentence = words[cue]!.sentence;
  let start = cue;
  while (start > 0 && words[start - 1]!.sentence === sentence && !SUBJECT_BOUNDARIES.has(words[start - 1]!.lower) && cue - start < MAX_PHRASE_WORDS + 1) start--;
  if (start === cue || cue - start > MAX_PHRASE_WORDS) return null;
  // "After he spoke, ... said", "about it— said": a phrase that opens with a preposition or ends
  // on punctuation is no subject.
  if (NOT_SUBJECT_START.has(words[start]!.lower) || !/\p{L}/u.test(words[cue - 1]!.text)) return null;
  // A subject names someone: a capitalised word, a pronoun, a number, or a word for a source.
  const phraseWords = words.slice(start, cue);
  if (!phraseWords.some((word) => /^\p{Lu}|^\d/u.test(word.form) || PERSONAL_PRONOUNS.has(word.lower) || isNominalSpeaker(word))) return null;
  // "Having announced ...", "Let me just say", "... Friday informing": a phrase that ends, past
  // its adverbs, on a verb or a time has no one in it.
  const head = phraseWords.findLast((word) => word.pos !== 'ADV') ?? phraseWords.at(-1)!;
  if (NOT_SPEAKER_HEAD_TAGS.has(head.pos) || isTimeWord(head)) return null;
  const phrase = text.slice(words[start]!.start, words[cue - 1]!.end);
  return { ...span(text, words[start]!.start, words[cue - 1]!.end), entity: null, name: phrase };
}

/** The subject after an inverted cue ("said Trump", "said Foreign Minister Sergei Lavrov"). */
export function subjectAfter(text: string, words: readonly Word[], mentions: ActorIndex, cue: number): Speaker | null {
  const sentence = words[cue]!.sentence;
  // Past a body's name and a title that no speaker mention covers ("according to Oregon Nurses Union President Ana Ruiz-Ortega").
  let titled = true;
  for (let i = cue + 1; i < words.length && (i - cue <= 5 || (titled && i - cue <= MAX_TITLED_REACH)) && words[i]!.sentence === sentence; i++) {
    const found = mentions.startingAt(i);
    if (found !== undefined) return speakerOf(text, titledPerson(words, mentions, found) ?? found);
    if (words[i]!.text === ',' || words[i]!.text === '.') break;
    if (i > cue + 1 && !isCapitalised(words[i]) && words[i]!.text !== '-') titled = false;
  }
  const noun = words.slice(cue + 1, cue + 5).find((word) => isNominalSpeaker(word));
  if (noun !== undefined && words[cue + 1]?.sentence === sentence) {
    return { ...span(text, words[cue + 1]!.start, noun.end), entity: null, name: text.slice(words[cue + 1]!.start, noun.end) };
  }
  return null;
}

/** How far after a cue a speaker's name may start when only capitalised words stand between (a body's name and a title). */
const MAX_TITLED_REACH = 9;
const MAX_SOURCE_PHRASE_WORDS = 10;
const POSSESSIVES = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their']);

/** How many title words may stand between a body's name and the person who holds the title ("Virginia AFL-CIO [President] Doris Crouse-Mays"). */
const MAX_TITLE_WORDS = 3;
/** Tags of a title's words ("judicial analyst Judge", "senior adviser"). */
const TITLE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * "according to Oregon Nurses Union President Ana Ruiz-Ortega", "said Kremlin aide Yuri Ushakov":
 * the person named after a body's name and a title, who speaks for it; undefined when `found`
 * is a person, or no person follows within a few words of title.
 */
function titledPerson(words: readonly Word[], mentions: ActorIndex, found: Mention): Mention | undefined {
  if (found.entity.type === 'PERSON') return undefined;
  for (let i = found.last + 1; i <= found.last + MAX_TITLE_WORDS + 1 && words[i]?.sentence === words[found.last]!.sentence; i++) {
    const person = mentions.startingAt(i);
    if (person !== undefined) return person.entity.type === 'PERSON' && i > found.last + 1 ? person : undefined;
    if (!TITLE_TAGS.has(words[i]!.pos) && words[i]!.text !== '-') return undefined;
  }
  return undefined;
}

/** An unnamed source named after word `from` up to the punctuation that ends it ("according to [exit polls]"), when short enough. */
export function phraseAfter(text: string, words: readonly Word[], from: number): Speaker | null {
  const sentence = words[from]?.sentence;
  let last = from;
  while (words[last + 1]?.sentence === sentence && /\p{L}|\d/u.test(words[last + 1]!.text) && last - from < MAX_SOURCE_PHRASE_WORDS) last++;
  // "according to their instinctive preference": after a possessive, "according to" is most often "in keeping with".
  if (last === from || last - from >= MAX_SOURCE_PHRASE_WORDS || POSSESSIVES.has(words[from + 1]!.lower)) return null;
  const start = words[from + 1]!.start;
  return { ...span(text, start, words[last]!.end), entity: null, name: text.slice(start, words[last]!.end) };
}

/** Relations of the words before a noun that belong to its phrase ("the four", "senior Democratic", "his show's"). */
export const NOUN_PHRASE_LEFT = new Set(['det', 'amod', 'compound', 'nummod', 'nmod:poss', 'flat', 'det:poss']);
/** Relations of words that open a subject's phrase without being part of it ("even", "—", "and"). */
const LEADING_RELATIONS = new Set(['advmod', 'punct', 'cc']);
/** A noun that names people: a speaker's noun ("officials", "critics") or a kind of person ("lawmakers", "woman"). */
export function isPeopleNoun(word: Word): boolean {
  return word.pos === 'NOUN' && (isNominalSpeaker(word) || describesPerson(word.lower));
}

/** Whether word `k` can name someone who speaks: an actor mention covers it, a pronoun, or a noun for people ("officials", "the journalist"). */
function canBeSomeone(words: readonly Word[], mentions: ActorIndex, k: number): boolean {
  return mentions.covering(k) !== undefined || words[k]!.pos === 'PRON' || words[k]!.pos === 'PROPN' || isPeopleNoun(words[k]!);
}

/** Relative pronouns that stand for the noun their clause qualifies ("officials who said"). */
const RELATIVE_PRONOUNS = new Set(['who', 'that', 'which', 'whom']);
/** Whether a speaker's words are a relative pronoun alone ("who"). */
export const isRelativePronoun = (phrase: string) => RELATIVE_PRONOUNS.has(phrase.toLowerCase());
/** How many clauses up a verb with no subject looks for one ("promised ..., opposed ... and outdid his plans to curb X by calling for ..."). */
const MAX_SUBJECT_STEPS = 6;
/**
 * The subject of verb `verb` read from the parse: its `nsubj`, or the subject it shares with the
 * verb it is coordinated with ("survived prison and says"), the noun a relative clause
 * qualifies ("officials who said"), or the object of the verb a "for" clause hangs on ("mocked
 * Trump for calling himself"); named when an actor mention covers the subject's head word,
 * else the subject phrase itself ("some friends", "47 percent of voters") with no entity. A
 * passive subject is what was said, not who said it, so a passive verb has none.
 */
export function treeSubject(text: string, words: readonly Word[], mentions: ActorIndex, tree: DependencyTree, verb: number): Speaker | null {
  let predicate = reportingAncestor(words, tree, verb) ?? verb;
  let subject = -1;
  /** Whether the subject is another verb's, reached through the clause the cue hangs on. */
  let borrowed = false;
  for (let steps = 0; steps < MAX_SUBJECT_STEPS; steps++) {
    if (tree.dependent(predicate, 'nsubj:pass', 'aux:pass') >= 0) return null;
    subject = namedSubject(words, tree, mentions, predicate) ?? tree.nearestDependent(predicate, 'nsubj');
    if (subject >= 0) break;
    // "Although Scott lacks a record, officials from both parties say ...": the parser may
    // coordinate a verb with no "and" or "but" before it with the clause before; an unnamed noun
    // phrase with a noun for people in it right before the verb is its own subject, not the other
    // clause's. (One with a name in it, "Clinton aides say", is left to the names.)
    if (steps === 0 && tree.relation(predicate) === 'conj' && tree.dependent(predicate, 'cc') < 0 && words[predicate - 1]?.pos === 'NOUN' && words[predicate - 1]!.sentence === words[predicate]!.sentence) {
      const phrase = phraseBefore(text, words, predicate);
      const first = phrase === null ? predicate : wordAt(words, phrase.start);
      const phraseWords = words.slice(first, predicate);
      const unnamed = phraseWords.every((_, k) => mentions.covering(first + k)?.kind !== 'name');
      if (phrase !== null && unnamed && phraseWords.some(isPeopleNoun)) return phrase;
    }
    borrowed = true;
    // "His leverage isn't going anywhere, and most don't expect ...": a quantifier the parser read
    // as an adverb is the clause's own subject; the verb does not share the subject of the one it
    // is coordinated with.
    const quantifier = steps === 0 ? quantifierOpening(words, tree, predicate) : -1;
    if (quantifier >= 0) return { ...span(text, words[quantifier]!.start, words[quantifier]!.end), entity: null, name: words[quantifier]!.text };
    const relation = tree.relation(predicate);
    // "... and says", "..., noting that": the subject of the verb this one goes with.
    // "Anna Berg, the former mayor, proposed ...": the parser may hang a main verb after a name's
    // apposition on the name as a clause that qualifies it; the person named speaks (not "the plan
    // proposed by Berg", whose agent is named). So does the subject the parser made the sentence's
    // root, a cue with an object hung on it ("The harbour board cited “...”").
    const qualified = relation === 'acl' && tree.dependent(predicate, 'obl:agent') < 0 ? tree.head(predicate) : -1;
    const person = qualified >= 0 && qualified < predicate ? mentions.covering(qualified) : undefined;
    if ((person !== undefined && person.entity.type === 'PERSON' && person.kind === 'name') || (steps === 0 && misreadMainVerb(tree, predicate))) {
      subject = qualified;
      break;
    }
    if (relation !== 'conj' && relation !== 'advcl' && relation !== 'xcomp' && relation !== 'acl:relcl') return null;
    const clause = predicate;
    predicate = tree.head(predicate);
    if (predicate < 0) return null;
    // "an attorney who led the team and considers Kaine her mentor": the parser may coordinate the
    // second verb of a relative clause with the noun the clause qualifies; it goes with the first.
    if (relation === 'conj' && words[predicate]!.pos !== 'VERB' && words[predicate]!.pos !== 'AUX') {
      const relative = tree.dependentsOf(predicate).find((k) => k > predicate && k < clause && tree.relation(k) === 'acl:relcl');
      if (relative !== undefined) predicate = relative;
    }
    // "mocked Trump for calling himself ...", "praised her for saying ...": the one praised or blamed said it.
    const mark = tree.dependent(clause, 'mark');
    const object = tree.dependent(predicate, 'obj');
    // Only someone praised or blamed speaks: "Grassley has been taking heat for not condemning
    // Trump" leaves it to the subject.
    if (relation === 'advcl' && mark >= 0 && words[mark]!.lower === 'for' && object >= 0 && object < clause && canBeSomeone(words, mentions, object)) {
      subject = object;
      break;
    }
    // "All this has led the journalist to fear ...", "persuaded them to argue": an infinitive
    // after a verb's object is that object's to say or think, whatever the object names (but
    // "promised voters to ..." is the subject's).
    if (relation === 'xcomp' && object >= 0 && object < clause && !isPromiseVerb(words[predicate]!) && !isTimeWord(words[object]!)) {
      subject = object;
      break;
    }
    if (relation === 'acl:relcl') {
      subject = predicate;
      break;
    }
  }
  if (subject < 0) return null;
  // "..., Anna Berg said Wednesday": the parser may take a time after the verb for its subject; a
  // name right before the verb is the one who speaks. So it is when the parser gave the verb no
  // subject of its own and coordinated it with something else ("... Wallace's famous 1963 refrain
  // ..., Mr. Cruz pledged", "the conversation ended with Maddow asking").
  // (Not a name a preposition ties to something else: "emails disseminated by WikiLeaks suggest";
  // but "with Maddow asking" is Maddow's.)
  const adjacent = subject > verb || borrowed ? mentions.endingAt(verb - 1) : undefined;
  const tied = adjacent !== undefined && words[adjacent.first - 1]?.pos === 'ADP' && words[adjacent.first - 1]!.lower !== 'with';
  const named = tied ? undefined : adjacent;
  if (named !== undefined && words[verb - 1]!.sentence === words[verb]!.sentence) return speakerOf(text, named);
  /** The "who" that stands for the speaker, the noun its clause qualifies: the speaker's span, as for a named one. */
  let relative = -1;
  if (words[subject]!.lower === 'who') {
    // "help from Housing Minister Ana Ruiz, who said", "the tone of Cruz, who said", "Ola Berg —
    // who met the fleet — said": the parser may hang the relative clause elsewhere; the name right
    // before ", who" (or "— who") is who speaks, through the pronoun (as a "he" speaks for the one
    // it stands for).
    const before = subject - (words[subject - 1]?.text === ',' || ASIDE_DASHES.has(words[subject - 1]?.text ?? '') ? 2 : 1);
    const antecedent = mentions.endingAt(before);
    const qualified = tree.relation(predicate) === 'acl:relcl' ? tree.head(predicate) : -1;
    if (antecedent !== undefined && (qualified < 0 || mentions.covering(qualified) === undefined)) {
      return { ...span(text, words[subject]!.start, words[subject]!.end), entity: antecedent.entity.id, name: antecedent.entity.name };
    }
    // With no name there, the noun the clause qualifies, or the one before it ("senior lawmakers, who also said").
    const noun = qualified >= 0 ? qualified : before >= 0 && isPeopleNoun(words[before]!) && words[before]!.sentence === words[subject]!.sentence ? before : -1;
    if (noun >= 0) {
      relative = subject;
      subject = noun;
    }
  } else if (RELATIVE_PRONOUNS.has(words[subject]!.lower) && tree.relation(predicate) === 'acl:relcl') {
    subject = tree.head(predicate);
  }
  // "including Ingrid Solberg": a subject never takes a preposition; the parse is wrong here (but
  // the people a "who" stands for may: "welcomed by lawmakers, who said").
  if (subject < 0) return null;
  const standsForPeople = relative >= 0 && (isPeopleNoun(words[subject]!) || mentions.covering(subject) !== undefined);
  if (!standsForPeople && tree.dependent(subject, 'case') >= 0) return null;
  const covering = mentions.covering(subject) ?? namedInApposition(tree, mentions, subject) ?? appositionOfName(tree, mentions, subject);
  // "Republicans and Democrats said": a group whose members cannot speak alone still speaks as one.
  const namedGroup = covering === undefined && relative < 0 ? mentions.groupCovering(subject) : undefined;
  if (namedGroup !== undefined && coordinates(tree, namedGroup, subject, verb)) return speakerOf(text, namedGroup);
  if (covering !== undefined) {
    // "Smith and Jones said", "Britain and Norway said": all speak, the group the actors layer made of them.
    const group = relative < 0 ? coordinatedGroup(tree, mentions, subject, covering, verb) : undefined;
    if (group !== undefined) return speakerOf(text, group);
    const speaker = speakerOf(text, memberOf(words, mentions, covering) ?? covering);
    // "McClellan, a corporate attorney who ... considers": for a description, or a name further
    // back, the "who" is the speaker's span, as for a name right before it (a span after a comma
    // would read as the end of a fronted clause).
    const nameBefore = covering.kind === 'name' && covering.last >= relative - 2;
    return relative >= 0 && !nameBefore ? { ...speaker, ...span(text, words[relative]!.start, words[relative]!.end) } : speaker;
  }
  // An unnamed subject: its phrase up to the head word and the words that qualify it right after
  // ("a spokesman for the campaign"), not a relative clause or an apposition set off by commas.
  // For the people a "who" stands for, the noun and the words before it that qualify it, not the
  // clause the noun ends ("The last question was from a young child, who said").
  let first = relative >= 0 ? Math.min(subject, ...tree.dependentsOf(subject).filter((k) => k < subject && NOUN_PHRASE_LEFT.has(tree.relation(k))).map((k) => tree.extent(k)[0])) : tree.extent(subject)[0];
  // "even a top strategist", "— officials" (and "by lawmakers, who"): not the adverb or
  // punctuation (or preposition) that opens the phrase.
  while (first < subject && (LEADING_RELATIONS.has(tree.relation(first)) || (relative >= 0 && tree.relation(first) === 'case'))) first++;
  let last = subject;
  for (const dependent of tree.dependentsOf(subject)) {
    if (dependent < subject) continue;
    const relation = tree.relation(dependent);
    if (relation !== 'nmod' && relation !== 'amod' && relation !== 'compound' && relation !== 'flat' && relation !== 'nummod') break;
    // "The city's new mayor on Tuesday rejected": a time the parser hangs on the subject is the verb's.
    if (isTimeWord(words[dependent]!)) break;
    last = tree.extent(dependent)[1];
  }
  const phraseWords = words.slice(first, last + 1);
  if (!phraseWords.some((word) => /\p{L}|\d/u.test(word.text))) return null;
  // A subject names someone: not "it", "this" or "there".
  if (phraseWords.length === 1 && NOT_SPEAKER_WORDS.has(phraseWords[0]!.lower)) return null;
  // The parser's misreadings: a verb ("Having announced ..., Judge Berman") or a time ("sent to
  // leaders Friday informing them") taken for the subject names no one.
  if (NOT_SPEAKER_HEAD_TAGS.has(words[subject]!.pos) || isTimeWord(words[subject]!)) return null;
  // An organisation named inside the phrase ("a spokesman for the Fishermen's Association") is
  // who speaks through it; a place that qualifies the head ("a former U.S. law enforcement
  // official") is where the speaker is from, not who speaks.
  const found = phraseWords.map((_, k) => mentions.startingAt(first + k));
  // "The Trump campaign", "Huckabee's office", "the Obama administration": a body tied to a person speaks for them.
  // So do its people ("Mrs. Clinton's campaign strategists", "Trump administration officials"): a body's noun qualifying the head.
  const ownedBody = isOwnerBody(words[subject]!) || tree.dependentsOf(subject).some((k) => k < subject && tree.relation(k) === 'compound' && isOwnerBody(words[k]!) && isPeopleNoun(words[subject]!));
  const owner = ownedBody ? found.find((mention) => mention !== undefined && mention.last < subject && mention.entity.type === 'PERSON') : undefined;
  // Not for the people a "who" stands for ("the chairman of Breitbart News, who said").
  const inner = owner ?? (relative >= 0 ? undefined : found.find((mention) => mention !== undefined && mention.last <= last && mention.entity.type !== 'PERSON' && !(mention.last < subject && PLACE_TYPES.has(mention.entity.type))));
  const name = inner === undefined ? text.slice(words[first]!.start, words[last]!.end) : inner.entity.name;
  const [start, end] = relative >= 0 ? [words[relative]!.start, words[relative]!.end] : [words[first]!.start, words[last]!.end];
  return { ...span(text, start, end), entity: inner === undefined ? null : inner.entity.id, name };
}

/**
 * "Her campaign said", "The administration said" after "the Obama administration": an unnamed
 * body a person owns (data/actors/possessed-nouns.json `ownerBodies`) speaks for the person its possessive
 * pronoun stands for, or, after "the", for the person the article last named that body after
 * ("the Trump campaign", "Clinton's campaign"). `possessors` gives the mentions written as
 * possessors ("her", "Clinton" of "Clinton's").
 */
export function withOwner(words: readonly Word[], possessors: () => ActorIndex, speaker: Speaker | null): Speaker | null {
  if (speaker === null || speaker.entity !== null) return speaker;
  const first = wordAt(words, speaker.start);
  // "Administration accuses ...": a bare body opening its sentence (no article) is a headline's.
  const headline = words[first]!.end === speaker.end && isOwnerBody(words[first]!) && words[first - 1]?.sentence !== words[first]!.sentence;
  if (headline) {
    const owner = ownerOfHeadlineBody(words, possessors(), first);
    return owner === undefined ? speaker : { ...speaker, entity: owner.entity.id, name: owner.entity.name };
  }
  const body = words[first + 1];
  if (body === undefined || body.end !== speaker.end || !isOwnerBody(body)) return speaker;
  let owner: Mention | undefined;
  if (words[first]!.lower === 'the') owner = ownerOfBody(words, possessors(), first);
  else {
    const possessive = possessors().covering(first);
    if (possessive?.kind === 'pronoun') owner = possessive;
  }
  return owner === undefined || owner.entity.type !== 'PERSON' ? speaker : { ...speaker, entity: owner.entity.id, name: owner.entity.name };
}

/**
 * "the campaign issued a statement saying ...", "Jessica Mackler issued a statement saying ...": an
 * unnamed speaker that is a document issued by someone (the object of a verb with a subject)
 * speaks for the subject of that verb.
 */
export function withIssuer(text: string, words: readonly Word[], mentions: ActorIndex, tree: DependencyTree, speaker: Speaker | null): Speaker | null {
  if (speaker === null || speaker.entity !== null) return speaker;
  const last = wordAt(words, speaker.end) - 1;
  if (last < 0 || !isDocumentNoun(words[last]!) || tree.relation(last) !== 'obj') return speaker;
  return treeSubject(text, words, mentions, tree, tree.head(last)) ?? speaker;
}

/**
 * Of two subjects the parser gave one verb (a relative clause misread: "Maria Lopez, 41, who was
 * among those surveyed, said"), the one an actor mention covers, nearest the verb, else a
 * relative pronoun (which stands for the noun its clause qualifies); undefined when the verb has
 * fewer than two subjects, or neither kind.
 */
function namedSubject(words: readonly Word[], tree: DependencyTree, mentions: ActorIndex, verb: number): number | undefined {
  const all = [...tree.dependentsOf(verb)].filter((dependent) => tree.relation(dependent) === 'nsubj' || tree.relation(dependent) === 'nsubj:outer');
  if (all.length < 2) return undefined;
  // "A source speaking to Radio Nord said", "an official close to Mayor Lind said": a name after a
  // preposition is its object, whatever the parser made of it; the other is the subject.
  const subjects = all.filter((subject) => {
    const before = words[tree.extent(subject)[0] - 1];
    return before?.pos !== 'ADP' || isClauseMark(before);
  });
  if (subjects.length === 1) return subjects[0];
  subjects.sort((a, b) => Math.abs(a - verb) - Math.abs(b - verb));
  return subjects.find((subject) => mentions.covering(subject) !== undefined) ?? subjects.find((subject) => RELATIVE_PRONOUNS.has(words[subject]!.lower));
}

/** How far up a coordinated reporting verb looks for the one it is coordinated with. */
const MAX_COORDINATION_STEPS = 6;

/**
 * "X said the quota would rise and predicted that prices would fall": the parser may coordinate
 * the second reporting verb with a verb inside the first one's clause; it shares the subject of
 * the reporting verb above it, not of the verb it hangs on.
 */
function reportingAncestor(words: readonly Word[], tree: DependencyTree, verb: number): number | undefined {
  // "Clinton rejected it, and the senator said ...": a coordinated verb with a subject of its own speaks for it.
  if (tree.relation(verb) !== 'conj' || tree.dependent(verb, 'nsubj') >= 0) return undefined;
  for (let head = tree.head(verb), steps = 0; head >= 0 && steps < MAX_COORDINATION_STEPS; head = tree.head(head), steps++) {
    if (cueAt(words, head) !== undefined) return head;
  }
  return undefined;
}

/** Relations of the words that may stand between a clause's opening quantifier and its verb ("most [do n't] expect"). */
const BEFORE_VERB = new Set(['aux', 'advmod', 'neg']);

/**
 * The quantifier that opens verb `verb`'s clause as its subject ("and most don't expect", "but
 * many say"): one of the quantifier subjects of data/quotes/cues.json right before the verb (past
 * its auxiliaries, negation and adverbs), after a conjunction, a comma or nothing in its sentence
 * (not "they most often say"); -1 when there is none.
 */
function quantifierOpening(words: readonly Word[], tree: DependencyTree, verb: number): number {
  let k = verb - 1;
  while (k >= 0 && words[k]!.sentence === words[verb]!.sentence && !isQuantifierSubject(words[k]!) && BEFORE_VERB.has(tree.relation(k)) && words[k]!.pos !== 'PUNCT') k--;
  if (k < 0 || words[k]!.sentence !== words[verb]!.sentence || !isQuantifierSubject(words[k]!)) return -1;
  const before = words[k - 1];
  const opens = before === undefined || before.sentence !== words[verb]!.sentence || before.pos === 'CCONJ' || before.text === ',' || before.text === ';';
  return opens ? k : -1;
}

/** Relations that tie a name to the title before it ("Kremlin aide Yuri Ushakov", "the senator, John Smith,"). */
const NAME_OF_TITLE = new Set(['appos', 'flat', 'compound']);

/**
 * The person named right after a subject that is a title ("aide Yuri Ushakov"), or at the end of
 * a title the parser set beside the subject ("Homeland Security Secretary Jane Roe", with
 * "Secretary Jane Roe" in apposition to "Security").
 */
function namedInApposition(tree: DependencyTree, mentions: ActorIndex, subject: number): Mention | undefined {
  for (const dependent of tree.dependentsOf(subject)) {
    if (dependent <= subject || !NAME_OF_TITLE.has(tree.relation(dependent))) continue;
    const named = mentions.covering(dependent);
    if (named !== undefined && named.entity.type === 'PERSON') return named;
    const atEnd = mentions.covering(tree.extent(dependent)[1]);
    if (atEnd !== undefined && atEnd.entity.type === 'PERSON' && atEnd.kind === 'name' && atEnd.first > dependent) return atEnd;
  }
  return undefined;
}

/** The person a subject stands in apposition to ("Jennifer McClellan, a corporate attorney who ..."): the subject is that person. */
function appositionOfName(tree: DependencyTree, mentions: ActorIndex, subject: number): Mention | undefined {
  if (tree.relation(subject) !== 'appos') return undefined;
  const named = mentions.covering(tree.head(subject));
  return named !== undefined && named.entity.type === 'PERSON' && named.kind !== 'pronoun' ? named : undefined;
}

/** Single words that are subjects but name no speaker. */
/** Tags of a word that heads no speaker's phrase (a noun, a pronoun, a number or an adjective may: "a third of independents"). */
const NOT_SPEAKER_HEAD_TAGS = new Set(['VERB', 'AUX', 'ADP', 'ADV', 'SCONJ', 'CCONJ', 'PART', 'INTJ', 'PUNCT']);
/** Entity types of a place, which qualifies a speaker's title rather than speaks ("a former U.S. official"). */
export const PLACE_TYPES: ReadonlySet<string> = new Set(['GPE', 'LOC', 'NORP', 'FAC']);
const NOT_SPEAKER_WORDS = new Set(['it', 'this', 'that', 'there', 'here', 'what', 'which', 'these', 'those']);
