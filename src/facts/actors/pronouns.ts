/**
 * Pronoun resolution for the positions later stages read (the speaker of a quote, the subject
 * of an event): he/she → a person, they → an organisation, country or group, it → an
 * organisation, country or place. The antecedent is the subject of a reporting verb right
 * before the pronoun ("X said he"), else the subject of the pronoun's own sentence before it,
 * else of the previous sentences (the main clause's, when the parse is given), else the latest
 * compatible actor, within two sentences back (five when those hold none). Names inside what a
 * "he said" reports, and names inside quotation marks for a pronoun outside them, are not
 * candidates. A person referred to as "he" (or "Mr") is not later taken for "she". A "he" or
 * "she" inside a quotation is not the person named as its speaker, who would have said "I".
 */
import type { EntityType } from '../../document/contract.js';
import Type from 'typebox';
import { resource, Strings } from '../../resources.js';
import type { Gender } from './gender.js';
import type { DependencyTree } from '../tree.js';
import { isPluralForm, type Word } from '../words.js';
import { isTimeWord } from '../quotes/cues.js';
import { groupJoiners } from './groups.js';

const PronounListsSchema = Type.Object({
  male: Strings,
  female: Strings,
  plural: Strings,
  neuter: Strings,
  maleTitles: Strings,
  femaleTitles: Strings,
  reportingVerbs: Strings,
  askingVerbs: Strings,
  questionWords: Strings,
  frontedClauseOpeners: Strings,
  pleonastic: Type.Object({ auxiliaries: Strings, beForms: Strings, raisingVerbs: Strings, clauseOpeners: Strings, raisingOpeners: Strings }),
  placeAdverbs: Type.Object({ adverbs: Strings, existentialVerbs: Strings }),
});

const lists = resource('pronoun lists', (folder) => {
  const data = folder.json('actors/pronouns.json', PronounListsSchema);
  return {
    kind: new Map<string, Gender | 'plural' | 'neuter'>([
      ...data.male.map((word): [string, Gender] => [word, 'male']),
      ...data.female.map((word): [string, Gender] => [word, 'female']),
      ...data.plural.map((word): [string, 'plural'] => [word, 'plural']),
      ...data.neuter.map((word): [string, 'neuter'] => [word, 'neuter']),
    ]),
    reporting: new Set(data.reportingVerbs),
    asking: new Set(data.askingVerbs),
    questions: new Set(data.questionWords),
    frontedOpeners: new Set(data.frontedClauseOpeners),
    pleonastic: Object.fromEntries(Object.entries(data.pleonastic).map(([key, words]) => [key, new Set(words)])) as Record<keyof typeof data.pleonastic, Set<string>>,
    placeAdverbs: new Set(data.placeAdverbs.adverbs),
    existentialVerbs: new Set(data.placeAdverbs.existentialVerbs),
    titles: new Map<string, Gender>([
      ...data.maleTitles.map((word): [string, Gender] => [word, 'male']),
      ...data.femaleTitles.map((word): [string, Gender] => [word, 'female']),
    ]),
  };
});

/**
 * Whether word `i` is a place adverb that refers back to a place ("resided there afterwards",
 * "and there she met"), not an existential "there": one an auxiliary, a form of "be", a raising
 * verb or an existential verb follows ("there is", "there will be", "there seem to be", "there
 * remain", "want there to be"), or one after a form of "be" that opens a question ("Is there a reason?").
 */
export function isPlaceAdverb(words: readonly Word[], i: number): boolean {
  const { placeAdverbs, existentialVerbs, pleonastic } = lists();
  const word = words[i]!;
  if (!placeAdverbs.has(word.lower)) return false;
  const next = words[i + 1];
  if (next !== undefined && next.sentence === word.sentence && (pleonastic.auxiliaries.has(next.lower) || pleonastic.raisingVerbs.has(next.lower) || existentialVerbs.has(next.lower))) return false;
  // "want there to be a treaty".
  if (next?.lower === 'to' && pleonastic.beForms.has(words[i + 2]?.lower ?? '')) return false;
  const before = words[i - 1];
  if (before !== undefined && before.sentence === word.sentence && pleonastic.beForms.has(before.lower)) {
    const opening = words[i - 2];
    if (opening === undefined || opening.sentence !== word.sentence || lists().questions.has(opening.lower)) return false;
  }
  return true;
}

/** The gender a courtesy title before a name reveals ("Mrs" → female), if any. */
export function titleGender(word: string | undefined): Gender | undefined {
  return word === undefined ? undefined : lists().titles.get(word.toLowerCase());
}

/** The gender a third-person pronoun says ("her" → female), if it is "he" or "she" in some form. */
export function pronounGender(word: string): Gender | undefined {
  const kind = lists().kind.get(word.toLowerCase());
  return kind === 'male' || kind === 'female' ? kind : undefined;
}

/** What pronoun resolution needs to know of an actor. */
export interface Antecedent {
  readonly type: EntityType;
  gender: Gender | null;
  /** Where its mentions are, as word indices, in text order. */
  readonly positions: number[];
  /** A group named together ("Smith and Jones", "Britain and Norway"), which only "they" refers to. */
  readonly plural?: boolean;
}

const SENTENCES_BACK = 2;
/** How far back a pronoun looks when the last SENTENCES_BACK hold no actor that fits it (a quotation of several sentences before "she said"). */
const SENTENCES_BACK_WHEN_NONE = 5;
/** "They" stands for organisations, countries and groups; "it" for organisations, countries and places. */
const PLURAL_TYPES: ReadonlySet<EntityType> = new Set(['ORG', 'GPE', 'NORP']);
const NEUTER_TYPES: ReadonlySet<EntityType> = new Set(['ORG', 'GPE', 'LOC', 'FAC']);

