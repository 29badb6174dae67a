/**
 * Descriptions of actors the article names: common-noun phrases that refer to one of them.
 *
 * - Appositions: "Acme Corp., the company that ...", "Jane Roe, a lawyer," → the name's actor.
 * - Predicates: "Smith is a lawyer", "he was the first mayor", "she became the first woman",
 *   "he served as president" → the subject's actor. With the parse, these are read from the tree
 *   for a mention followed by a comma and a noun or by a predicate cue (only those sentences are
 *   parsed for it), whatever their noun.
 * - A description before a name: "the poet Lord Byron", "acclaimed actor Peter O'Toole", "his father, Anthony,", "the village of
 *   Brin" → that name's actor; a possessed noun with no name
 *   ("his father") → the actor the article describes so, not the possessor.
 * - Parents: "born in Paris to Gerald and Sherri Roe", "the daughter of Anne Roe and Paul Roe"
 *   → each parent is described as "father" or "mother" by its gender, for "his father" later.
 * - Clients: "on behalf of the appellant Jane Roe", "attorney for Acme" → that party is described
 *   as "client", for "my client" and "your client" later.
 * - Definite descriptions: "the company", "the senator", "the 45-year-old" → the actor they fit
 *   by type and gender, preferring one the article gave that description before: a title
 *   ("Senator Smith" → "the senator"), a word of its name ("Aberdeen Grammar School" → "the
 *   school"), an earlier description, its age ("Smith, 45," → "the 45-year-old"); else the
 *   most mentioned fitting actor of the last sentences, else the article's topic.
 *
 * The nouns are data: data/actors/descriptors.json (by actor type) and
 * data/actors/descriptor-genders.json; titles come from the caller (agent nouns, gazetteer titles).
 */
import Type from 'typebox';
import type { EntityType } from '../../document/contract.js';
import { resource, Strings } from '../../resources.js';
import { givenNameGender, isListedGivenName, type Gender } from './gender.js';
import { pronounGender } from './pronouns.js';
import type { DependencyTree } from '../tree.js';
import { isPluralForm, type Word } from '../words.js';

type DescribedType = 'PERSON' | 'ORG' | 'COUNTRY' | 'PLACE';

const descriptorLists = resource('descriptor lists', (data) => data.json('actors/descriptors.json', Type.Object({ PERSON: Strings, ORG: Strings, COUNTRY: Strings, PLACE: Strings, predicateCues: Strings, resultVerbs: Type.Object({ smallClause: Strings, into: Strings }), possessiveDeterminers: Strings, roleMarkers: Strings, namingCues: Strings, namingOf: Strings, namedInstitutions: Strings, representationCues: Strings, spokespeople: Strings, parentage: Type.Object({ birthVerbs: Strings, birthLinks: Strings, childNouns: Strings, male: Strings, female: Strings }), marriage: Type.Object({ verbs: Strings, male: Strings, female: Strings }) })));

const descriptorNouns = resource('descriptor nouns', () => {
  const lists = descriptorLists();
  const types = new Map<string, DescribedType[]>();
  for (const type of ['PERSON', 'ORG', 'COUNTRY', 'PLACE'] as const) {
    for (const noun of lists[type]) types.set(noun, [...(types.get(noun) ?? []), type]);
  }
  return types;
});

/** Whether a lower-cased word is a noun that describes some kind of actor ("court", "ministry", "city"). */
export function isDescriptorNoun(word: string): boolean {
  return descriptorNouns().has(word);
}

/**
 * Whether a lower-cased noun, singular or plural, names a kind of person ("lawmakers", "women",
 * "the architect"). The list is singular (see data/actors/descriptors.json); English plurals of
 * its nouns are regular but for "-man" → "-men".
 */
export function describesPerson(word: string): boolean {
  const singulars = [word, word.replace(/men$/, 'man'), word.replace(/s$/, ''), word.replace(/es$/, '')];
  return singulars.some((singular) => descriptorNouns().get(singular)?.includes('PERSON') === true);
}

const predicateCues = resource('predicate cues', () => new Set(descriptorLists().predicateCues));
const resultVerbs = resource('result verbs', () => ({ smallClause: new Set(descriptorLists().resultVerbs.smallClause), into: new Set(descriptorLists().resultVerbs.into) }));
const possessiveDeterminers = resource('possessive determiners', () => new Set(descriptorLists().possessiveDeterminers));
const namingCues = resource('naming cues', () => descriptorLists().namingCues.map((cue) => cue.split(' ')));
const roleMarkers = resource('role markers', () => new Set(descriptorLists().roleMarkers));
const namingOf = resource('naming-of place nouns', () => new Set(descriptorLists().namingOf));
const namedInstitutions = resource('named institutions', () => new Set(descriptorLists().namedInstitutions));
const spokespeople = resource('spokespeople', () => new Set(descriptorLists().spokespeople));
const representationCues = resource('representation cues', () => descriptorLists().representationCues.map((cue) => cue.split(' ')));
const marriage = resource('marriage cues', () => ({ ...descriptorLists().marriage, verbs: new Set(descriptorLists().marriage.verbs) }));
const parentage = resource('parentage cues', () => {
  const { birthVerbs, birthLinks, childNouns, male, female } = descriptorLists().parentage;
  return { birthVerbs: new Set(birthVerbs), birthLinks: new Set(birthLinks), childNouns: new Set(childNouns), male, female };
});

const nounGenders = resource('descriptor genders', (data) => {
  const { male, female, namingWomenToo } = data.json('actors/descriptor-genders.json', Type.Object({ male: Strings, female: Strings, namingWomenToo: Strings }));
  return {
    byNoun: new Map<string, Gender>([...male.map((noun): [string, Gender] => [noun, 'male']), ...female.map((noun): [string, Gender] => [noun, 'female'])]),
    namingWomenToo: new Set(namingWomenToo),
  };
});

/** The gender a person noun says ("actress" → female), if any. */
export function nounGender(word: string | undefined): Gender | undefined {
  return word === undefined ? undefined : nounGenders().byNoun.get(word.toLowerCase());
}

/**
 * The gender a person noun before a name says of it ("her husband Lindsey"), over the given
 * name's own, which outweighs only a noun news writes before either gender ("spokesman Hope Hicks").
 */
export function nounGenderOfName(noun: string, givenName: Gender | null): Gender | undefined {
  return givenName !== null && nounGenders().namingWomenToo.has(noun.toLowerCase()) ? undefined : nounGender(noun);
}

/** What linking a description needs to know of an actor. */
export interface Describable {
  readonly type: EntityType;
  /** Whether it is a country or a region of countries (the knowledge base says so): not "the city". */
  readonly country: boolean;
  readonly gender: Gender | null;
  /** Word indices of its mentions' first words, in any order. */
  readonly positions: number[];
  /** Lower-cased words that describe it: of its names, its titles and its earlier descriptions. */
  readonly words: Set<string>;
  /** An age the article gives it ("Smith, 45,"): set by `find`. */
  age: number | null;
}

/** A noun phrase that may be a description: its head word, the actor types it fits, an age it gives, whether a name is inside it. */
interface Phrase {
  readonly head: number;
  readonly types: readonly DescribedType[] | 'any';
  readonly age: number | null;
  readonly named: boolean;
}

/** A description found: words `[first, last]` (inclusive) refer to `target`. */
export interface Nominal {
  readonly first: number;
  readonly last: number;
  readonly target: Describable;
}

