/**
 * Who holds a stance a verb states: the actors of its subject, read from the parse and by word
 * rules where the parser often goes wrong (a relative "who" after an apposition, a name before
 * an apposition or between dashes, a subject coordinated or shared with an earlier verb), or
 * the speaker of the quote whose "we" or "I" the subject is.
 */
import type { Quote } from '../../document/contract.js';
import { actorsBefore, actsAsVerb, bracketStart, entityIds, ownerOnlySubject, phraseActors, subjectActors, subjectEnd, treeSubjectActors, type ActorIndex, type Mention } from '../arguments.js';
import type { DependencyTree } from '../tree.js';
import { isPunctuation, type Word } from '../words.js';
import type { SentenceContext } from './context.js';
import { stanceCues, stanceGrammarWords } from './cues.js';
import { isPossessiveMark } from './issue.js';
import { givenNameGender } from '../actors/gender.js';
import { pronounGender } from '../actors/pronouns.js';

/** The first quote that holds word `at` and that `accepts` takes (any quote by default). */
export function quoteAt(context: SentenceContext, at: number, accepts: (quote: Quote) => boolean = () => true): Quote | undefined {
  const word = context.words[at]!;
  return context.quotes.find((candidate) => candidate.start <= word.start && word.end <= candidate.end && accepts(candidate));
}

/** The speaker's entity of the direct (or mixed) quote that holds word `at`. */
export function speakerOfQuoteAt(context: SentenceContext, at: number): string | undefined {
  return quoteAt(context, at, (quote) => quote.kind !== 'indirect')?.speaker?.entity ?? undefined;
}

/**
 * The holder of a stance verb: the actors of its subject; the sentence's subject when the verb
 * hangs on another ("urged Trump to support ...", "and openly expressing support"); or the
 * speaker of the quote when the subject is the speaker's "we" or "I".
 */