/** Whether a pronoun of `kind` can stand for `candidate`. */
function kindFits(kind: Gender | 'plural' | 'neuter', candidate: Antecedent): boolean {
  if (kind === 'plural') return PLURAL_TYPES.has(candidate.type) || candidate.plural === true;
  if (kind === 'neuter') return NEUTER_TYPES.has(candidate.type);
  return candidate.type === 'PERSON' && candidate.plural !== true && (candidate.gender === null || candidate.gender === kind);
}

/** Whether the third-person pronoun `word` can stand for `candidate` ("its" for a place, "she" for a woman); false for other words. */
export function pronounFits(word: string, candidate: Antecedent): boolean {
  const kind = lists().kind.get(word.toLowerCase());
  return kind !== undefined && kindFits(kind, candidate);
}

/** A common noun in the plural ("progressives", "people"), which "they" may stand for unnamed; capitalised at the start of a sentence, the tagger may take it for a name. */
function isPluralNoun(words: readonly Word[], index: number): boolean {
  const word = words[index]!;
  const noun = word.pos === 'NOUN' || (word.pos === 'PROPN' && words[index - 1]?.sentence !== word.sentence);
  return noun && isPluralForm(word.lower);
}

/**
 * An "it" that stands for nothing: "it is likely that", "it was widely reported that", "it is
 * unclear whether", "it seems that" (auxiliaries with a form of "be", then an adjective or a
 * participle, then the clause it anticipates; or a raising verb and its clause).
 */
function isPleonastic(words: readonly Word[], index: number): boolean {
  const { auxiliaries, beForms, raisingVerbs, clauseOpeners, raisingOpeners } = lists().pleonastic;
  let next = index + 1;
  let be = false;
  for (; next < words.length && auxiliaries.has(words[next]!.lower); next++) be ||= beForms.has(words[next]!.lower);
  const word = words[next];
  const opener = words[next + 1]?.lower ?? '';
  if (word === undefined) return false;
  if (raisingVerbs.has(word.lower)) return clauseOpeners.has(opener) || raisingOpeners.has(opener);
  return be && (word.pos === 'ADJ' || (word.pos === 'VERB' && !word.lower.endsWith('ing'))) && clauseOpeners.has(opener);
}

const CLAUSE_OPENERS = new Set([',', ';', 'and', 'but', 'that', 'because', 'as', 'while', 'when', 'after', 'before', 'since', 'although', '"', '“']);

/**
 * Whether word `index` opens a clause: a sentence's first word, one after a clause opener, or one
 * after a question word, whose clause it is the subject of ("asked why it should exist").
 */
function clauseStart(words: readonly Word[], index: number): boolean {
  const previous = words[index - 1];
  return previous === undefined || previous.sentence !== words[index]!.sentence || CLAUSE_OPENERS.has(previous.lower) || lists().questions.has(previous.lower);
}

/** Whether word `index` stands right after a reporting verb and before a verb: the subject of what is reported ("the ministry said it would appeal", not "she said it again"). */
function reportedSubject(words: readonly Word[], index: number): boolean {
  const previous = words[index - 1];
  const next = words[index + 1];
  return previous !== undefined && next !== undefined && previous.sentence === next.sentence && lists().reporting.has(previous.lower) && (next.pos === 'AUX' || next.pos === 'VERB');
}

/** How many words a question may open before its pronoun ("why he decided to attack Trump when he had said"), within one comma-free stretch. */
const QUESTION_REACH = 15;
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '“', '”', '"']);

/** "asking Rubio why he decided", "asked her whether she would run": the one asked, for a pronoun inside the question. */
function askedOne(words: readonly Word[], index: number, actorAt: (wordIndex: number) => Antecedent | undefined): Antecedent | undefined {
  for (let i = index - 1; i >= 1 && index - i <= QUESTION_REACH && words[i]!.sentence === words[index]!.sentence && !CLAUSE_BREAKS.has(words[i]!.text); i--) {
    if (!lists().questions.has(words[i]!.lower)) continue;
    // Back to the verb of asking, over the name or pronoun of the one asked.
    for (let verb = i - 2; verb >= 0 && verb >= i - 1 - NAME_WORDS && words[verb]!.sentence === words[index]!.sentence; verb--) {
      if (!lists().asking.has(words[verb]!.lower)) continue;
      for (let k = verb + 1; k < i; k++) {
        const asked = actorAt(k);
        if (asked !== undefined) return asked;
      }
      return undefined;
    }
    // "when he had said": a question word of the question's own clauses; the question may open further back.
  }
  return undefined;
}

/** How many words the time of saying between a reporting verb and its clause may take ("said on Tuesday night"). */
const TIME_WORDS = 3;
/** Words that open the time of saying before its time word ("on Friday", "last week", "earlier this month"). */
const TIME_MODIFIERS = new Set(['on', 'last', 'this', 'earlier', 'late', 'early']);

/**
 * The actor that is the subject of a reporting verb right before a pronoun: "X said (that) he",
 * "X, who said he". Mentions are looked up by the index of their first word, so the word before
 * the verb is followed back to where its name starts.
 */