const DEFINITE = new Set(['the', 'this', 'that']);
const INDEFINITE = new Set(['a', 'an']);
/** What may follow a name an indefinite description introduces: the end of the apposition ("a son, Ralph Roe (born 2015)", "a spokeswoman, Jane Doe, said"). */
const CLOSING_APPOSITION = new Set([',', '(', ')', '.', ';', ':', '[']);
const POSSESSIVE = /^['’]s?$/u;
const ARTICLES = new Set(['the', 'a', 'an']);
const COPULAS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained']);
/** "'s" after a pronoun is "is" (or "has"): "it's a quiet town", "he's a lawyer"; after a name it is as often a possessive. */
const CONTRACTED_IS = /^['’]s$/u;
/** Prepositions that tie a name to the name before it ("Jane Roe of Harvard", "the stadium in Qatar"). */
const OUTER_PREPOSITIONS = new Set(['of', 'at', 'from', 'in']);
/** Words a description's modifiers may be: "the former Italian", "the 45-year-old", "the state-owned". */
const MODIFIER_POS = new Set(['ADJ', 'NUM', 'NOUN', 'ADV']);
const MAX_MODIFIERS = 4;
/** Endings of nouns for one who does something ("front-runner", "overseer", "investor", "strategist"). */
const AGENT_NOUN = /(?:er|or|ist|ant|ent|ee)$/;
/** The noun for the party a lawyer acts for. */
const CLIENT = 'client';
/** Conjunctions that join two adjectives of one noun phrase ("the largest and wealthiest state"). */
const COORDINATORS = new Set(['and', 'or', 'but']);
/** Participles an adverb grades into a modifier ("the most cited", "newly elected", "well known"). */
const PARTICIPLE_MODIFIER = /(?:ed|en|wn)$/;
/** What may stand before the adverb that grades such a participle: an article, a number, an adjective ("the eighth most cited"). */
const GRADED_AFTER = new Set(['DET', 'NUM', 'ADJ']);
/** What may end the phrase or quotation before a subject that opens its clause ("Walking in, the senator said", "“…,” the senator said"). */
const CLAUSE_ENDS = new Set([',', '”', '"', "''"]);
/** How many sentences back a description without evidence looks for its actor. */
const SENTENCES_BACK = 3;
/** How many mentions make an actor the topic a description without one nearby refers to. */
const TOPIC_MENTIONS = 3;
const YEAR_OLD = /^(\d{1,3})-year-old$/;

/** An age written "45-year-old" from word `i`, as one token or five ("45", "-", "year", "-", "old"), with its last word. */
function yearOldAt(words: readonly Word[], i: number): { age: number; last: number } | null {
  const single = YEAR_OLD.exec(words[i]?.lower ?? '');
  if (single !== null) return { age: Number(single[1]), last: i };
  const parts = words.slice(i, i + 5).map((word) => word.lower);
  return /^\d{1,3}$/.test(parts[0] ?? '') && parts.slice(1).join(' ') === '- year - old' ? { age: Number(parts[0]), last: i + 4 } : null;
}
/** Whether word `i` is a hyphen written between two words without spaces ("state-owned"). */
function joiningHyphen(words: readonly Word[], i: number): boolean {
  const hyphen = words[i];
  const before = words[i - 1];
  const after = words[i + 1];
  return hyphen !== undefined && before !== undefined && after !== undefined && (hyphen.text === '-' || hyphen.text === '‑')
    && before.end === hyphen.start && hyphen.end === after.start && before.sentence === hyphen.sentence && after.sentence === hyphen.sentence;
}

/** A plausible age in an apposition: "Smith, 45,". */
const MIN_AGE = 10;
const MAX_AGE = 120;

/** Words a parenthesis after a name may hold before it is no longer an aside. */
const MAX_PARENTHESIS = 25;

const CLOSING = new Map([['(', ')'], ['[', ']']]);

/**
 * The last word of the asides right after word `last`: a parenthesis and reference marks
 * ("Jared Padalecki (born July 19, 1982) [1] is"); else `last`.
 */
function skipAsides(words: readonly Word[], last: number): number {
  for (;;) {
    const closing = CLOSING.get(words[last + 1]?.text ?? '');
    if (closing === undefined) return last;
    let i = last + 2;
    while (i < last + MAX_PARENTHESIS && words[i] !== undefined && words[i]!.sentence === words[last]!.sentence && words[i]!.text !== closing) i++;
    if (words[i]?.text !== closing) return last;
    last = i;
  }
}

function fits(actor: Pick<Describable, 'type' | 'country'>, described: readonly DescribedType[] | 'any'): boolean {
  if (described === 'any') return actor.type === 'PERSON' || actor.type === 'ORG' || actor.type === 'GPE' || actor.type === 'LOC' || actor.type === 'FAC';
  if (actor.type === 'PERSON') return described.includes('PERSON');
  if (actor.type === 'ORG') return described.includes('ORG');
  if (actor.type === 'GPE' || actor.type === 'LOC' || actor.type === 'FAC') return described.includes(actor.country ? 'COUNTRY' : 'PLACE');
  return false;
}

/**
 * Whether a predicate or apposition the parse ties to an actor fits it: by the noun's types
 * (any actor for a noun the lists lack); a name's description may also mix up organisation
 * and place ("Guadeloupe is a French overseas department", "is a group of islands"), never
 * person and non-person.
 */
function predicateFits(actor: Pick<Describable, 'type' | 'country'>, types: readonly DescribedType[], named: boolean): boolean {
  if (fits(actor, types.length > 0 ? types : 'any')) return true;
  return named && actor.type !== 'PERSON' && !types.includes('PERSON') && fits(actor, 'any');
}

/** Relations of a noun's dependents before it that belong to its noun phrase: "the", "former", "Poland's", "third biggest". */
const PHRASE_RELATIONS = new Set(['det', 'det:poss', 'det:predet', 'amod', 'nummod', 'compound', 'nmod:poss']);
const NEGATIONS = new Set(['not', "n't", 'never']);
/** Endings of verb forms a copula's predicate may be mistaken for: participles, third person. */
const VERB_FORM = /(?:ing|ed|en|s)$/;

/** Whether a person's name starts among words `[from, to)` ("the Trump adviser" is not Trump). */
function personNamedIn(mentionStart: ReadonlyMap<number, Describable>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (mentionStart.get(k)?.type === 'PERSON') return true;
  return false;
}

/** The first word of the noun phrase `noun` heads, up to `noun`: its article, modifiers and possessor. */
function phraseStart(tree: DependencyTree, noun: number): number {
  let first = noun;
  for (const dependent of tree.dependentsOf(noun)) {
    if (dependent < noun && PHRASE_RELATIONS.has(tree.relation(dependent))) first = Math.min(first, tree.extent(dependent)[0]);
  }
  return first;
}

/**
 * Whether word `noun` heads a noun phrase that can describe an actor: a common noun or a
 * capitalised descriptor (`listed`: "Professor of Linguistics"), or an adjective or number with
 * an article ("the first to ...") or "of" after it ("one of the founders"); not inside a name,
 * not negated ("is not a lawyer").
 */
function describingNoun(words: readonly Word[], tree: DependencyTree, noun: number, covered: (index: number) => boolean, listed: (word: Word) => boolean): boolean {
  if (covered(noun)) return false;
  const dependents = tree.dependentsOf(noun);
  for (const dependent of dependents) if (NEGATIONS.has(words[dependent]!.lower)) return false;
  const pos = words[noun]!.pos;
  // A copula's predicate is no verb: a word the tagger took for one is a noun there when it is
  // listed or has no verb's ending ("she was head of the jury", "Kelso is home to many
  // restaurants"); not a participle ("is known", "was being").
  const predicate = pos === 'VERB' && tree.dependent(noun, 'cop') >= 0;
  if (predicate && !VERB_FORM.test(words[noun]!.lower)) return true;
  if (pos === 'NOUN' || ((pos === 'PROPN' || predicate) && listed(words[noun]!))) return true;
  if (pos !== 'ADJ' && pos !== 'NUM' && pos !== 'PROPN') return false;
  for (const dependent of dependents) {
    const relation = tree.relation(dependent);
    if (relation === 'det' || (relation === 'nmod' && pos === 'NUM' && dependent > noun)) return true;
  }
  return false;
}

const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'PRON']);
/** Verb endings of participles, which modify a noun as often as they follow a subject ("founded", "known", "making"). */
const PARTICIPLE = /(ed|en|wn|rn|ing)$/;

/** Whether a word is an auxiliary or a verb that is no participle: a subject's verb ("will", "fails", "said"). */
function finiteVerb(word: Word | undefined): boolean {
  return word !== undefined && (word.pos === 'AUX' || (word.pos === 'VERB' && !PARTICIPLE.test(word.lower)));
}

/** Whether word `subject` has a nominal conjunct before its predicate: "Neiafu and surrounding villages are home to ..." describes them together, not the first. */
function coordinated(words: readonly Word[], tree: DependencyTree, subject: number): boolean {
  const predicate = tree.head(subject);
  return tree.dependentsOf(subject).some((dependent) => tree.relation(dependent) === 'conj' && dependent < predicate && NOMINAL_POS.has(words[dependent]!.pos) && tree.dependent(dependent, 'cc') >= 0);
}

/** The dependent of `verb` introduced by "as" ("served as president"), or -1. */
function asPhrase(words: readonly Word[], tree: DependencyTree, verb: number): number {
  for (const dependent of tree.dependentsOf(verb)) {
    if (dependent > verb && tree.baseRelation(dependent) === 'obl' && words[tree.dependent(dependent, 'case')]?.lower === 'as') return dependent;
  }
  return -1;
}

/** Whether noun `noun` has an article, a determiner or a possessor before it: "a star", "the winner", "ISIS' best recruiter". */
function determined(words: readonly Word[], tree: DependencyTree, noun: number): boolean {
  return words[noun]!.pos === 'NOUN' && [...tree.dependentsOf(noun)].some((dependent) => dependent < noun && (tree.relation(dependent) === 'det' || tree.relation(dependent) === 'nmod:poss'));
}

/** The dependent of `verb` introduced by "into" ("evolved into a town"), or -1. */
function intoPhrase(words: readonly Word[], tree: DependencyTree, verb: number): number {
  for (const dependent of tree.dependentsOf(verb)) {
    if (dependent > verb && tree.baseRelation(dependent) === 'obl' && words[tree.dependent(dependent, 'case')]?.lower === 'into') return dependent;
  }
  return -1;
}

/**
 * The heads of the descriptions the parse shows of the mention whose syntactic head is word
 * `word`: an apposition ("Mof-Avvi, a former kingdom"), the noun it is an apposition to ("Her
 * father Mohammed Hadid"), a predicate ("is an American actor", "has been a hub ... and is the
 * birthplace"), a predicative complement ("became the first woman", "was named the MVP"), an
 * "as" phrase ("served as president"; "described her as the pupil" describes "her").
 */