export function holderOf(context: SentenceContext, verb: number): string[] {
  const { words, actors, start, end, tree } = context;
  const polled = tree === null ? undefined : pollGroup(context, tree, verb);
  if (polled !== undefined) return polled;
  // The word rules first where the parser often hangs the verb on a noun of an apposition before it.
  const relative = relativeWhoHolder(context, verb);
  if (relative.length > 0) return entityIds(relative);
  const opening = openingNameBeforeApposition(context, verb);
  if (opening !== undefined) return [opening.entity.id];
  const listed = namesBetweenDashes(context, verb);
  if (listed.length > 0) return entityIds(listed);
  if (tree !== null) {
    const described = appositionRelativeHolder(context, tree, verb) ?? cataphoricHolder(context, tree, verb);
    if (described !== undefined) return [described.entity.id];
    // "called out Trump, slamming his proposed ban": a participle set off by a comma after the
    // object is a free adjunct of its clause, whose subject holds the stance, not the object.
    const object = tree.head(verb);
    if (tree.relation(verb) === 'acl' && words[verb - 1]?.text === ',' && /ing$/u.test(words[verb]!.lower) && object < verb && ['obj', 'iobj'].includes(tree.relation(object))) return holderOf(context, tree.head(object));
  }
  // "was among those supporting Ailes": a participle on a predicate pronoun is its copula's subject's.
  if (tree !== null && tree.relation(verb) === 'acl' && stanceGrammarWords().predicatePronouns.has(words[tree.head(verb)]?.lower ?? '') && ['among', 'of'].includes(words[tree.head(verb) - 1]?.lower ?? '')) {
    // The copula's predicate, or the verb the parser hangs "among those" on.
    const pronoun = tree.head(verb);
    const predicate = tree.dependent(pronoun, 'cop') >= 0 ? pronoun : tree.head(pronoun);
    if (predicate < 0) return [];
    const parsed = subjectActors(actors, words, tree, predicate, start) ?? [];
    return entityIds(notModifiers(words, parsed.length > 0 ? parsed : actorsBefore(actors, words, subjectEnd(words, predicate), start)));
  }
  // "a civil rights group demanding ...": a participle's holder is the noun it describes, or nobody.
  if (tree !== null && tree.relation(verb) === 'acl' && words[verb - 1]?.lower !== 'to') {
    // "issued a statement condemning the ban", "an op-ed in The Harbour Gazette faulting": a message states its author's position.
    if (isMessageNoun(words, tree.head(verb))) return messageAuthor(context, tree, tree.head(verb));
    return entityIds(notModifiers(words, phraseActors(actors, words, tree, tree.head(verb), start)));
  }
  // "stated his intention to vote for Clinton": an infinitive after an owned noun is the owner's.
  if (tree !== null && tree.relation(verb) === 'acl' && words[verb - 1]?.lower === 'to') {
    const owner = tree.dependent(tree.head(verb), 'nmod:poss');
    const mention = owner < 0 ? undefined : actors.covering(owner);
    if (mention !== undefined && actors.isActor(mention)) return [mention.entity.id];
    // "HP's decision not to fund the convention", the owner no actor found: the owner's act, of nobody named.
    if (owner >= 0 && words[owner]!.pos === 'PROPN') return [];
  }
  // The parser often takes such a participle for an adverbial clause ("met a group demanding ...").
  if (/ing$/u.test(words[verb]!.lower) && words[verb - 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(words[verb - 1]!.text)) {
    const described = actors.endingAt(verb - 1);
    return described !== undefined && actors.isActor(described) ? [described.entity.id] : [];
  }
  // A copula's subject is its predicate's ("Park is opposed to": "opposed" has the nsubj).
  const predicate = tree !== null && tree.relation(verb) === 'cop' ? tree.head(verb) : verb;
  // A stance in an act urged on someone is the urger's ("urged Trump to insist on a ceasefire").
  const parsed = tree === null ? undefined : treeSubjectActors(actors, words, tree, predicate, start, false);
  // "Ortiz's leading rivals, Ada Moss and Lisa Park, have criticized": the names in apposition to a common noun subject.
  const named = tree === null ? [] : namedInApposition(context, tree, predicate);
  if (named.length > 0) return entityIds(named);
  if (parsed !== undefined && parsed.length > 0) return entityIds(notModifiers(words, examplesLeftOut(context, tree!, predicate) ?? parsed, verb));
  // "the mayor's backers were unlikely to vote for him": a relational noun named only through its
  // possessor holds the stance, and that is nobody named (not the sentence's main subject).
  if (ownerOnlySubject(actors, words, tree, verb) || (tree !== null && tree.relation(verb) === 'xcomp' && ownerOnlySubject(actors, words, tree, tree.head(verb)))) return [];
  // "..., and they rejected any suggestion" with "they" resolved to nobody: the pronoun is the
  // subject, and an actor before it is another clause's; in a reported clause ("Some Democrats
  // said they back ...") the speaker before it is what it stands for.
  const pronoun = tree === null || tree.relation(predicate) === 'ccomp' ? -1 : tree.dependent(predicate, 'nsubj');
  if (pronoun >= 0 && stanceGrammarWords().thirdPersonSubjects.has(words[pronoun]!.lower) && actors.covering(pronoun) === undefined) return [];
  const subjectStop = subjectEnd(words, verb);
  const before = words[subjectStop - 1]?.lower ?? '';
  // Kept beside the parse: dropping it loses a fully right stance on dev (0.471 -> 0.465), where
  // the parse gives an infinitive no subject of its own ("also stated his intention to vote for").
  if (before === 'to') return entityIds(forSubject(context, subjectStop - 2) ?? participleNoun(context, subjectStop - 2) ?? predicateNounSubject(context, subjectStop - 1) ?? mainSubject(actors, words, start, end));
  // "she backs tougher regulations but embraces the law": a verb coordinated with an earlier one shares its subject.
  if (stanceGrammarWords().coordinators.has(before)) return entityIds(coordinatedSubject(context, subjectStop - 1));
  // "Sen. Claire McCaskill (D-Mo.) endorsed": past a bracketed party and state.
  const subject = entityIds(notModifiers(words, actorsBefore(actors, words, bracketStart(words, subjectStop - 1, start), start), verb));
  if (subject.length > 0 || !stanceCues().quotedSubjects.has(before)) return subject;
  const speaker = speakerOfQuoteAt(context, subjectStop - 1);
  return speaker === undefined ? [] : [speaker];
}

/**
 * The people named in apposition to the common noun that is the subject of `predicate` ("Ortiz's
 * leading rivals, Ada Moss and Lisa Park, have criticized", "The mayor's two deputies, Moss and
 * Hunt, backed"); [] where the subject is a name itself or has no such apposition.
 */
function namedInApposition({ words, actors }: SentenceContext, tree: DependencyTree, predicate: number): Mention[] {
  const subject = tree.dependent(predicate, 'nsubj');
  if (subject < 0 || words[subject]!.pos !== 'NOUN' || actors.covering(subject) !== undefined) return [];
  const apposition = [...tree.dependentsOf(subject)].find((dependent) => dependent > subject && tree.relation(dependent) === 'appos');
  if (apposition === undefined) return [];
  const [first, last] = tree.extent(apposition);
  const named: Mention[] = [];
  for (let k = first; k <= last; k++) {
    const mention = actors.startingAt(k);
    if (mention === undefined) continue;
    if (mention.kind !== 'name' || mention.entity.type !== 'PERSON' || mention.last > last) return [];
    named.push(mention);
    k = mention.last;
  }
  return named;
}

/**
 * "Conservative Solutions, a super PAC that backed Rubio", "Uihlein, a manufacturer and activist,
 * who backed Walker": a relative clause on an indefinite apposition right after a name, naming no
 * actor itself, is the clause of the name it describes; undefined where the clause is not so placed.
 */
function appositionRelativeHolder({ words, actors, start }: SentenceContext, tree: DependencyTree, verb: number): Mention | undefined {
  if (tree.relation(verb) !== 'acl:relcl') return undefined;
  const subject = tree.dependent(verb, 'nsubj');
  if (subject < 0 || !stanceGrammarWords().relativePronouns.has(words[subject]!.lower)) return undefined;
  const described = tree.head(verb);
  if (described < 0 || actors.covering(described) !== undefined) return undefined;
  // Back from the described noun to the comma after the name (the parser may not make the description an apposition).
  let comma = described - 1;
  while (comma > start && described - comma <= MAX_APPOSITION_WORDS && words[comma]!.text !== ',' && APPOSITION_TAGS.has(words[comma]!.pos)) comma--;
  // A description with "a" or "an" ("the unemployment rate" after a name is no description of it).
  if (words[comma]?.text !== ',' || !['a', 'an'].includes(words[comma + 1]?.lower ?? '')) return undefined;
  const named = actors.endingAt(comma - 1);
  return named !== undefined && named.kind === 'name' && actors.isActor(named) ? named : undefined;
}

/** How many title words may stand before a name ("Sen.", "Ms.", "Rep."). */
const MAX_TITLE_WORDS = 2;
/** How many words an opening adverbial clause may run before its comma. */
const MAX_OPENING_CLAUSE_WORDS = 25;

/**
 * "After she endorsed Clinton, Warren campaigned ...": the "he" or "she" subject of an adverbial
 * clause that opens the sentence stands for the named person right after the clause's comma, the
 * main clause's subject (a verb follows the name), when the pronoun's gender is that person's
 * given name's; undefined otherwise.
 */
function cataphoricHolder({ words, actors, start, end }: SentenceContext, tree: DependencyTree, verb: number): Mention | undefined {
  const mark = tree.dependent(verb, 'mark');
  if (mark < 0 || mark > start + 1 || tree.extent(verb)[0] !== start) return undefined;
  const pronoun = tree.dependent(verb, 'nsubj');
  const gender = pronoun < 0 || pronoun > verb ? undefined : pronounGender(words[pronoun]!.lower);
  if (gender === undefined) return undefined;
  let comma = verb + 1;
  while (comma < end && comma - start <= MAX_OPENING_CLAUSE_WORDS && words[comma]!.text !== ',') comma++;
  // Past a quotation mark the comma closes, and a title before the name ("Sen. Bernie Sanders", "Ms. Warren").
  let first = /^[”"’]$/u.test(words[comma + 1]?.text ?? '') ? comma + 2 : comma + 1;
  while (words[comma]?.text === ',' && first - comma <= MAX_TITLE_WORDS && actors.startingAt(first) === undefined && words[first]?.pos === 'PROPN') first++;
  const named = words[comma]?.text === ',' ? actors.startingAt(first) : undefined;
  if (named === undefined || named.kind !== 'name' || named.entity.type !== 'PERSON' || !['VERB', 'AUX'].includes(words[named.last + 1]?.pos ?? '')) return undefined;
  return givenNameGender(named.entity.name.split(' ')[0]!) === gender ? named : undefined;
}

/** Whether word `at` is one of `messageNouns`, written whole or split at a hyphen ("op-ed"). */
function isMessageNoun(words: readonly Word[], at: number): boolean {
  const { messageNouns } = stanceCues();
  if (messageNouns.has(words[at]?.lower ?? '')) return true;
  return words[at - 1]?.text === '-' && messageNouns.has(`${words[at - 2]?.lower ?? ''}-${words[at]!.lower}`);
}

/** Who a message noun at `noun` is by: its owner ("her letter urging"), or the subject of the verb it is the object of ("issued a statement condemning"); [] when neither is an actor. */
function messageAuthor(context: SentenceContext, tree: DependencyTree, noun: number): string[] {
  const { words, actors } = context;
  const owner = tree.dependent(noun, 'nmod:poss');
  const mention = owner < 0 ? undefined : actors.covering(owner);
  if (mention !== undefined) return actors.isActor(mention) ? [mention.entity.id] : [];
  const verb = tree.head(noun);
  // The tagger may take a gerund for a noun ("publishing an op-ed").
  const isVerb = verb >= 0 && (actsAsVerb(tree, words, verb) || /ing$/u.test(words[verb]!.lower));
  return tree.relation(noun) === 'obj' && isVerb ? holderOf(context, verb) : [];
}

/** How many heads up from a verb a poll's share may be its subject ("47 percent said they would vote for": "said"). */
const MAX_POLL_STEPS = 2;

/**
 * The holders of a verb whose subject is a share of poll respondents, or who speak through a
 * pronoun for one: the group after "of" ("47 percent of Cuban Americans said they would
 * support"), the group the share word qualifies ("Most Republicans oppose"), or nobody ("47
 * percent said they would vote for"); undefined when the subject is no share.
 */
function pollGroup({ words, actors, start }: SentenceContext, tree: DependencyTree, verb: number): string[] | undefined {
  let predicate = verb;
  for (let steps = 0; steps <= MAX_POLL_STEPS && predicate >= 0; steps++) {
    const subject = tree.dependent(predicate, 'nsubj', 'nsubj:pass');
    if (subject >= 0) {
      const [first, last] = tree.extent(subject);
      const phrase = range(Math.max(first, start), last + 1);
      const share = phrase.find((k) => stanceCues().shareWords.has(words[k]!.lower));
      if (share !== undefined) {
        // The parser may leave the "of" phrase out of the subject ("70 percent of Latino voters said"): then it runs to the verb.
        const of = phrase.find((k) => words[k]!.lower === 'of') ?? (words[last + 1]?.lower === 'of' ? last + 1 : undefined);
        // "Most Republicans oppose": with no "of", the group is what the share word qualifies.
        return of === undefined ? entityIds(actorsBefore(actors, words, last + 1, share + 1)) : entityIds(actorsBefore(actors, words, of > last ? predicate : last + 1, of + 1));
      }
      // Only a pronoun ("they") may speak for a share named above it.
      if (words[subject]!.pos !== 'PRON') return undefined;
    }
    predicate = tree.head(predicate);
  }
  return undefined;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/** How many words an apposition between a name and a relative "who" may run ("Okafor, a minister of housing under the Ruiz government who"). */
const MAX_APPOSITION_WORDS = 10;

/**
 * The named actors a relative "who" subject of `verb` stands for, by the word rules: the names
 * right before ", who" ("Mr. Trump, who has criticized"), or the names an apposition before
 * "who" describes ("Dana Okafor, a minister of housing under the Ruiz government who
 * has endorsed", "Singer and Griffin, hedge fund managers who are backing", "Terry Branstad of
 * Iowa, a Republican who has spoken against"). The parser often
 * hangs such a clause on the last noun of the apposition or on the main verb. [] otherwise.
 */
function relativeWhoHolder({ words, actors, start }: SentenceContext, verb: number): Mention[] {
  let who = subjectEnd(words, verb) - 1;
  // "Sanders and O'Malley, who both back a mandate": past a word that only says how many.
  if (stanceGrammarWords().wordsAfterDash.has(words[who]?.lower ?? '')) who--;
  if (who <= start || words[who]!.lower !== 'who') return [];
  if (words[who - 1]!.text === ',') {
    // "Sen. Mara Quist (D-Ore.), who has endorsed": past a bracketed party and state.
    const nameEnd = bracketStart(words, who - 2, start) - 1;
    const named = actors.endingAt(nameEnd);
    return named !== undefined && named.kind === 'name' && actors.isActor(named) ? actorsBefore(actors, words, nameEnd + 1, start) : [];
  }
  let comma = who - 1;
  while (comma > start && who - comma <= MAX_APPOSITION_WORDS && words[comma]!.text !== ',' && APPOSITION_TAGS.has(words[comma]!.pos)) comma--;
  if (words[comma]?.text !== ',') return [];
  // "Terry Branstad of Iowa, a Republican who": the place after "of" only says where the person is from.
  const place = actors.endingAt(comma - 1);
  const nameEnd = place !== undefined && place.entity.type === 'GPE' && words[place.first - 1]?.lower === 'of' ? place.first - 2 : comma - 1;
  const named = actors.endingAt(nameEnd);
  return named !== undefined && named.kind === 'name' && named.entity.type === 'PERSON' ? actorsBefore(actors, words, comma, start) : [];
}

/**
 * The name that opens the sentence, for a verb right after the comma that closes the apposition
 * after it ("Peter Thiel, the billionaire who was a past backer of Rand Paul, signed up as": not
 * Rand Paul); undefined when the sentence does not open so.
 */
function openingNameBeforeApposition({ words, actors, start }: SentenceContext, verb: number): Mention | undefined {
  const opening = actors.startingAt(start);
  const close = subjectEnd(words, verb) - 1;
  if (words[close]?.text !== ',' || opening === undefined || opening.kind !== 'name' || !actors.isActor(opening) || words[opening.last + 1]?.text !== ',') return undefined;
  const described = words[opening.last + 2];
  // One apposition: no comma inside it ("Trump, the nominee, said ..., and Clinton, the rival, endorsed" is Clinton's).
  const single = words.slice(opening.last + 2, close).every((word) => word.text !== ',');
  return single && opening.last + 2 < close && described !== undefined && APPOSITION_OPENERS.has(described.pos) ? opening : undefined;
}

/** Dashes that set off an apposition. */
const DASHES = new Set(['--', '—', '–', '―']);
/** How far before its closing dash an apposition's opening dash may be. */
const MAX_DASHED_WORDS = 30;

/**
 * The people an apposition set off by dashes right before the verb names ("The Green
 * councillors running for mayor -- Ana Ruiz of Eastside, ... and Tom Okafor of Northgate -- all
 * voted": the four, not the councillors); [] when there is none.
 */
function namesBetweenDashes({ words, actors, start }: SentenceContext, verb: number): Mention[] {
  let close = subjectEnd(words, verb) - 1;
  while (close > start && stanceGrammarWords().wordsAfterDash.has(words[close]!.lower)) close--;
  if (!DASHES.has(words[close]?.text ?? '')) return [];
  let open = close - 1;
  while (open > start && close - open <= MAX_DASHED_WORDS && !DASHES.has(words[open]!.text)) open--;
  // A list of names, not a clause ("Trump -- who Doe called a liar -- criticized").
  if (!DASHES.has(words[open]!.text) || actors.startingAt(open + 1)?.entity.type !== 'PERSON') return [];
  const named: Mention[] = [];
  for (let k = open + 1; k < close; k++) {
    const mention = actors.startingAt(k);
    if (mention !== undefined && mention.kind === 'name' && mention.entity.type === 'PERSON') named.push(mention);
  }
  return named;
}

/** Tags of the first word of an apposition ("the billionaire", "former senator"). */
const APPOSITION_OPENERS = new Set(['DET', 'ADJ', 'NOUN']);

/** Tags of the words of an apposition that describes a person ("a former secretary of labor during the Clinton administration"). */
const APPOSITION_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM', 'PUNCT', 'PART', 'VERB']);

/**
 * The mentions that are not only a modifier of a common noun after them: "the Vermont senator's
 * backers", "House members", "the California congressional delegation" name a place or a body,
 * not the holder; nor a plural pronoun resolved to a place.
 */
export function notModifiers(words: readonly Word[], mentions: readonly Mention[], verb?: number): Mention[] {
  return mentions.filter((mention) => {
    // "Okafor and others said they could not back ...": a plural pronoun the actors layer
    // resolves to a place stands for people there, if anyone, not for the place.
    if (mention.kind === 'pronoun' && mention.entity.type === 'GPE' && stanceGrammarWords().pluralPronouns.has(words[mention.first]!.lower)) return false;
    if (isPossessiveMark(words[mention.last + 1])) return speaksForOwner(words, mention.last + 2);
    if (qualifiesPeopleBefore(words, mention)) return false;
    // "his supporters were upset with ...": a possessive pronoun's owner, as a named owner's.
    if (mention.kind === 'pronoun' && mention.first === mention.last && stanceGrammarWords().possessivePronouns.has(words[mention.first]!.lower)) return speaksForOwner(words, mention.last + 1);
    // "Republican national security officers", "rival Republican candidates": a party or people
    // word before a common noun for some of its people names nobody; its voters or members, and a
    // body that speaks for it ("the German government"), are it.
    // (A plural is the people themselves: "Republicans vote against".)
    // A MISC group ("GOP senators", "Hispanic voters") qualifies a noun as a party or people word does.
    const demonym = (mention.kind === 'demonym' || mention.entity.type === 'NORP' || mention.entity.type === 'MISC') && !/s$/u.test(words[mention.last]!.lower);
    if (!demonym && (mention.kind !== 'name' || !MODIFYING_TYPES.has(mention.entity.type))) return true;
    let k = mention.last + 1;
    while (words[k]?.pos === 'ADJ' || (demonym && words[k]?.pos === 'NOUN' && words[k + 1]?.pos === 'NOUN')) k++;
    if (demonym && (stanceCues().memberNouns.has(words[k]?.lower ?? '') || stanceCues().ownerVoices.has(words[k]?.lower ?? ''))) return true;
    // "Washington Post backs Clinton": the stance verb the tagger took for a noun is no noun the name qualifies.
    if (k === verb) return true;
    // A common noun by its form: a title-case headline capitalises it ("Another GOP Figure Endorses ...").
    return !(words[k]?.pos === 'NOUN' && /^\p{Ll}/u.test(words[k]!.form));
  });
}

const BODY_AND_PLACE_TYPES = new Set(['ORG', 'GPE', 'LOC', 'FAC']);

/**
 * Whether `mention` follows "of" after a plural noun ("members of Congress", "two senior members
 * of the House", "the Armenians of Israel"): the body or place only says whose or where the people
 * are, who hold the stance themselves.
 */
function qualifiesPeopleBefore(words: readonly Word[], mention: Mention): boolean {
  // "millions of Americans": a people word is the people themselves.
  if (mention.kind !== 'name' || !BODY_AND_PLACE_TYPES.has(mention.entity.type)) return false;
  let k = mention.first - 1;
  if (words[k]?.lower === 'the') k--;
  const people = words[k - 1];
  return words[k]?.lower === 'of' && people !== undefined && ['NOUN', 'PROPN'].includes(people.pos) && /\p{L}s$/u.test(people.text);
}

/**
 * Whether the owned phrase starting at word `from` speaks for its owner ("Clinton's campaign",
 * "Trump's spokesman"), or is no common noun at all; "Sanders' supporters" and "Cruz's
 * fusillade" are not their owner taking a side.
 */
function speaksForOwner(words: readonly Word[], from: number): boolean {
  let k = from;
  // "Ortiz's leading rivals": a participle before the noun is an adjective, whatever its tag.
  while (words[k]?.pos === 'ADJ' || words[k]?.pos === 'ADV' || (words[k]?.pos === 'VERB' && /(ing|ed)$/u.test(words[k]!.lower) && words[k + 1]?.pos === 'NOUN')) k++;
  if (words[k]?.pos !== 'NOUN' || !/^\p{Ll}/u.test(words[k]!.text)) return true;
  for (; words[k]?.pos === 'NOUN'; k++) if (stanceCues().ownerVoices.has(words[k]!.lower)) return true;
  return false;
}

const MODIFYING_TYPES = new Set(['GPE', 'LOC', 'ORG', 'FAC']);

/**
 * The actors of a subject phrase before the examples it lists ("Nordic ministers, including
 * Lund and Aalto, restated": the ministers hold the stance, not only the two named), or
 * undefined when the subject lists none. The subject phrase of the parse keeps its examples,
 * which the events stage reads as the doers.
 */
function examplesLeftOut(context: SentenceContext, tree: DependencyTree, predicate: number): Mention[] | undefined {
  const subject = tree.nearestDependent(predicate, 'nsubj');
  if (subject < 0) return undefined;
  for (const dependent of tree.dependentsOf(subject)) {
    if (dependent < subject || !stanceGrammarWords().exampleMarks.has(context.words[tree.dependent(dependent, 'case')]?.lower ?? '')) continue;
    const before = actorsBefore(context.actors, context.words, tree.extent(dependent)[0], Math.max(context.start, tree.extent(subject)[0]));
    return before.length > 0 ? before : undefined;
  }
  return undefined;
}

/**
 * The actor a participle before an infinitive's "to" (and a "not") describes ("the nonwhites
 * driven to vote against Trump", "the company deciding not to fund the convention": a common
 * noun, no actor, so []), or undefined when word `at` ends no participle.
 */
function participleNoun({ words, actors }: SentenceContext, at: number): Mention[] | undefined {
  const participle = words[at]?.lower === 'not' ? at - 1 : at;
  if (words[participle]?.pos !== 'VERB' || !/(ed|en|ing)$/u.test(words[participle]!.lower) || words[participle - 1]?.pos !== 'NOUN') return undefined;
  const described = actors.endingAt(participle - 1);
  return described !== undefined && actors.isActor(described) ? [described] : [];
}

/** How many words a predicate noun before an infinitive may run ("the only Republicans to vote against"). */
const MAX_PREDICATE_NOUN_WORDS = 5;
const PREDICATE_NOUN_TAGS = new Set(['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM']);
/** Words of a subject made of names ("Mark Kirk of Illinois and Susan Collins of Maine"). */
const NAME_LIST_TAGS = new Set(['PROPN', 'ADP', 'CCONJ', 'PUNCT']);

/**
 * The people the subject names of the copula whose predicate noun an infinitive at `to`
 * qualifies ("Ruiz of Oregon and Okafor of Vermont were the only Greens to vote against":
 * the two, not the Greens), when the sentence opens with that subject and it is only names;
 * undefined otherwise.
 */
function predicateNounSubject({ words, actors, start }: SentenceContext, to: number): Mention[] | undefined {
  let copula = to - 1;
  while (copula > start && to - copula <= MAX_PREDICATE_NOUN_WORDS && PREDICATE_NOUN_TAGS.has(words[copula]!.pos)) copula--;
  if (copula === to - 1 || words[copula]!.pos !== 'AUX' || !stanceCues().copulas.has(words[copula]!.lower)) return undefined;
  if (words.slice(start, copula).some((word) => !NAME_LIST_TAGS.has(word.pos))) return undefined;
  const named: Mention[] = [];
  for (let k = start; k < copula; k++) {
    const mention = actors.startingAt(k);
    if (mention !== undefined && mention.kind === 'name' && mention.entity.type === 'PERSON') named.push(mention);
  }
  return named.length > 0 ? named : undefined;
}

/** Words that end the clause a coordinated verb shares its subject in. */
const CLAUSE_STOPS = new Set([';', ':']);

/** The subject of the nearest verb before the conjunction at `conjunction`, in its clause ("she backs ... but embraces"). */
function coordinatedSubject(context: SentenceContext, conjunction: number) {
  const { words, actors, start, tree } = context;
  for (let i = conjunction - 1; i >= start && !CLAUSE_STOPS.has(words[i]!.text); i--) {
    if (words[i]!.pos !== 'VERB' && (tree === null || !actsAsVerb(tree, words, i))) continue;
    // "Weaver, who came out and endorsed Clinton": the earlier verb's relative "who" stands for the name before it.
    const relative = relativeWhoHolder(context, i);
    if (relative.length > 0) return notModifiers(words, relative);
    return notModifiers(words, actorsBefore(actors, words, subjectEnd(words, i), start));
  }
  return [];
}

/** The subject of a sentence's first verb. */
function mainSubject(actors: ActorIndex, words: readonly Word[], start: number, end: number) {
  for (let i = start; i < end; i++) if (words[i]!.pos === 'VERB') return notModifiers(words, actorsBefore(actors, words, subjectEnd(words, i), start));
  return [];
}

/** How many words a "for" phrase before an infinitive may have ("for the port's board members to"). */
const MAX_FOR_SUBJECT_WORDS = 5;

/**
 * "inappropriate for Ginsburg to criticize Trump": the phrase after "for" that ends right before
 * an infinitive's "to" (at word `last`) does the act: its actor, or nobody where it names none
 * ("for judges to criticize"). Undefined when no such phrase precedes the "to".
 */
function forSubject({ words, actors, start }: SentenceContext, last: number): Mention[] | undefined {
  for (let first = last; first > start && last - first < MAX_FOR_SUBJECT_WORDS; first--) {
    if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'PART'].includes(words[first]!.pos)) return undefined;
    if (words[first - 1]!.lower !== 'for') continue;
    const named = actors.endingAt(last);
    return named !== undefined && named.first === first && actors.isActor(named) ? [named] : [];
  }
  return undefined;
}

/** How many words (a determiner, a title) may stand before a name of a closing "as did" clause ("as did the former senator Doe"). */
const MAX_WORDS_BEFORE_SHARING_NAME = 3;

/**
 * The actors that a closing comparative clause gives the stance of the cue at `cue` as well: ", as
 * did Ortiz." after "said he would end the levy" (one of `sharingMarks`, one of `sharingAuxiliaries`,
 * then names, coordinated or listed, up to the sentence's end); [] when none closes the sentence.
 */
export function sharingHolders({ words, actors, end }: SentenceContext, cue: number): string[] {
  const { sharingMarks, sharingAuxiliaries, attributiveDeterminers, coordinators } = stanceGrammarWords();
  for (let k = cue + 1; k + 2 < end; k++) {
    if (words[k - 1]!.text !== ',' || !sharingMarks.has(words[k]!.lower) || !sharingAuxiliaries.has(words[k + 1]!.lower)) continue;
    const named: Mention[] = [];
    let next = k + 2;
    const nameAt = (at: number) => {
      // "as do the union and former Senator Doe": a name may follow a determiner or a title.
      for (let word = at; word - at <= MAX_WORDS_BEFORE_SHARING_NAME && word < end; word++) {
        const mention = actors.startingAt(word);
        if (mention !== undefined) return mention;
        if (!attributiveDeterminers.has(words[word]!.lower) && !['PROPN', 'ADJ', 'NOUN'].includes(words[word]!.pos)) return undefined;
      }
      return undefined;
    };
    for (let mention = nameAt(next); mention !== undefined && actors.isActor(mention); mention = nameAt(next)) {
      named.push(mention);
      next = mention.last + 1;
      if (words[next]?.text === ',' || coordinators.has(words[next]?.lower ?? '')) next++;
    }
    // The names must close the sentence: "as did Ortiz in 2019" compares more than who.
    const closes = next >= end || (isPunctuation(words[next]) && words[next]!.text !== ',');
    return named.length > 0 && closes ? entityIds(named) : [];
  }
  return [];
}