function reportingSubject(words: readonly Word[], index: number, actorAt: (wordIndex: number) => Antecedent | undefined): Antecedent | undefined {
  let i = index - 1;
  if (words[i]?.lower === 'that') i--;
  // "said Friday that he", "said last week he": past the time of saying.
  let time = i;
  while (time > i - TIME_WORDS && time >= 0 && (isTimeWord(words[time]!) || TIME_MODIFIERS.has(words[time]!.lower))) time--;
  const pastTime = time < i && words.slice(time + 1, i + 1).some(isTimeWord);
  if (pastTime) i = time;
  if (i < 0 || !lists().reporting.has(words[i]!.lower)) return undefined;
  i--;
  if (words[i]?.lower === 'who') i--;
  // Past the time, only a name right before the verb: after a comma, the name nearest the verb
  // may end an apposition ("Roe, the founder of Acme Power, said on Monday that his ...").
  if (words[i]?.text === ',') {
    if (pastTime) return undefined;
    i--;
  }
  for (let start = i; start >= 0 && start > i - 4 && words[start]!.sentence === words[index]!.sentence; start--) {
    const actor = actorAt(start);
    if (actor !== undefined) return actor.plural === true ? actor : groupEndingWith(words, start, actorAt) ?? actor;
  }
  return undefined;
}

/** How many words a group named before its last member may take ("Norway, Sweden, Finland and the European Union"). */
const GROUP_WORDS = 12;

/**
 * The group named together whose last member's name starts at word `last`: "Norway, Sweden and
 * Denmark said they" is all three, not Denmark. Back over the "and" before that name and the
 * names and commas of the list, to where a group (`plural`) starts; no verb or other punctuation between.
 */
function groupEndingWith(words: readonly Word[], last: number, actorAt: (wordIndex: number) => Antecedent | undefined): Antecedent | undefined {
  let k = last - 1;
  if (words[k]?.lower === 'the') k--;
  if (!groupJoiners().has(words[k]?.lower ?? '') || words[k]!.sentence !== words[last]!.sentence) return undefined;
  for (k--; k >= 0 && k >= last - GROUP_WORDS && words[k]!.sentence === words[last]!.sentence; k--) {
    const word = words[k]!;
    if (word.pos === 'VERB' || word.pos === 'AUX' || (word.pos === 'PUNCT' && word.text !== ',')) return undefined;
    const actor = actorAt(k);
    if (actor?.plural === true) return actor;
  }
  return undefined;
}

/** How far back from a pronoun the "who" of its relative clause may stand. */
const RELATIVE_REACH = 12;
/** How many words a description between a name and its "who" may have ("Jane Roe, a lawyer who"). */
const RELATIVE_DESCRIPTION_WORDS = 3;
/** Tags of the word right after a subject "who": its verb, auxiliary or an adverb before them. */
const RELATIVE_VERB_TAGS = new Set(['VERB', 'AUX', 'ADV']);
/** Verbs that agree with a plural subject, so that "who" stands for many ("voters such as Roe, who are"). */
const PLURAL_VERBS = new Set(['are', 'were', 'have', 'do']);

/**
 * The person a relative clause on a name is about, for a subject or possessive pronoun inside it:
 * "Jan Berg, who scored twice in his debut", "Jane Roe, a lawyer who left her firm". The
 * "who" is the clause's subject, so its pronoun takes the name, unless another actor that fits it
 * stands between them ("Roe, who said Smith lost his seat") or a clause break does.
 */
function relativeAntecedent(words: readonly Word[], index: number, actorAt: (wordIndex: number) => Antecedent | undefined): Antecedent | undefined {
  const sentence = words[index]!.sentence;
  let who = index - 1;
  for (; who >= 0 && index - who <= RELATIVE_REACH && words[who]!.sentence === sentence && words[who]!.lower !== 'who'; who--) {
    if (CLAUSE_BREAKS.has(words[who]!.text) || actorAt(who) !== undefined) return undefined;
  }
  if (words[who]?.lower !== 'who' || words[who]!.sentence !== sentence) return undefined;
  // "who" must be the clause's subject, of one person, and the pronoun no predicate of it: not
  // "Rubio, who he dubbed", "voters such as Roe, who are drawn to his message", "Kerry, who is now his secretary".
  const verb = words[who + 1];
  if (verb === undefined || !RELATIVE_VERB_TAGS.has(verb.pos) || PLURAL_VERBS.has(verb.lower)) return undefined;
  let predicate = who + 1;
  while (predicate < index && (lists().pleonastic.auxiliaries.has(words[predicate]!.lower) || words[predicate]!.pos === 'ADV')) predicate++;
  if (predicate === index) return undefined;
  let comma = who - 1;
  // "a lawyer who": back over a short description of a person to the comma after the name.
  if (words[comma]?.text !== ',') {
    while (comma >= who - RELATIVE_DESCRIPTION_WORDS && words[comma] !== undefined && ['DET', 'ADJ', 'NOUN'].includes(words[comma]!.pos)) comma--;
    if (words[comma + 1]?.pos !== 'DET' || words[comma]?.text !== ',') return undefined;
  }
  for (let start = comma - 1; start >= 0 && start >= comma - NAME_WORDS && words[start]!.sentence === sentence; start--) {
    const actor = actorAt(start);
    if (actor !== undefined) return actor;
  }
  return undefined;
}

/** Words that end what a speaker says before the speaker's "he said": a comma, a closing quotation mark, a dash. */
const CONTENT_ENDS = new Set([',', '"', '”', '’', "'", '—', '–', '-', ':']);