function parsedDescriptions(words: readonly Word[], tree: DependencyTree, word: number, pronoun: boolean, covered: (index: number) => boolean, listed: (word: Word) => boolean): number[] {
  const describing = (noun: number) => noun >= 0 && describingNoun(words, tree, noun, covered, listed);
  const found: number[] = [];
  let subject = word;
  if (!pronoun) {
    const above = tree.head(word);
    if (tree.relation(word) === 'appos' && above < word && describing(above)) found.push((subject = above));
    for (const dependent of tree.dependentsOf(word)) if (dependent > word && tree.relation(dependent) === 'appos' && describing(dependent)) found.push(dependent);
  }
  const verb = tree.head(subject);
  if (verb < 0) return found;
  if (coordinated(words, tree, subject)) return found;
  const relation = tree.relation(subject);
  let predicate = -1;
  // Not "was at the company": a predicate with a preposition is a place or a state.
  if (relation === 'nsubj' && tree.dependent(verb, 'cop') >= 0) predicate = tree.dependent(verb, 'case') < 0 ? verb : -1;
  else if (relation === 'nsubj' || relation === 'nsubj:pass') {
    let complement = tree.dependent(verb, 'xcomp');
    // "grew to become a centre", "went on to remain the leader": the complement of the copular verb the clause ends in.
    if (complement >= 0 && words[complement]!.pos === 'VERB' && predicateCues().has(words[complement]!.lower)) {
      complement = tree.dependent(complement, 'xcomp');
      if (complement >= 0 && (pronoun || !determined(words, tree, complement))) complement = -1;
    }
    predicate = complement >= 0 ? complement : tree.dependent(verb, 'obj') < 0 ? asPhrase(words, tree, verb) : -1;
    // "the village evolved into a market town" (not "turned the speech into a paean": the object's).
    if (predicate < 0 && !pronoun && resultVerbs().into.has(words[verb]!.lower) && tree.dependent(verb, 'obj') < 0) {
      const into = intoPhrase(words, tree, verb);
      if (into >= 0 && determined(words, tree, into)) predicate = into;
    }
  } else if (relation === 'obj') {
    predicate = asPhrase(words, tree, verb);
    // "the canals make Leeds a pleasant place": the noun after the object, with its article or
    // possessor, is what it is made (not "made him question", a verb the tagger took for a noun).
    const complement = tree.dependent(verb, 'xcomp');
    if (predicate < 0 && complement > subject && resultVerbs().smallClause.has(words[verb]!.lower) && determined(words, tree, complement)) predicate = complement;
  }
  if (!describing(predicate)) return found;
  found.push(predicate, ...coordinatedPredicates(tree, predicate, describing));
  return found;
}

/**
 * The predicates coordinated after `predicate` without a subject of their own: "is a children's
 * book author and mathematician", "... a centre of folk music, and is the home of ...".
 */
function coordinatedPredicates(tree: DependencyTree, predicate: number, describing: (noun: number) => boolean): number[] {
  return [...tree.dependentsOf(predicate)].filter((dependent) => dependent > predicate && tree.relation(dependent) === 'conj' && tree.dependent(dependent, 'nsubj') < 0 && tree.dependent(dependent, 'case') < 0 && describing(dependent));
}

/** The word of mention `[first, last]` that the rest of its sentence attaches to. */
function syntacticHead(tree: DependencyTree, first: number, last: number): number {
  let word = last;
  for (let steps = first; steps <= last; steps++) {
    const head = tree.head(word);
    if (head < first || head > last) break;
    word = head;
  }
  return word;
}

/** How many words before a birth link ("to") its verb may stand: "born on 19 July 1982 in San Antonio, Texas, to". */
const PARENTAGE_WINDOW = 15;

/** How many words after a mention a predicate cue may stand ("has been a", "is now a"). */
const CUE_WINDOW = 3;

/** Mentions an article may hold in the sentences a description looks back over before the rest are left out (run-on text). */
const MAX_NEAR_MENTIONS = 40;

/** Lookups over the actors of one article, so that each description costs a few searches, not a pass over every mention. */
class ActorIndex {
  /** Each actor's positions, sorted. */
  private readonly sorted = new Map<Describable, number[]>();
  /** Every mention, by position. */
  private readonly mentions: { position: number; actor: Describable }[] = [];
  /** The actors each describing word belongs to. */
  readonly byWord = new Map<string, Set<Describable>>();
  private agedActors: Describable[] | null = null;

  constructor(private readonly actors: readonly Describable[]) {
    for (const actor of actors) {
      const positions = [...actor.positions].sort((a, b) => a - b);
      this.sorted.set(actor, positions);
      for (const position of positions) this.mentions.push({ position, actor });
      for (const word of actor.words) this.addWord(actor, word);
    }
    this.mentions.sort((a, b) => a.position - b.position);
  }

  private addWord(actor: Describable, word: string): void {
    let set = this.byWord.get(word);
    if (set === undefined) this.byWord.set(word, (set = new Set()));
    set.add(actor);
  }

  /** Records that `word` describes `actor`. */
  describe(actor: Describable, word: string): void {
    actor.words.add(word);
    this.addWord(actor, word);
  }

  /** Every actor. */
  all(): readonly Describable[] {
    return this.actors;
  }

  /** The actors with an age (read once the appositions are). */
  aged(): Describable[] {
    return (this.agedActors ??= this.actors.filter((actor) => actor.age !== null));
  }

  /** How many of an actor's mentions come before word `first`. */
  countBefore(actor: Describable, first: number): number {
    return lowerBound(this.sorted.get(actor)!, first, (position) => position);
  }

  /** An actor's first mention at or after word `first`, or Infinity. */
  firstAfter(actor: Describable, first: number): number {
    return this.sorted.get(actor)![this.countBefore(actor, first)] ?? Infinity;
  }

  /** An actor's latest mention before word `first`, or -1. */
  latestBefore(actor: Describable, first: number): number {
    const count = this.countBefore(actor, first);
    return count > 0 ? this.sorted.get(actor)![count - 1]! : -1;
  }

  /** The actors mentioned before word `first` within `back` sentences (by a mention `counts` lets count). */
  near(words: readonly Word[], first: number, back: number, counts: (position: number) => boolean = () => true): Describable[] {
    const from = words[first]!.sentence - back;
    const end = lowerBound(this.mentions, first, (mention) => mention.position);
    const found = new Set<Describable>();
    for (let i = end - 1; i >= 0 && i >= end - MAX_NEAR_MENTIONS && words[this.mentions[i]!.position]!.sentence >= from; i--) if (counts(this.mentions[i]!.position)) found.add(this.mentions[i]!.actor);
    return [...found];
  }
}

/** The number of items whose key is below `value` (items sorted by key). */
function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(items[middle]!) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class NominalFinder {
  constructor(
    /** Lower-cased nouns titles end in ("minister", "senator"): person nouns too. */
    private readonly titles: ReadonlySet<string>,
  ) {}

  /** The actor types a noun can describe (none for other words). */
  private typesOf(word: Word): readonly DescribedType[] {
    const listed = descriptorNouns().get(word.lower);
    if (listed !== undefined) return listed;
    if (YEAR_OLD.test(word.lower) || this.titles.has(word.lower)) return ['PERSON'];
    return [];
  }

  /**
   * The noun phrase from word `from`: an article or "this"/"that" (when `determiner` says so),
   * modifiers, and a head noun the lists know, with the index of its last word; or null.
   */
  private phrase(words: readonly Word[], from: number, determiners: ReadonlySet<string> | null, covered: (index: number) => boolean, anyNoun = false, tree?: DependencyTree): Phrase | null {
    let i = from;
    if (determiners !== null) {
      if (!determiners.has(words[i]?.lower ?? '')) return null;
      i++;
    } else if (ARTICLES.has(words[i]?.lower ?? '')) i++;
    const sentence = words[from]?.sentence;
    let head = -1;
    let age: number | null = null;
    for (let n = 0; n <= MAX_MODIFIERS && words[i] !== undefined && words[i]!.sentence === sentence; n++, i++) {
      const years = yearOldAt(words, i);
      if (years !== null) {
        head = i = years.last;
        age = years.age;
        continue;
      }
      const word = words[i]!;
      // "the state-owned company", "the investment-starved city": words a hyphen joins are one
      // modifier, whatever their tags; the word before the hyphen is no head ("the state").
      if (joiningHyphen(words, i)) {
        n--;
        continue;
      }
      const joined = joiningHyphen(words, i + 1);
      const nounLike = word.pos === 'NOUN' || (word.pos === 'PROPN' && !covered(i)) || YEAR_OLD.test(word.lower);
      if (!joined && nounLike && (anyNoun ? word.pos === 'NOUN' || this.typesOf(word).length > 0 : this.typesOf(word).length > 0)) head = i;
      if (joined || joiningHyphen(words, i - 1)) continue;
      // "a children's book author", "Poland's third biggest city".
      if (POSSESSIVE.test(word.text)) continue;
      // "the largest and wealthiest state", "the industrial and commercial zone": a conjunction
      // between two adjectives before the head; "the most cited scholar", "a newly elected
      // mayor": a participle after an adverb that grades it.
      if (head < 0 && COORDINATORS.has(word.lower) && words[i - 1]?.pos === 'ADJ' && (words[i + 1]?.pos === 'ADJ' || words[i + 1]?.pos === 'ADV')) continue;
      if (head < 0 && word.pos === 'VERB' && PARTICIPLE_MODIFIER.test(word.lower) && words[i - 1]?.pos === 'ADV' && i - 1 > from && GRADED_AFTER.has(words[i - 2]!.pos)) continue;
      if (!MODIFIER_POS.has(word.pos) && !nounLike && !covered(i)) break;
    }
    if (head < 0 || covered(head)) return null;
    // The head is the last noun: "the company spokesman" is a person. Not a verb the tagger took
    // for a noun, where the parse makes the phrase its subject ("this region ranks fifth").
    const next = words[head + 1];
    const verbAfter = next?.pos === 'NOUN' && tree !== undefined && tree.relation(head) === 'nsubj' && tree.head(head) === head + 1;
    if (next !== undefined && (next.pos === 'NOUN' || (next.pos === 'PROPN' && !covered(head + 1))) && !verbAfter) return null;
    // "the Icelandic foreign ministry": a place or name inside says which one it is.
    let named = false;
    for (let k = from; k < head; k++) named ||= covered(k);
    if (age !== null && words[head]!.lower.endsWith('old')) return { head, types: ['PERSON'] as const, age, named };
    const types = this.typesOf(words[head]!);
    return { head, types: types.length === 0 && anyNoun ? 'any' as const : types, age: null, named };
  }

  /**
   * Finds descriptions. `mentionStart` gives the actor of a mention (name or resolved
   * pronoun) by its first word, `mentionEnd` by its last; `pronouns` tells the mentions that
   * are pronouns (subjects of predicates, never followed by an apposition); `covered` tells
   * the words inside names. `mentionFirst` gives a mention's first word by its last. With the
   * parse, a mention followed by a comma and a noun or by a predicate cue has its appositions
   * and predicates read from the tree.
   */
  find(words: readonly Word[], actors: readonly Describable[], mentionStart: ReadonlyMap<number, Describable>, mentionEnd: ReadonlyMap<number, Describable>, mentionFirst: ReadonlyMap<number, number>, pronouns: ReadonlySet<number>, covered: (index: number) => boolean, tree: DependencyTree | undefined): Nominal[] {
    const found: Nominal[] = [];
    const taken = new Set<number>();
    const index = new ActorIndex(actors);
    const add = (first: number, last: number, target: Describable) => {
      for (let i = first; i <= last; i++) taken.add(i);
      found.push({ first, last, target });
      index.describe(target, words[last]!.lower);
    };

    // The noun right before a name describes it: "actress Susan Sarandon" is "the actress".
    for (const [first, actor] of mentionStart) {
      const before = words[first - 1];
      if (before !== undefined && before.pos === 'NOUN' && before.sentence === words[first]!.sentence && !pronouns.has(first)) index.describe(actor, before.lower);
    }

    /** The place nouns of the naming kind found right after a name ("Neiafu town"), by position. */
    const namingNouns = new Map<number, Describable>();
    // "Neiafu town is the centre": a place noun of the naming kind right after a place's name, ending
    // the phrase, is that place (not "the Kelso town council", nor "the Kordofan town of Kadugli",
    // where the name is a modifier of an article's phrase, nor a noun a person's name precedes).
    for (const [last, actor] of mentionEnd) {
      const noun = words[last + 1];
      if (noun === undefined || pronouns.has(last) || actor.type === 'PERSON' || noun.sentence !== words[last]!.sentence || noun.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun.text) || !namingOf().has(noun.lower)) continue;
      const before = words[mentionFirst.get(last)! - 1];
      if (before !== undefined && before.sentence === noun.sentence && (ARTICLES.has(before.lower) || DEFINITE.has(before.lower) || possessiveDeterminers().has(before.lower))) continue;
      const next = words[last + 2];
      if (next !== undefined && next.sentence === noun.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.lower === 'of' || POSSESSIVE.test(next.text))) continue;
      if (!taken.has(last + 1) && !covered(last + 1)) {
        add(last + 1, last + 1, actor);
        namingNouns.set(last + 1, actor);
      }
    }

    // Appositions and predicates after a mention; ages in apposition.
    for (const [last, actor] of mentionEnd) {
      const end = skipAsides(words, last);
      const after = words[end + 1];
      if (after === undefined) continue;
      const age = after.text === ',' ? /^\d+$/.exec(words[end + 2]?.text ?? '') : null;
      if (age !== null && actor.type === 'PERSON' && words[end + 3]?.text === ',' && Number(age[0]) >= MIN_AGE && Number(age[0]) <= MAX_AGE) {
        actor.age = Number(age[0]);
        continue;
      }
      const parsed = tree !== undefined && (this.cued(words, end) || (pronouns.has(last) && CONTRACTED_IS.test(after.text)) || this.madeObject(words, mentionFirst.get(last)!));
      if (parsed) {
        const head = syntacticHead(tree, mentionFirst.get(last)!, last);
        const nouns = parsedDescriptions(words, tree, head, pronouns.has(last), covered, (noun) => this.typesOf(noun).length > 0);
        for (const noun of nouns) {
          const types = this.typesOf(words[noun]!);
          if (!taken.has(noun) && predicateFits(actor, types, !pronouns.has(last)) && this.genderFits(words[noun]!, actor)) add(phraseStart(tree, noun), noun, actor);
        }
        if (nouns.length > 0) continue;
      }
      const start = end + 2;
      if (words[start]?.sentence !== after.sentence) continue;
      const article = ARTICLES.has(words[start]!.lower);
      // "Baie-Mahault: the industrial zone of the island": a name that opens its sentence (a list's
      // item, a guide's entry) and a colon are an apposition too.
      const first = mentionFirst.get(last)!;
      const opensSentence = first === 0 || words[first - 1]!.sentence !== words[first]!.sentence;
      const entry = after.text === ':' && opensSentence;
      // "Vangsby, one of the oldest towns on the fjord": "one of" opens an apposition as an article does.
      const oneOfAfter = words[start]!.lower === 'one' && words[start + 1]?.lower === 'of';
      const apposition = (after.text === ',' || entry) && !pronouns.has(last) && (article || oneOfAfter);
      const predicate = COPULAS.has(after.lower);
      // "Oakland as a city reflects ...": an "as" phrase right after a name that opens its
      // sentence, of a noun the lists know (not "Smith as a result"), is the role it is seen in;
      // after an object it is the subject's ("inspired by Rasmus Lund as a boy").
      const role = after.lower === 'as' && article && !pronouns.has(last) && opensSentence;
      if (role) {
        const phrase = this.phrase(words, start, null, covered);
        if (phrase !== null && fits(actor, phrase.types) && this.genderFits(words[phrase.head]!, actor)) add(start, phrase.head, actor);
        continue;
      }
      if (!apposition && !predicate) {
        if (after.text === ',' && !pronouns.has(last)) this.bareApposition(words, mentionFirst.get(last)!, start, actor, mentionStart, covered, taken, add);
        continue;
      }
      // "he was one of the first opponents": the phrase after "of", the mention from "one".
      const oneOf = (predicate || apposition) && oneOfAfter;
      // After a copula: an article, a possessive name ("Poland's third biggest city"), or a
      // bare noun the lists know ("she was head of the jury").
      const phrase = this.phrase(words, oneOf ? start + 2 : start, null, covered, article || oneOf || covered(start));
      // "According to Smith, the plan will fail": after a fronted phrase's comma, a phrase the parse
      // makes a clause's subject, its finite verb right after it, opens the main clause; it is no
      // apposition (a participle after it may be one's: "Acme, the fund owned by ...").
      if (apposition && parsed && phrase !== null && tree!.baseRelation(phrase.head) === 'nsubj' && finiteVerb(words[phrase.head + 1])) continue;
      if (phrase === null) continue;
      const outer = apposition ? this.outerMention(words, first, mentionEnd, mentionFirst, pronouns) : null;
      const toOuter = outer !== null && fits(outer.actor, phrase.types) && this.genderFits(words[phrase.head]!, outer.actor)
        && (tree !== undefined && tree.relation(phrase.head) === 'appos' ? tree.head(phrase.head) >= outer.first && tree.head(phrase.head) <= outer.last : !fits(actor, phrase.types));
      if (toOuter) add(start, phrase.head, outer.actor);
      else if (fits(actor, phrase.types) && this.genderFits(words[phrase.head]!, actor)) add(start, phrase.head, actor);
    }

    this.describeParents(words, mentionStart, mentionFirst, pronouns, tree, (actor, word) => index.describe(actor, word));
    this.describeClients(words, mentionStart, pronouns, (actor) => index.describe(actor, CLIENT));
    if (tree !== undefined) this.describeSpouses(words, mentionEnd, mentionFirst, pronouns, tree, (actor, word) => index.describe(actor, word));

    // "Norton made a living as a businessman", "in 1724 he went to Basel as professor of
    // mathematics": an "as" phrase anywhere in the clause describes the clause's subject (or
    // an object the article names: "described her as the pupil"). A predicate the cues after a
    // mention missed describes its subject too: "Smith, who ..., is a lawyer", "she studied law
    // and was one of the first women", a predicate coordinated without a subject of its own.
    if (tree !== undefined) {
      const actorAt = new Map<number, Describable>();
      for (const [last, first] of mentionFirst) for (let k = first; k <= last; k++) actorAt.set(k, mentionEnd.get(last)!);
      // "Neiafu town is the centre": the noun heads the subject the name is a compound of.
      for (const [position, actor] of namingNouns) actorAt.set(position, actor);
      for (let i = 0; i < words.length; i++) {
        let found: { nouns: number[]; actor: Describable } | null = null;
        if (roleMarkers().has(words[i]!.lower)) {
          const role = this.asDescription(words, tree, i, actorAt, covered);
          if (role !== null) found = { nouns: [role.noun], actor: role.actor };
        } else if (predicateCues().has(words[i]!.lower)) found = this.copulaDescription(words, tree, i, actorAt, covered, pronouns) ?? this.resultDescription(words, tree, i, actorAt, covered, pronouns);
        else if (resultVerbs().into.has(words[i]!.lower)) found = this.resultDescription(words, tree, i, actorAt, covered, pronouns);
        if (found === null) continue;
        for (const noun of found.nouns) {
          const first = phraseStart(tree, noun);
          let free = true;
          for (let k = first; k <= noun; k++) free &&= !taken.has(k);
          if (free) add(first, noun, found.actor);
        }
      }
    }

    // "His father, Anthony,", "Moreau's sister Michelle": a possessed noun and the name after it;
    // a possessed noun without one waits for the article's descriptions ("his father" later).
    const possessed: { first: number; head: number; possessor: Describable | undefined }[] = [];
    for (let i = 0; i < words.length; i++) {
      const possessor = this.possessor(words, i, mentionStart, mentionEnd, mentionFirst);
      if (possessor === null) continue;
      const whole = this.phrase(words, i + 1, null, covered, true);
      const phrase = whole === null ? null : this.possessorInside(words, i + 1, whole, covered);
      if (phrase === null || taken.has(phrase.head)) continue;
      const named = this.nameAfter(words, phrase.head, phrase.types, mentionStart, pronouns, covered);
      if (named !== undefined && named !== possessor.actor && fits(named, phrase.types)) add(possessor.first, phrase.head, named);
      else if (phrase.types !== 'any') possessed.push({ first: possessor.first, head: phrase.head, possessor: possessor.actor });
    }

    // "acclaimed actor Peter O'Toole", "Danish philologist Rasmus Rask": a common noun right before
    // a person's name, with its modifiers, describes that person.
    for (const [first, actor] of mentionStart) {
      const noun = first - 1;
      if (actor.type !== 'PERSON' || pronouns.has(first) || noun < 0 || taken.has(noun) || covered(noun)) continue;
      const word = words[noun]!;
      const types = this.typesOf(word);
      // Capitalised only where a sentence starts, and then only a noun the lists know that is no
      // title ("President Zelenskiy" is a title the roles read): "Actress Jane Roe said".
      const opening = words[noun - 1]?.sentence !== word.sentence && types.includes('PERSON') && !this.titles.has(word.lower) && (word.pos === 'NOUN' || word.pos === 'PROPN');
      if (!opening && (word.pos !== 'NOUN' || !/^\p{Ll}/u.test(word.text))) continue;
      if (word.sentence !== words[first]!.sentence) continue;
      if ((types.length > 0 && !types.includes('PERSON')) || !this.genderFits(word, actor)) continue;
      let start = noun;
      // "award-winning" is three words, the last a verb.
      // A name among the modifiers says where the person belongs: "the Kremlin spokesman Dmitry Peskov".
      while (start > noun - 2 * MAX_MODIFIERS && words[start - 1]?.sentence === word.sentence && !taken.has(start - 1)) {
        const before = words[start - 1]!;
        if (ARTICLES.has(before.lower) || DEFINITE.has(before.lower)) start--;
        if (ARTICLES.has(before.lower) || DEFINITE.has(before.lower) || !(covered(start - 1) || MODIFIER_POS.has(before.pos) || before.text === '-' || words[start - 2]?.text === '-')) break;
        start--;
      }
      // An unlisted noun is a description only with a modifier or an article: not "career" in a heading run into the text.
      if (types.length > 0 || start < noun) add(start, noun, actor);
    }

    if (tree !== undefined) this.appositionsBeforeNames(words, tree, mentionEnd, mentionFirst, pronouns, covered, taken, add);

    // "a son, Ralph Roe (born 2015)", "A spokeswoman, Jane Doe, said": an indefinite description
    // and, after a comma, the name it introduces; not "He was a good president, Obama said",
    // where the name opens a clause of its own.
    const mentionLast = new Map<number, number>();
    for (const [last, first] of mentionFirst) mentionLast.set(first, last);
    for (let i = 0; i < words.length; i++) {
      if (!INDEFINITE.has(words[i]!.lower) || taken.has(i) || covered(i)) continue;
      const phrase = this.phrase(words, i, INDEFINITE, covered);
      if (phrase === null || phrase.types === 'any') continue;
      if (words[phrase.head + 1]?.text !== ',' && words[phrase.head + 1]?.text !== '(') continue;
      // "a well-known science museum (the Halden Museum of Science)": past an article the name leaves out.
      const nameStart = !mentionStart.has(phrase.head + 2) && words[phrase.head + 2]?.lower === 'the' && words[phrase.head + 1]?.text === '(' ? phrase.head + 3 : phrase.head + 2;
      const named = this.nameAfter(words, phrase.head, phrase.types, mentionStart, pronouns, covered);
      const after = named === undefined ? undefined : words[mentionLast.get(nameStart)! + 1];
      if (named === undefined || mentionStart.get(nameStart) !== named || !predicateFits(named, phrase.types, true) || !this.genderFits(words[phrase.head]!, named)) continue;
      if (after !== undefined && after.sentence === words[i]!.sentence && !CLOSING_APPOSITION.has(after.text)) continue;
      let free = true;
      for (let k = i; k <= phrase.head; k++) free &&= !taken.has(k);
      if (free) add(i, phrase.head, named);
    }

    for (let i = 0; i < words.length; i++) {
      if (taken.has(i) || covered(i)) continue;
      const phrase = this.phrase(words, i, DEFINITE, covered, false, tree);
      if (phrase === null) continue;
      // "the poet Lord Byron": the name that follows.
      const named = this.nameAfter(words, phrase.head, phrase.types, mentionStart, pronouns, covered);
      // "The Supreme Court justice", "the Kremlin spokesman": an organisation or place inside a
      // person's description says where the person serves, not which person it is.
      const memberOf = phrase.named && phrase.types !== 'any' && phrase.types.every((type) => type === 'PERSON') && !personNamedIn(mentionStart, i, phrase.head);
      // A name a naming cue introduces is the one meant even if the tagger typed it otherwise ("the river known as Bolon", tagged a person).
      const introduced = named !== undefined && (this.namingCueEnd(words, phrase.head + 1) >= 0 || this.namingCueEnd(words, phrase.head + 2) >= 0);
      // "the prime minister's spokesman", "the state's party leader": a possessor that is a common
      // noun is someone else, as a name inside is ("Trump" in "the Trump campaign's spokesman").
      let possessedByNoun = false;
      for (let k = i + 1; k < phrase.head; k++) possessedByNoun ||= POSSESSIVE.test(words[k]!.text) && !covered(k - 1);
      const target = named !== undefined && (introduced || (phrase.types === 'any' ? fits(named, 'any') : predicateFits(named, phrase.types, true))) ? named : this.antecedent(words, i, { ...phrase, named: possessedByNoun || (phrase.named && !memberOf) }, index, pronouns);
      if (target !== undefined && this.genderFits(words[phrase.head]!, target)) add(i, phrase.head, target);
      i = phrase.head;
    }

    // "his father": the one the article describes so, before or after, other than the possessor.
    // Not "Myanmar's army": an institution of a named possessor is its own, not another
    // organisation whose name has the word ("Arakan Army").
    for (const { first, head, possessor } of possessed) {
      const noun = words[head]!;
      const types = this.typesOf(noun);
      if (possessor !== undefined && !types.includes('PERSON')) continue;
      const described = [...(index.byWord.get(noun.lower) ?? [])].filter((actor) => actor !== possessor && fits(actor, types) && this.genderFits(noun, actor));
      const before = described.filter((actor) => index.countBefore(actor, first) > 0).sort((a, b) => index.latestBefore(b, first) - index.latestBefore(a, first));
      const target = before[0] ?? described.sort((a, b) => index.firstAfter(a, first) - index.firstAfter(b, first))[0];
      if (target !== undefined) add(first, head, target);
    }
    return found.sort((a, b) => a.first - b.first);
  }

  /**
   * The party a lawyer acts for, described as the client ("I'm here on behalf of the appellant
   * Jane Roe" → "your client", "my client"): the actor named right after a representation cue,
   * past an article and a party noun the lists know; not one of several named together.
   */
  private describeClients(words: readonly Word[], mentionStart: ReadonlyMap<number, Describable>, pronouns: ReadonlySet<number>, describe: (actor: Describable) => void): void {
    for (let i = 0; i < words.length; i++) {
      for (const cue of representationCues()) {
        if (!cue.every((part, k) => words[i + k]?.lower === part)) continue;
        let at = i + cue.length;
        if (ARTICLES.has(words[at]?.lower ?? '')) at++;
        if (words[at] !== undefined && /^\p{Ll}/u.test(words[at]!.text) && describesPerson(words[at]!.lower)) at++;
        const actor = mentionStart.get(at);
        // Not the first of several named together ("Chase and Chelsea Roe"): a group is described apart.
        let end = at;
        while (words[end + 1] !== undefined && /^\p{Lu}/u.test(words[end + 1]!.text)) end++;
        const several = words[end + 1]?.lower === 'and' || words[end + 1]?.text === '&';
        if (actor !== undefined && !several && !pronouns.has(at) && words[at]!.sentence === words[i]!.sentence) describe(actor);
      }
    }
  }

  /**
   * The parents an article names: after a birth verb and its link ("born in Paris to Gerald and
   * Sherri Roe") or a child noun and "of" ("the daughter of Anne Roe, a dancer, and Paul Roe"),
   * a person's name and, coordinated with it, a second one (the next word, or the parse's
   * conjunct). Each is described as father or mother by its gender; a parent of unknown gender
   * takes the other's opposite; with neither known, nothing is said.
   */
  private describeParents(words: readonly Word[], mentionStart: ReadonlyMap<number, Describable>, mentionFirst: ReadonlyMap<number, number>, pronouns: ReadonlySet<number>, tree: DependencyTree | undefined, describe: (actor: Describable, word: string) => void): void {
    const cues = parentage();
    const mentionLast = new Map<number, number>();
    for (const [last, first] of mentionFirst) mentionLast.set(first, last);
    const personAt = (i: number) => {
      const actor = mentionStart.get(i);
      const last = mentionLast.get(i);
      return actor !== undefined && actor.type === 'PERSON' && last !== undefined && !pronouns.has(last) ? { actor, first: i, last } : null;
    };
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      let start = -1;
      if (cues.childNouns.has(word.lower) && words[i + 1]?.lower === 'of') start = i + 2;
      else if (cues.birthLinks.has(word.lower)) {
        for (let k = i - 1; k >= 0 && k >= i - PARENTAGE_WINDOW && words[k]!.sentence === word.sentence; k--) if (cues.birthVerbs.has(words[k]!.lower)) start = i + 1;
      }
      const parent = start >= 0 && words[start]?.sentence === word.sentence ? personAt(start) : null;
      if (parent === null) continue;
      let other = words[parent.last + 1]?.lower === 'and' ? personAt(parent.last + 2) : null;
      if (other === null && tree !== undefined) {
        const head = syntacticHead(tree, parent.first, parent.last);
        for (let k = parent.last + 2; k < words.length && words[k]!.sentence === word.sentence && other === null; k++) {
          const candidate = words[k - 1]!.lower === 'and' ? personAt(k) : null;
          if (candidate !== null && tree.relation(syntacticHead(tree, candidate.first, candidate.last)) === 'conj' && tree.head(syntacticHead(tree, candidate.first, candidate.last)) === head) other = candidate;
        }
      }
      const opposite = (gender: Gender | null): Gender | null => (gender === 'male' ? 'female' : gender === 'female' ? 'male' : null);
      // The actor's gender, else its first word's if the name lists give it ("Katherine").
      const genderOf = ({ actor, first }: { actor: Describable; first: number }) => {
        const given = words[first]!.text.split('-')[0]!;
        return actor.gender ?? (isListedGivenName(given) ? givenNameGender(given) : null);
      };
      const pair = other === null ? [parent] : [parent, other];
      if (other !== null && other.actor === parent.actor) continue;
      const genders = pair.map(genderOf);
      for (const [n, { actor }] of pair.entries()) {
        const gender = genders[n] ?? opposite(genders[1 - n] ?? null);
        for (const noun of gender === 'male' ? cues.male : gender === 'female' ? cues.female : []) describe(actor, noun);
      }
    }
  }

  /**
   * The description an "as" at word `as` opens and the actor it describes: its noun is an
   * oblique of a verb ("served as", "made a living as") and describes the verb's object if the
   * article names it, else the verb's subject (a verb in a clause of its own with no subject: its
   * head's, an adverbial clause's the main clause's even after it: "While serving as mayor, she"); with an object that is no actor ("made a living as a businessman") only a noun the
   * lists know counts, not "saw the war as a tragedy".
   */
  private asDescription(words: readonly Word[], tree: DependencyTree, as: number, actorAt: ReadonlyMap<number, Describable>, covered: (index: number) => boolean): { noun: number; actor: Describable } | null {
    if (tree.relation(as) !== 'case') return null;
    const noun = tree.head(as);
    if (noun <= as) return null;
    const listed = (word: Word) => this.typesOf(word).length > 0;
    // "as a teacher and as a reporter": a second "as" phrase coordinated with a first is the same actor's role.
    if (tree.baseRelation(noun) === 'conj') {
      const first = tree.head(noun);
      const firstAs = tree.dependentsOf(first).find((dependent) => tree.relation(dependent) === 'case' && words[dependent]!.lower === 'as');
      const found = firstAs === undefined || first >= as ? null : this.asDescription(words, tree, firstAs, actorAt, covered);
      return found !== null && describingNoun(words, tree, noun, covered, listed) && this.roleFits(words[noun]!, found.actor) ? { noun, actor: found.actor } : null;
    }
    // "her tenure as mayor", "his work as a teacher": an "as" phrase on a noun is the role of
    // the noun's possessor; without one, of whoever the noun's verb tells ("she supported
    // herself through work as a teacher").
    let attached = noun;
    if (tree.baseRelation(noun) === 'nmod' && words[tree.head(noun)]?.pos === 'NOUN') {
      attached = tree.head(noun);
      if (!listed(words[noun]!)) return null;
    } else if (tree.baseRelation(noun) !== 'obl') return null;
    if (!describingNoun(words, tree, noun, covered, listed) || tree.dependent(noun, 'det:poss', 'nmod:poss') >= 0) return null;
    const possessorOf = (owned: number) => {
      const possessor = owned >= 0 ? tree.dependent(owned, 'det:poss', 'nmod:poss') : -1;
      return possessor >= 0 && possessor < as ? actorAt.get(possessor) : undefined;
    };
    if (attached !== noun) {
      const owner = possessorOf(attached);
      if (owner !== undefined) return this.roleFits(words[noun]!, owner) ? { noun, actor: owner } : null;
      if (!['obl', 'obj', 'nsubj'].includes(tree.baseRelation(attached))) return null;
    }
    let verb = tree.head(attached);
    const object = tree.dependent(verb, 'obj');
    // "praised her work as an editor": the object's possessor when the object is no actor.
    let actor: Describable | undefined = object >= 0 && object < as ? actorAt.get(object) ?? (listed(words[noun]!) ? possessorOf(object) : undefined) : undefined;
    if (actor === undefined) {
      if (object >= 0 && !listed(words[noun]!)) return null;
      let subject = tree.dependent(verb, 'nsubj', 'nsubj:pass');
      // An adverbial clause without a subject of its own ("While serving as mayor, she ...",
      // "Used mostly as an infielder, he ...") is its main clause's subject's, wherever that stands.
      let adverbial = false;
      for (let steps = 0; subject < 0 && steps < 2 && ['conj', 'xcomp', 'advcl'].includes(tree.relation(verb)); steps++) {
        adverbial ||= tree.relation(verb) === 'advcl';
        verb = tree.head(verb);
        subject = tree.dependent(verb, 'nsubj', 'nsubj:pass');
      }
      actor = subject >= 0 && (subject < as || adverbial) ? actorAt.get(subject) : undefined;
    }
    if (actor === undefined) return null;
    return this.roleFits(words[noun]!, actor) ? { noun, actor } : null;
  }

  /** Whether a role noun fits an actor: by its types (any actor for a noun the lists lack) and its gender. */
  private roleFits(noun: Word, actor: Describable): boolean {
    const types = this.typesOf(noun);
    return fits(actor, types.length > 0 ? types : 'any') && this.genderFits(noun, actor);
  }

  /**
   * The predicate a copula at word `copula` joins to its subject, with the predicates coordinated
   * after it ("is a writer and translator"), and the actor the subject names: the subject of the
   * predicate, or of the clause it is coordinated with ("studied law and was one of the first
   * women"); not a predicate with a preposition ("was at the company").
   */
  private copulaDescription(words: readonly Word[], tree: DependencyTree, copula: number, actorAt: ReadonlyMap<number, Describable>, covered: (index: number) => boolean, pronouns: ReadonlySet<number>): { nouns: number[]; actor: Describable } | null {
    if (tree.relation(copula) !== 'cop') return null;
    const noun = tree.head(copula);
    if (noun <= copula || tree.dependent(noun, 'case') >= 0) return null;
    const listed = (word: Word) => this.typesOf(word).length > 0;
    if (!describingNoun(words, tree, noun, covered, listed)) return null;
    let clause = noun;
    let subject = tree.dependent(clause, 'nsubj');
    for (let steps = 0; subject < 0 && steps < 3 && tree.relation(clause) === 'conj'; steps++) {
      clause = tree.head(clause);
      subject = tree.dependent(clause, 'nsubj', 'nsubj:pass');
    }
    // "His daughter Lena, born in 1929, is a writer": the name in apposition to a subject that is no actor.
    const named = subject >= 0 && !actorAt.has(subject) ? tree.dependentsOf(subject).find((dependent) => tree.relation(dependent) === 'appos' && dependent < copula && actorAt.has(dependent)) : undefined;
    const actor = subject >= 0 && subject < copula && !coordinated(words, tree, subject) ? actorAt.get(named ?? subject) : undefined;
    if (actor === undefined) return null;
    const fitting = (predicate: number) => predicateFits(actor, this.typesOf(words[predicate]!), !pronouns.has(subject)) && this.genderFits(words[predicate]!, actor);
    if (!fitting(noun)) return null;
    return { nouns: [noun, ...coordinatedPredicates(tree, noun, (other) => describingNoun(words, tree, other, covered, listed) && fitting(other))], actor };
  }

  /**
   * What a clause's subject comes to be, wherever the subject stands: the noun of an "into"
   * phrase on a result verb ("the village evolved into a market town") or the complement of
   * "become" or "remain" as a verb ("grew to become a textile centre"), a noun with an article
   * or a possessor; the subject, a name, is the verb's, or that of the clause it is coordinated
   * with ("Leeds was founded ... and grew to become"), or, for "become" as the complement of
   * another verb, that verb's. Not "turned the speech into a paean", whose object it describes.
   */
  private resultDescription(words: readonly Word[], tree: DependencyTree, verb: number, actorAt: ReadonlyMap<number, Describable>, covered: (index: number) => boolean, pronouns: ReadonlySet<number>): { nouns: number[]; actor: Describable } | null {
    const word = words[verb]!;
    if (word.pos !== 'VERB') return null;
    let noun = -1;
    let clause = verb;
    if (resultVerbs().into.has(word.lower)) noun = tree.dependent(verb, 'obj') < 0 ? intoPhrase(words, tree, verb) : -1;
    else if (predicateCues().has(word.lower) && tree.relation(verb) !== 'cop') {
      noun = tree.dependent(verb, 'xcomp');
      if (tree.relation(verb) === 'xcomp') clause = tree.head(verb);
    }
    if (noun <= verb || !determined(words, tree, noun)) return null;
    const listed = (other: Word) => this.typesOf(other).length > 0;
    if (!describingNoun(words, tree, noun, covered, listed)) return null;
    let subject = tree.dependent(clause, 'nsubj');
    for (let steps = 0; subject < 0 && steps < 3 && clause >= 0 && tree.relation(clause) === 'conj'; steps++) {
      clause = tree.head(clause);
      subject = tree.dependent(clause, 'nsubj', 'nsubj:pass');
    }
    // A pronoun subject is left out: what "it" or "she" grew into rests on how the pronoun was resolved.
    const actor = subject >= 0 && subject < verb && !pronouns.has(subject) && !coordinated(words, tree, subject) ? actorAt.get(subject) : undefined;
    if (actor === undefined) return null;
    if (!predicateFits(actor, this.typesOf(words[noun]!), true) || !this.genderFits(words[noun]!, actor)) return null;
    return { nouns: [noun], actor };
  }

  /**
   * Spouses: the person a marriage verb takes as its object ("he married the physician Yang
   * Buwei", "marrying actress Jane Roe") is described as wife or husband by its gender (its
   * given name's, else the other gender than the subject's), for "his wife" later; the subject,
   * when its gender is known, as the other.
   */
  private describeSpouses(words: readonly Word[], mentionEnd: ReadonlyMap<number, Describable>, mentionFirst: ReadonlyMap<number, number>, pronouns: ReadonlySet<number>, tree: DependencyTree, describe: (actor: Describable, word: string) => void): void {
    const cues = marriage();
    // An actor's gender, else the one its resolved pronouns say ("he", "his").
    const genderOf = (actor: Describable): Gender | null => {
      if (actor.gender !== null) return actor.gender;
      for (const last of pronouns) {
        const gender = mentionEnd.get(last) === actor ? pronounGender(words[last]!.text) : undefined;
        if (gender !== undefined) return gender;
      }
      return null;
    };
    const personAt = (word: number, named: boolean) => {
      for (const [last, first] of mentionFirst) {
        if (word < first || word > last || (named && pronouns.has(last))) continue;
        const actor = mentionEnd.get(last)!;
        return actor.type === 'PERSON' ? { actor, first } : null;
      }
      return null;
    };
    for (let i = 0; i < words.length; i++) {
      if (!cues.verbs.has(words[i]!.lower) || words[i]!.pos !== 'VERB') continue;
      // The object, or the name in apposition to it ("the physician Yang Buwei").
      const object = tree.dependent(i, 'obj');
      const spouse = object < 0 ? null : personAt(object, true) ?? (tree.dependent(object, 'appos') >= 0 ? personAt(tree.dependent(object, 'appos'), true) : null);
      if (spouse === null) continue;
      let verb = i;
      let subject = tree.dependent(verb, 'nsubj');
      for (let steps = 0; subject < 0 && steps < 2 && ['conj', 'advcl', 'xcomp'].includes(tree.relation(verb)); steps++) {
        verb = tree.head(verb);
        subject = tree.dependent(verb, 'nsubj');
      }
      const partner = subject >= 0 ? personAt(subject, false) : null;
      if (partner?.actor === spouse.actor) continue;
      const given = words[spouse.first]!.text.split('-')[0]!;
      const opposite = (gender: Gender | null | undefined): Gender | null => (gender === 'male' ? 'female' : gender === 'female' ? 'male' : null);
      const partnerKnown = partner === null ? null : genderOf(partner.actor);
      const gender = genderOf(spouse.actor) ?? (isListedGivenName(given) ? givenNameGender(given) : null) ?? opposite(partnerKnown);
      for (const noun of gender === 'male' ? cues.male : gender === 'female' ? cues.female : []) describe(spouse.actor, noun);
      const partnerGender = partnerKnown ?? opposite(gender);
      if (partner !== null) for (const noun of partnerGender === 'male' ? cues.male : partnerGender === 'female' ? cues.female : []) describe(partner.actor, noun);
    }
  }

  /**
   * A description with words after its head and, after a comma, the name the parse sets in
   * apposition to it: "the head of the agency, Jane Roe", "a lawyer for the family, John Doe,".
   * The description has an article or "this"/"that" and a listed singular noun as its
   * head; a name right after the head is read with the head's phrase.
   */
  private appositionsBeforeNames(words: readonly Word[], tree: DependencyTree, mentionEnd: ReadonlyMap<number, Describable>, mentionFirst: ReadonlyMap<number, number>, pronouns: ReadonlySet<number>, covered: (index: number) => boolean, taken: ReadonlySet<number>, add: (first: number, last: number, target: Describable) => void): void {
    for (const [last, first] of mentionFirst) {
      // The comma, before an article the name leaves out ("the regulator for banks, the Monetary Board").
      const comma = words[first - 1]?.lower === 'the' ? first - 2 : first - 1;
      if (pronouns.has(last) || words[comma]?.text !== ',') continue;
      const name = syntacticHead(tree, first, last);
      if (tree.baseRelation(name) !== 'appos') continue;
      const noun = tree.head(name);
      if (noun < 0 || noun >= comma || words[noun]!.pos !== 'NOUN' || words[noun]!.sentence !== words[first]!.sentence || covered(noun)) continue;
      // A listed noun, one of them: the parse sets names in apposition to any noun ("in the wake of
      // the floods, Jane Roe said"), and a plural is a group ("the front-runners, Roe and Doe").
      // An unlisted noun only right before the comma, where the name closes the apposition ("the
      // Pirates' farm club, the Brenwick Cubs." but not "in the wake of the floods, Jane Roe said",
      // nor "a letter from the bank, NatWest"), the noun's phrase hanging on a word before it, not
      // on a verb after the name (a fronted phrase); for a person, an agent noun ("the
      // front-runner, Jane Roe", not "not on the slate, Jane Roe").
      const closes = noun === comma - 1 && CLOSING_APPOSITION.has(words[skipAsides(words, last) + 1]?.text ?? '.') && tree.head(noun) < noun
        && (mentionEnd.get(last)!.type !== 'PERSON' || AGENT_NOUN.test(words[noun]!.lower));
      if ((this.typesOf(words[noun]!).length === 0 && !closes) || isPluralForm(words[noun]!.lower)) continue;
      const start = phraseStart(tree, noun);
      if (!ARTICLES.has(words[start]!.lower) && !DEFINITE.has(words[start]!.lower)) continue;
      // "the Tigers' farm team, the Brenwick Cubs": the possessor's name is no part of it.
      let from = start;
      for (let k = start + 1; k < noun; k++) if (POSSESSIVE.test(words[k]!.text) && covered(k - 1)) from = k + 1;
      const actor = mentionEnd.get(last)!;
      // Not past a description found nearer the name: "never a gifted speaker like our new mayor,
      // Jane Roe" describes her by "mayor" alone.
      let free = true;
      for (let k = from; k < comma; k++) free &&= !taken.has(k);
      if (free && this.roleFits(words[noun]!, actor)) add(from, noun, actor);
    }
  }

  /**
   * An apposition without an article, of a singular noun with an "of" or "to" phrase that the
   * apposition ends with: "Kyiv, capital of Ukraine,", "Iowa, home to the first caucus.", "Jane
   * Roe, chief executive of Acme, said". Not a clause after a fronted phrase ("In Ohio, fear of
   * crime is rising"): a verb before the next comma or the sentence's end says it is one. Not
   * after a name that is itself an "of" phrase or follows a comma ("Carol Lee of the Daily Post,
   * winner of", "Sharon, Connecticut, home of": the description is the first one's), nor a
   * number ("Ohio, 52 percent of voters"), nor a title a person's name follows (a list: "Chief of
   * Staff Jane Roe, Deputy Chief of Staff John Doe").
   */
  private bareApposition(words: readonly Word[], mention: number, start: number, actor: Describable, mentionStart: ReadonlyMap<number, Describable>, covered: (index: number) => boolean, taken: ReadonlySet<number>, add: (first: number, last: number, target: Describable) => void): void {
    const first = words[start];
    if (first === undefined || ARTICLES.has(first.lower) || DEFINITE.has(first.lower) || covered(start)) return;
    const before = words[ARTICLES.has(words[mention - 1]?.lower ?? '') ? mention - 2 : mention - 1];
    if (before !== undefined && before.sentence === first.sentence && (before.lower === 'of' || before.text === ',')) return;
    const phrase = this.phrase(words, start, null, covered, true);
    if (phrase === null || phrase.named || isPluralForm(words[phrase.head]!.lower)) return;
    for (let k = start; k <= phrase.head; k++) if (words[k]!.pos === 'NUM') return;
    const link = words[phrase.head + 1];
    if (link === undefined || (link.lower !== 'of' && link.lower !== 'to')) return;
    const sentence = first.sentence;
    let end = phrase.head + 2;
    for (; words[end] !== undefined && words[end]!.sentence === sentence && words[end]!.text !== ','; end++) {
      if (words[end]!.pos === 'VERB' || words[end]!.pos === 'AUX') return;
    }
    if (personNamedIn(mentionStart, phrase.head + 2, end)) return;
    if (!predicateFits(actor, phrase.types === 'any' ? [] : phrase.types, true) || !this.genderFits(words[phrase.head]!, actor)) return;
    for (let k = start; k <= phrase.head; k++) if (taken.has(k)) return;
    add(start, phrase.head, actor);
  }

  /**
   * The name a mention starting at word `first` is the prepositional complement of: "Jane Roe"
   * for "Harvard" in "Jane Roe of Harvard, an economist,", "the Halden Arena" for "Norway" in
   * "the Halden Arena in Norway, a venue for concerts". An apposition after the pair may
   * describe either; the parse, else the noun's type, says which.
   */
  private outerMention(words: readonly Word[], first: number, mentionEnd: ReadonlyMap<number, Describable>, mentionFirst: ReadonlyMap<number, number>, pronouns: ReadonlySet<number>): { actor: Describable; first: number; last: number } | null {
    const preposition = words[first - 1]?.lower === 'the' ? first - 2 : first - 1;
    if (!OUTER_PREPOSITIONS.has(words[preposition]?.lower ?? '') || words[preposition]!.sentence !== words[first]!.sentence) return null;
    const last = preposition - 1;
    const actor = mentionEnd.get(last);
    if (actor === undefined || pronouns.has(last) || words[last]!.sentence !== words[first]!.sentence) return null;
    return { actor, first: mentionFirst.get(last)!, last };
  }

  /** Whether the words after a mention (ending at word `end`) may describe it: a comma and a noun, or a predicate cue. */
  private cued(words: readonly Word[], end: number): boolean {
    const sentence = words[end]!.sentence;
    if (words[end + 1]?.text === ',') {
      // "West Brenland, the ninth largest urban region", "Lake Orva, one of the northern lakes": the parse decides.
      if (words[end + 2]?.sentence === sentence && (DEFINITE.has(words[end + 2]!.lower) || words[end + 2]!.lower === 'one') && words[end + 3]?.pos !== 'PUNCT') return true;
      for (let i = end + 2; i <= end + 2 + MAX_MODIFIERS && words[i]?.sentence === sentence; i++) {
        const pos = words[i]!.pos;
        if (pos === 'NOUN') return true;
        // ", and the ministry": a conjunction after the comma coordinates; an apposition starts with none.
        if (pos === 'VERB' || pos === 'AUX' || pos === 'PUNCT' || pos === 'CCONJ') break;
      }
    }
    for (let i = end + 1; i <= end + CUE_WINDOW && words[i]?.sentence === sentence; i++) if (predicateCues().has(words[i]!.lower) || resultVerbs().into.has(words[i]!.lower)) return true;
    return false;
  }

  /** Whether the mention starting at word `first` is the object of a verb that says what it is made ("made the pair a model"): the verb right before it, or before its article. */
  private madeObject(words: readonly Word[], first: number): boolean {
    const before = words[first - 1]?.pos === 'DET' ? first - 2 : first - 1;
    return before >= 0 && words[before]!.sentence === words[first]!.sentence && resultVerbs().smallClause.has(words[before]!.lower);
  }

  /**
   * "his mother's previous marriage": the noun a possessive determiner owns is the one before
   * the next "'s", when the lists know it (the person or organisation described), not the phrase's head.
   */
  private possessorInside(words: readonly Word[], from: number, phrase: Phrase, covered: (index: number) => boolean): Phrase {
    for (let k = from + 1; k < phrase.head; k++) {
      if (!POSSESSIVE.test(words[k]!.text)) continue;
      const types = this.typesOf(words[k - 1]!);
      return types.length > 0 && !covered(k - 1) && words[k - 1]!.pos === 'NOUN' ? { head: k - 1, types, age: null, named: false } : phrase;
    }
    return phrase;
  }

  /**
   * The possessor at word `i`: a possessive determiner ("his", resolved or not), or the "'s" after
   * a mention ("Moreau's"); with the first word of the possessive and the actor it names; else null.
   */
  private possessor(words: readonly Word[], i: number, mentionStart: ReadonlyMap<number, Describable>, mentionEnd: ReadonlyMap<number, Describable>, mentionFirst: ReadonlyMap<number, number>): { first: number; actor: Describable | undefined } | null {
    const word = words[i]!;
    if (possessiveDeterminers().has(word.lower)) return { first: i, actor: mentionStart.get(i) };
    const owner = mentionEnd.get(i - 1);
    if (owner === undefined || !POSSESSIVE.test(word.text) || words[i - 1]!.sentence !== word.sentence) return null;
    return { first: mentionFirst.get(i - 1)!, actor: owner };
  }

  /**
   * The actor named right after a description's head: "the poet Lord Byron", "the minister,
   * Jane Roe", "the head of NATO, Jaap de Hoop Scheffer", "the village of Brin".
   */
  private nameAfter(words: readonly Word[], head: number, types: Phrase['types'], mentionStart: ReadonlyMap<number, Describable>, pronouns: ReadonlySet<number>, covered: (index: number) => boolean): Describable | undefined {
    let i = head + 1;
    // "the river known as the Bolon", "the town (called Brin)".
    const named = this.namingCueEnd(words, words[i]?.text === '(' || words[i]?.text === ',' ? i + 1 : i);
    if (named >= 0) {
      if (words[named]?.sentence !== words[head]!.sentence || pronouns.has(named)) return undefined;
      const actor = mentionStart.get(named) ?? (words[named]?.lower === 'the' ? mentionStart.get(named + 1) : undefined);
      return actor;
    }
    // "a well-known science museum (The Halden Museum of Science)": a name in brackets right after
    // the head is the one described.
    if (words[i]?.text === '(') {
      const inside = !mentionStart.has(i + 1) && words[i + 1]?.lower === 'the' ? i + 2 : i + 1;
      return words[inside]?.sentence === words[head]!.sentence && !pronouns.has(inside) ? mentionStart.get(inside) : undefined;
    }
    if (words[i]?.lower === 'of' && covered(i + 1)) {
      const place = mentionStart.get(i + 1);
      if (types !== 'any' && (types.includes('PLACE') || types.includes('COUNTRY')) && place !== undefined && (fits(place, types) || namingOf().has(words[head]!.lower))) return place;
      i++;
      while (covered(i)) i++;
      if (words[i]?.text !== ',') return undefined;
    }
    if (words[i]?.text === ',') i++;
    if (words[i]?.sentence !== words[head]!.sentence || pronouns.has(i)) return undefined;
    return mentionStart.get(i);
  }

  /** The word after a naming cue ("known as", "called") that starts at word `i`, or -1. */
  private namingCueEnd(words: readonly Word[], i: number): number {
    for (const cue of namingCues()) if (cue.every((part, k) => words[i + k]?.lower === part)) return i + cue.length;
    return -1;
  }

  private genderFits(noun: Word, actor: Describable): boolean {
    const gender = nounGender(noun.lower);
    return gender === undefined || actor.gender === null || actor.gender === gender;
  }

  /** The actor a definite description at words `[first, head]` refers back to. */
  private antecedent(words: readonly Word[], first: number, { head, types, age, named }: Phrase, index: ActorIndex, pronouns: ReadonlySet<number>): Describable | undefined {
    const noun = words[head]!;
    const usable = (actor: Describable) => fits(actor, types) && this.genderFits(noun, actor) && index.countBefore(actor, first) > 0;
    const byRecency = (a: Describable, b: Describable) => index.latestBefore(b, first) - index.latestBefore(a, first);
    const evidence = age !== null ? index.aged().filter((actor) => actor.age === age) : [...(index.byWord.get(noun.lower) ?? [])];
    const described = evidence.filter(usable).sort(byRecency);
    // "Rubio stopped by his headquarters. Walking in, the senator said": a subject that opens its
    // clause takes the one person the sentence before names (by name), never described by a title, over
    // one the article called a senator long ago (not an object: "attacking the former president").
    const opensClause = words[first - 1] === undefined || words[first - 1]!.sentence !== words[first]!.sentence || CLAUSE_ENDS.has(words[first - 1]!.text);
    if (described.length > 0 && age === null && opensClause) {
      const previous = index.near(words, first, 1, (position) => !pronouns.has(position)).filter(usable);
      const untitled = previous.length === 1 && previous[0]!.type === 'PERSON' && ![...previous[0]!.words].some(describesPerson) ? previous[0] : undefined;
      if (untitled !== undefined && !index.near(words, first, SENTENCES_BACK).includes(described[0]!)) return untitled;
    }
    if (described.length > 0) return described[0];
    // Without that evidence, an age or a name inside the description may mean someone else, an
    // institution named only by its own noun is not the nearest organisation ("the
    // administration"), and a spokesman or an official is not the person most mentioned, whom they
    // speak for.
    if (age !== null || named || namedInstitutions().has(noun.lower) || spokespeople().has(noun.lower)) return undefined;
    const near = index.near(words, first, SENTENCES_BACK).filter(usable);
    const byMentions = (a: Describable, b: Describable) => index.countBefore(b, first) - index.countBefore(a, first) || byRecency(a, b);
    if (near.length > 0) return near.sort(byMentions)[0];
    // None named nearby: the article's topic, the fitting actor mentioned most so far ("the city" in a guide to it).
    const topic = index.all().filter(usable).sort(byMentions)[0];
    return topic !== undefined && index.countBefore(topic, first) >= TOPIC_MENTIONS ? topic : undefined;
  }

}