/**
 * Whether the pronoun at `index` speaks what its sentence said before it: "Trump isn't a
 * conservative, he said", "“Clinton will win,” she said". The names in that content are not the
 * pronoun's antecedent (a speaker is not named in their own words: binding's principle C).
 * Only for people: an organisation's statement names it and says "it said" ("The bank will lend
 * part of the cost, it said").
 */
function speaksFrontedContent(words: readonly Word[], index: number): boolean {
  const previous = words[index - 1];
  return previous !== undefined && previous.sentence === words[index]!.sentence && CONTENT_ENDS.has(previous.text)
    && lists().reporting.has(words[index + 1]?.lower ?? '');
}

/**
 * The last word of the narration that leads into the quotation the pronoun at `index` speaks
 * ("Roe scolded him: “…,” she said"), when the quotation opens inside the pronoun's sentence
 * after a colon and runs to the comma before it; else -1. Not a lead-in that ends with a comma,
 * which is the speaker's circumstance and names others ("Asked about Roe, “…,” he said").
 */
function quotationLeadIn(words: readonly Word[], index: number, quoted: Uint8Array): number {
  let i = index - 1;
  while (i >= 0 && words[i]!.sentence === words[index]!.sentence && quoted[i] === 0 && CONTENT_ENDS.has(words[i]!.text)) i--;
  if (i < 0 || quoted[i] !== 1) return -1;
  while (i >= 0 && words[i]!.sentence === words[index]!.sentence && quoted[i] === 1) i--;
  return i >= 0 && words[i]!.sentence === words[index]!.sentence && words[i]!.text === ':' ? i : -1;
}

/** Conjunctions that open an adverbial clause at the start of a sentence ("Though ...,", "While ...,"). */
const CLAUSE_SUBORDINATORS = new Set(['though', 'although', 'while', 'because', 'since', 'after', 'before', 'when', 'as']);

/**
 * Where the adverbial clause that opens the sentence starting at word `first` ends (its comma),
 * when a clause of its own follows it before the pronoun at `pronoun` ("Though X ..., the influx
 * has led to ..., she said"); else -1. An adverbial clause right before the pronoun is the
 * speaker's own circumstance, not what they said ("After Rubio raised the border, she said").
 */
function openingClauseEnd(words: readonly Word[], first: number, pronoun: number): number {
  if (!CLAUSE_SUBORDINATORS.has(words[first]?.lower ?? '')) return -1;
  for (let i = first + 1; i < pronoun - 1; i++) if (words[i]!.text === ',') return i;
  return -1;
}

/** "him", "them", or "her" not followed by what it owns ("her husband"). */
function isObjectPronoun(words: readonly Word[], index: number): boolean {
  const word = words[index]!.lower;
  if (word === 'him' || word === 'them') return true;
  return word === 'her' && !['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(words[index + 1]?.pos ?? '');
}

/** Relations of a verb's arguments that binding's principle B keeps from being its subject. */
const VERB_ARGUMENTS = new Set(['obj', 'iobj', 'obl']);
const VERB_COMPANION_TAGS = new Set(['AUX', 'ADV', 'PART']);

/**
 * The actor that is the subject of the verb whose object (or prepositional argument) the pronoun
 * at `index` is, as the parse tells ("Trump challenged him": Trump); undefined when the pronoun
 * is no verb's argument ("protests against him") or the subject is no actor.
 */
function verbSubject(words: readonly Word[], tree: DependencyTree, index: number, actorAt: (wordIndex: number) => Antecedent | undefined): Antecedent | undefined {
  const verb = tree.head(index);
  if (verb < 0 || !VERB_ARGUMENTS.has(tree.baseRelation(index)) || words[verb]!.pos !== 'VERB') return undefined;
  const subject = tree.dependent(verb, 'nsubj');
  if (subject < 0 || subject > index) return undefined;
  // Only a subject right before its verb, past auxiliaries and adverbs: a parse that hangs the
  // verb on a name further back ("Trump's big win in Florida is helping him") is not trusted.
  for (let k = subject + 1; k < verb; k++) if (!VERB_COMPANION_TAGS.has(words[k]!.pos) && tree.head(k) !== subject) return undefined;
  // Mentions are looked up by their first word: back over the name the subject ends.
  for (let k = subject; k >= 0 && subject - k < NAME_WORDS; k--) {
    const actor = actorAt(k);
    if (actor !== undefined) return actor;
    if (words[k - 1]?.pos !== 'PROPN') break;
  }
  return undefined;
}

/** The nearest actor before a word, in its sentence, that is followed by a verb: the subject of the word's clause. */
function clauseSubjectBefore(words: readonly Word[], index: number, actorAt: (wordIndex: number) => Antecedent | undefined): Antecedent | undefined {
  for (let i = index - 1; i >= 0 && words[i]!.sentence === words[index]!.sentence; i--) {
    const actor = actorAt(i);
    if (actor === undefined) continue;
    let next = i + 1;
    while (words[next] !== undefined && actorAt(next) === actor) next++;
    if (words[next]?.pos === 'VERB' || words[next]?.pos === 'AUX') return actor;
  }
  return undefined;
}

/** How many words of a name may follow its first before the verb. */
const NAME_WORDS = 4;

/**
 * Whether the mention starting at word `position` is followed by a verb in its sentence, or by
 * a relative clause on it ("Sarvis discusses", "Jeanne Moreau was", "Trump, who").
 */
function followedByVerb(words: readonly Word[], position: number): boolean {
  const sentence = words[position]!.sentence;
  let next = position + 1;
  while (next < position + NAME_WORDS && words[next]?.sentence === sentence && words[next]!.pos === 'PROPN') next++;
  if (words[next]?.sentence !== sentence) return false;
  return words[next]!.pos === 'VERB' || words[next]!.pos === 'AUX' || (words[next]!.text === ',' && words[next + 1]?.lower === 'who');
}

/** How many words of a title may stand between a reporting verb and the name after it ("responded campaign chairman John Podesta"). */
const TITLE_WORDS = 3;
const TITLE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Whether the mention starting at word `position` stands beside a reporting verb: "said Brooks", "said campaign chairman John Podesta", "Brooks, 47, said". */
function besideReportingVerb(words: readonly Word[], position: number): boolean {
  const { reporting } = lists();
  let before = position - 1;
  while (before >= position - TITLE_WORDS && TITLE_TAGS.has(words[before]?.pos ?? '') && !reporting.has(words[before]!.lower)) before--;
  if (reporting.has(words[before]?.lower ?? '')) return true;
  let next = position + 1;
  while (next < position + NAME_WORDS && words[next]?.pos === 'PROPN') next++;
  return reporting.has(words[next]?.lower ?? '');
}

/**
 * Whether the mention whose first word is `position` is the subject of its sentence's main
 * clause, as the parse tells: the subject of the root, or of a verb set beside the root ("“…,”
 * she said", where the quotation's verb is the root) or coordinated with it. Not a subject
 * inside a subordinate clause ("in the event that Clinton faces Trump, she replied"), unless
 * `adverbial` allows the subject of a clause on the root itself ("While Trump supported a
 * ceasefire, he later ...": a pronoun's own sentence).
 */
function isMainSubject(words: readonly Word[], tree: DependencyTree, position: number, adverbial = false): boolean {
  let word = position;
  // "President Trump", "Prince Mohammed": a name's first words may lean on a later one.
  while (tree.head(word) > word && tree.head(word) < position + NAME_WORDS && words[tree.head(word)]!.pos === 'PROPN') word = tree.head(word);
  if (tree.baseRelation(word) !== 'nsubj') return false;
  const verb = tree.head(word);
  const above = tree.head(verb);
  const relation = tree.baseRelation(verb);
  return above < 0 || ((relation === 'parataxis' || relation === 'conj' || (adverbial && relation === 'advcl')) && tree.head(above) < 0);
}

/** Whether the mention whose first word is `position` is a subject standing after its verb ("Beyond the river lies Rockridge"). */
function isInvertedSubject(words: readonly Word[], tree: DependencyTree, position: number): boolean {
  let word = position;
  while (tree.head(word) > word && tree.head(word) < position + NAME_WORDS && words[tree.head(word)]!.pos === 'PROPN') word = tree.head(word);
  const verb = tree.head(word);
  return tree.baseRelation(word) === 'nsubj' && verb >= 0 && verb < position;
}

/**
 * Resolves each pronoun word to an antecedent (or leaves it), in text order; returns word index →
 * antecedent. `quoted` marks the words inside quotation marks: a pronoun of the narration does
 * not take a name someone said ("“Trump will lose,” she said"). With the parse (`tree`), a
 * sentence's subject is its main clause's; without it, the first actor followed by a verb.
 */
export function resolvePronouns(words: readonly Word[], antecedents: readonly Antecedent[], quoted: Uint8Array = new Uint8Array(words.length), tree?: DependencyTree, quotationSpeaker: ReadonlyMap<number, Antecedent> = new Map()): Map<number, Antecedent> {
  const resolved = new Map<number, Antecedent>();
  const mentionsAt = new Map<number, Antecedent>();
  // A group ("Smith and Jones") starts where its first person's name does: "they" sees the
  // group there, the other pronouns the person.
  const pluralAt = new Map<number, Antecedent>();
  for (const antecedent of antecedents) {
    for (const position of antecedent.positions) {
      if (antecedent.plural !== true) mentionsAt.set(position, antecedent);
      if (antecedent.plural === true || !pluralAt.has(position)) pluralAt.set(position, antecedent);
    }
  }
  // Where each actor first opens a sentence, looked up for each pronoun.
  const opening = new Map<Antecedent, number>();
  for (const antecedent of antecedents) {
    for (const position of antecedent.positions) {
      if ((position === 0 || words[position - 1]?.sentence !== words[position]?.sentence) && position < (opening.get(antecedent) ?? Infinity)) opening.set(antecedent, position);
    }
  }

  const subjectAt = tree === undefined ? (position: number) => followedByVerb(words, position) : (position: number, adverbial?: boolean) => isMainSubject(words, tree, position, adverbial);
  const counts = new Counts();
  words.forEach((word, index) => {
    const seen = mentionsAt.get(index);
    if (seen !== undefined) counts.add(seen);
    const group = pluralAt.get(index);
    if (group !== seen && group !== undefined) counts.add(group);
    const kind = lists().kind.get(word.lower);
    if (kind === undefined) return;
    resolvePronoun(words, index, kind, kind === 'plural' ? pluralAt : mentionsAt, resolved, counts, opening, quoted, subjectAt, tree, quotationSpeaker.get(index));
    const found = resolved.get(index);
    if (found !== undefined) counts.add(found);
  });
  return resolved;
}

/** How often each actor was mentioned so far, with the actors ranked by it (kept as counts grow, for the topic). */
class Counts {
  private readonly counts = new Map<Antecedent, number>();
  /** Actors by count, highest first; among equal counts, the one mentioned first. */
  readonly ranking: Antecedent[] = [];
  private readonly rank = new Map<Antecedent, number>();
  private readonly seen = new Map<Antecedent, number>();

  get(antecedent: Antecedent | undefined): number {
    return antecedent === undefined ? 0 : this.counts.get(antecedent) ?? 0;
  }

  add(antecedent: Antecedent): void {
    const count = this.get(antecedent) + 1;
    this.counts.set(antecedent, count);
    let at = this.rank.get(antecedent);
    if (at === undefined) {
      at = this.ranking.length;
      this.ranking.push(antecedent);
      this.seen.set(antecedent, this.seen.size);
    }
    const order = this.seen.get(antecedent)!;
    const below = (other: Antecedent) => this.get(other) < count || (this.get(other) === count && this.seen.get(other)! > order);
    while (at > 0 && below(this.ranking[at - 1]!)) {
      const above = this.ranking[at - 1]!;
      this.ranking[at] = above;
      this.rank.set(above, at);
      at--;
    }
    this.ranking[at] = antecedent;
    this.rank.set(antecedent, at);
  }
}

/** Possessive determiners that, right after "X and", belong to X ("Moses and his brothers"). */
const COORDINATED_POSSESSIVES = new Set(['his', 'her', 'its', 'their']);
/** How far before the name the same possessive makes the two phrases parallel ("her praise for Ortiz and her refusal"). */
const PARALLEL_WORDS = 6;

/**
 * The actor a possessive determiner right after a name and "and" refers to: that name's ("Moses
 * and his brothers", "Lisa Kemp and her advisers", "the Hawks and their coach"), when it fits.
 */
function coordinatedPossessor(words: readonly Word[], index: number, fitting: (i: number) => Antecedent | undefined): Antecedent | undefined {
  const word = words[index]!;
  const and = words[index - 1];
  if (!COORDINATED_POSSESSIVES.has(word.lower) || and === undefined || (and.lower !== 'and' && and.text !== '&') || and.sentence !== word.sentence) return undefined;
  const last = words[index - 2];
  if (last === undefined || last.sentence !== word.sentence || !/^\p{Lu}/u.test(last.text)) return undefined;
  // Back over the name's capitalised words to its first, where the mention is kept.
  for (let i = index - 2; i >= 0 && i >= index - 1 - NAME_WORDS && words[i]!.sentence === word.sentence && /^\p{Lu}/u.test(words[i]!.text); i--) {
    const candidate = fitting(i);
    if (candidate === undefined) continue;
    // "her praise for Ortiz and her refusal": the same possessive just before the name opens a
    // phrase the second one repeats, and the "and" joins those phrases, not the name to its own.
    for (let k = i - 1; k >= 0 && k >= i - PARALLEL_WORDS && words[k]!.sentence === word.sentence; k--) if (words[k]!.lower === word.lower) return undefined;
    return candidate;
  }
  return undefined;
}

/** The pronouns that may refer ahead from a fronted clause: subjects only ("As to his opponent, Dumas ..." is someone else's). */
const SUBJECT_PRONOUNS = new Set(['he', 'she']);
/** How far a fronted clause may run before its comma, and the main clause's subject after it, in words. */
const FRONTED_CLAUSE_WORDS = 30;
const MAIN_SUBJECT_WORDS = 4;

/**
 * The person a pronoun at `index` in a clause fronted before its sentence's main clause (opened by
 * one of `frontedClauseOpeners`, ended by a comma) refers ahead to: the first actor that fits,
 * named within MAIN_SUBJECT_WORDS after the comma (past a title: "Pastor Kevin Swanson"), where
 * that is the article's first mention of it. Undefined otherwise.
 */
function cataphoricSubject(words: readonly Word[], index: number, mentionsAt: ReadonlyMap<number, Antecedent>, fits: (candidate: Antecedent) => boolean): Antecedent | undefined {
  const sentence = words[index]!.sentence;
  let first = index;
  while (first > 0 && words[first - 1]!.sentence === sentence) first--;
  if (!lists().frontedOpeners.has(words[first]!.lower)) return undefined;
  let comma = index + 1;
  while (comma < words.length && words[comma]!.sentence === sentence && words[comma]!.text !== ',' && comma - first < FRONTED_CLAUSE_WORDS) comma++;
  if (words[comma]?.text !== ',') return undefined;
  for (let k = comma + 1; k <= comma + MAIN_SUBJECT_WORDS && words[k]?.sentence === sentence; k++) {
    const candidate = mentionsAt.get(k);
    if (candidate === undefined) continue;
    return fits(candidate) && candidate.positions[0] === k ? candidate : undefined;
  }
  return undefined;
}

/** Whether every mention of `mentions` is of the same actor. */
function oneActor(mentions: readonly { candidate: Antecedent }[]): boolean {
  return mentions.every(({ candidate }) => candidate === mentions[0]!.candidate);
}

/** Mentions (names and resolved pronouns) an actor needs so far to be the article's topic, which a pronoun may take back from further away. */
const TOPIC_MENTIONS = 3;

/**
 * The topic a pronoun takes instead of `chosen`: the fitting actor mentioned most so far, when
 * `chosen` (from an earlier sentence) was mentioned once and the topic at least TOPIC_MENTIONS
 * times ("Jespersen ... The Philosophy of Grammar appeared in 1924. He ..."): one-off names,
 * often works or places the tagger took for people, rarely win a pronoun from the topic.
 */
function topicOver(chosen: Antecedent | undefined, fits: (candidate: Antecedent) => boolean, counts: Counts): Antecedent | undefined {
  if (chosen !== undefined && counts.get(chosen) > 1) return undefined;
  for (const candidate of counts.ranking) {
    if (counts.get(candidate) < TOPIC_MENTIONS) return undefined;
    if (fits(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Whether an earlier resolved pronoun agrees in number with a pronoun of `kind`, so that it may
 * stand in for its actor as a candidate: "it was a threat to Russia and they responded" does not
 * pass "they" on through "it" (the same actor's name still may be a candidate).
 */
function sameNumber(earlier: Word, kind: Gender | 'plural' | 'neuter'): boolean {
  return (lists().kind.get(earlier.lower) === 'plural') === (kind === 'plural');
}

/**
 * Resolves the pronoun at `index` into `resolved`. Apart from the loop over every word in
 * `resolvePronouns`: the variables its closures capture would cost each word an allocation there.
 */
function resolvePronoun(words: readonly Word[], index: number, kind: Gender | 'plural' | 'neuter', mentionsAt: ReadonlyMap<number, Antecedent>, resolved: Map<number, Antecedent>, counts: Counts, opening: ReadonlyMap<Antecedent, number>, quoted: Uint8Array, subjectAt: (position: number, adverbial?: boolean) => boolean, tree: DependencyTree | undefined, speaker: Antecedent | undefined): void {
  const word = words[index]!;
  // "It" is often no actor at all ("it is likely that", "welcomed it"); only a clause-initial "it" is read as one,
  // and one right after a reporting verb only as that verb's subject ("the ministry said it would", not "they said it would fail").
  const clauseInitial = word.lower === 'it' && clauseStart(words, index);
  const reported = word.lower === 'it' && !clauseInitial && reportedSubject(words, index);
  if (word.lower === 'it' && ((!clauseInitial && !reported) || isPleonastic(words, index))) return;
  // "“She called on us to act,” Sheppard said": a speaker says "I", so a "he" or "she" in their
  // quotation is someone else.
  const gendered = kind === 'male' || kind === 'female';
  const fits = (candidate: Antecedent) => kindFits(kind, candidate) && !(gendered && candidate === speaker);
  // "Store, who said he agreed" / "Solberg said she": the reporting verb's subject; "asking Rubio
  // why he decided": the one asked.
  const fitting = (i: number) => {
    const candidate = mentionsAt.get(i) ?? resolved.get(i);
    return candidate !== undefined && fits(candidate) ? candidate : undefined;
  };
  if (reported) {
    // The reporting verb's subject itself, not a name inside a description that ends right before
    // the verb ("the Ohio lawmaker said it").
    const subject = words[index - 2]?.pos !== 'NOUN' ? reportingSubject(words, index, (i) => mentionsAt.get(i) ?? resolved.get(i)) : undefined;
    if (subject !== undefined && fits(subject)) resolved.set(index, subject);
    return;
  }
  // Not an object's: "Roe told him" is someone else (binding's principle B).
  const relative = kind === 'male' || kind === 'female' ? relativeAntecedent(words, index, fitting) : undefined;
  const named = (isObjectPronoun(words, index) ? undefined : reportingSubject(words, index, fitting) ?? relative) ?? askedOne(words, index, fitting) ?? coordinatedPossessor(words, index, fitting);
  if (named !== undefined) {
    resolved.set(index, named);
    if (kind === 'male' || kind === 'female') named.gender ??= kind;
    return;
  }
  // Candidates in order of preference: subjects of this sentence, then of earlier ones, then by
  // recency. Subjects are asked for lazily, nearest sentence first: each one asked may have its
  // sentence parsed.
  const bySentence = new Map<number, { candidate: Antecedent; position: number }[]>();
  // People who speak in the window: a source named once and then "he said" keeps the pronoun.
  const speakers = new Set<Antecedent>();
  const window: { candidate: Antecedent; position: number }[] = [];
  let from = index - 1;
  // Back to the sentence before, past what the speaker said.
  if (gendered && speaksFrontedContent(words, index)) {
    // "Roe scolded him: “…,” she said": back to what leads into the quotation in its own sentence.
    const leadIn = quotationLeadIn(words, index, quoted);
    if (leadIn >= 0) from = leadIn;
    else while (from >= 0 && words[from]!.sentence === word.sentence) from--;
    // "Though Ms. Olivieri has spent her life there, the influx ... has led to ..., she said": a
    // reported clause's opening adverbial clause may name the speaker.
    const opening = openingClauseEnd(words, from + 1, index);
    if (opening >= 0) from = opening - 1;
  }
  let back = SENTENCES_BACK;
  // "Progressives tend to favor spending, which they argue spurs demand": a plural noun that is a
  // subject nearer than any named group is what "they" stands for, and no name farther back is.
  let unnamedGroup = false;
  for (let i = from; !unnamedGroup; back = SENTENCES_BACK_WHEN_NONE) {
    for (; i >= 0 && words[i]!.sentence >= word.sentence - back; i--) {
      const candidate = quoted[i]! > quoted[index]! ? undefined : mentionsAt.get(i) ?? (sameNumber(words[i]!, kind) ? resolved.get(i) : undefined);
      if (candidate !== undefined && fits(candidate)) window.push({ candidate, position: i });
      else if (kind === 'plural' && candidate === undefined && window.length === 0 && isPluralNoun(words, i) && quoted[i] === quoted[index] && subjectAt(i)) {
        unnamedGroup = true;
        break;
      }
    }
    if (window.length > 0 || back === SENTENCES_BACK_WHEN_NONE) break;
  }
  if (unnamedGroup) return;
  // "After he blasted the film, Pastor Kevin Swanson has ...": with no one it fits named in this
  // sentence or the last, a subject he or she in a fronted clause is the person the main clause names next.
  if ((kind === 'male' || kind === 'female') && SUBJECT_PRONOUNS.has(word.lower) && !window.some(({ position }) => words[position]!.sentence >= word.sentence - 1)) {
    const ahead = cataphoricSubject(words, index, mentionsAt, fits);
    if (ahead !== undefined) {
      resolved.set(index, ahead);
      ahead.gender ??= kind;
      return;
    }
  }
  // "She" takes the article's topic, known to be a woman, over people of unknown gender named less often.
  const mentioned = (candidate: Antecedent) => counts.get(candidate);
  const unknownMost = window.reduce((most, { candidate }) => (candidate.gender === null ? Math.max(most, mentioned(candidate)) : most), 0);
  const known = gendered && window.some(({ candidate }) => candidate.gender === kind && mentioned(candidate) >= TOPIC_MENTIONS && mentioned(candidate) > unknownMost);
  const preferred = (candidate: Antecedent) => fits(candidate) && (!known || candidate.gender === kind);
  // "Trump challenged him", "lashed out at her": the object of a verb is not that verb's subject
  // (binding's principle B: that would be "himself"), as the parse tells.
  const excluded = tree === undefined || !isObjectPronoun(words, index) ? undefined : verbSubject(words, tree, index, (i) => mentionsAt.get(i) ?? resolved.get(i));
  for (const { candidate, position } of window) {
    if (candidate === excluded) continue;
    const sentence = words[position]!.sentence;
    // Unless a person of unknown gender is the subject of this sentence or the last one ("Singh,
    // 47, voted for ... He said").
    if (!preferred(candidate) && !(fits(candidate) && candidate.gender === null && sentence >= word.sentence - 1 && subjectAt(position))) continue;
    const list = bySentence.get(sentence) ?? [];
    list.unshift({ candidate, position });
    bySentence.set(sentence, list);
    if (besideReportingVerb(words, position)) speakers.add(candidate);
  }
  // "She phoned Okafor to set up talks between him and Ruiz": an object pronoun is
  // not its own clause's subject, so it takes the latest other actor of its sentence.
  const localSubject = isObjectPronoun(words, index) ? clauseSubjectBefore(words, index, (i) => mentionsAt.get(i) ?? resolved.get(i)) : undefined;
  if (localSubject !== undefined) {
    const other = bySentence.get(word.sentence)?.findLast(({ candidate }) => candidate !== localSubject)?.candidate;
    if (other !== undefined) {
      resolved.set(index, other);
      if (kind === 'male' || kind === 'female') other.gender ??= kind;
      return;
    }
  }
  // The subject of the pronoun's own sentence, whatever is known of its gender ("President
  // Donald Trump, who was sworn in on Monday, handed control of his companies"); else of the
  // nearest sentence with a candidate, its first candidate when none is a subject (a sentence's
  // subject: "With Wikinews, Sarvis discusses").
  // A sentence whose candidates are all one actor gives that actor whichever is the subject:
  // the parse is not asked (it is the costliest step, and most such sentences have one).
  const ownSentence = window.filter(({ candidate, position }) => words[position]!.sentence === word.sentence && candidate !== excluded);
  let subject = ownSentence.length > 0 && oneActor(ownSentence) && preferred(ownSentence[0]!.candidate)
    ? ownSentence[0]!.candidate
    : ownSentence.findLast(({ position }) => subjectAt(position, true))?.candidate;
  for (let sentence = word.sentence; sentence >= word.sentence - back && subject === undefined; sentence--) {
    const list = bySentence.get(sentence);
    if (list === undefined) continue;
    subject = oneActor(list) ? list[0]!.candidate : list.find(({ position }) => subjectAt(position))?.candidate ?? list[0]!.candidate;
  }
  // The topic does not take a pronoun from its own sentence, from a sentence's opening subject, nor from a speaker.
  const inSentence = subject !== undefined && window.some(({ candidate, position }) => candidate === subject && words[position]!.sentence === word.sentence);
  const opensSentence = subject !== undefined && (opening.get(subject) ?? Infinity) < index;
  // Nor from a person whose given name tells their gender: a one-off name the topic overrides is most
  // often a work or place the tagger took for a person, rarely "Rand Paul" ("Oh yeah, Rand Paul. He thinks ...").
  const namedPerson = subject !== undefined && subject.type === 'PERSON' && subject.gender !== null;
  // Nor "it" or "they" from what the sentence before introduced as its main subject after the
  // verb, a presentational inversion ("Beyond the river lies Rockridge, a quiet neighbourhood.
  // It has ..."): the new topic.
  const introduced = subject !== undefined && tree !== undefined && (kind === 'neuter' || kind === 'plural')
    && window.some(({ candidate, position }) => candidate === subject && words[position]!.sentence === word.sentence - 1 && subjectAt(position) && isInvertedSubject(words, tree, position));
  const chosen = (inSentence || opensSentence || introduced || namedPerson || (subject !== undefined && speakers.has(subject)) ? undefined : topicOver(subject, preferred, counts)) ?? subject;
  if (chosen === undefined) return;
  resolved.set(index, chosen);
  if (kind === 'male' || kind === 'female') chosen.gender ??= kind;
}
