/**
 * Descriptions of actors the article names: common-noun phrases that refer to one of them.
 *
 * - Appositions: "Acme Corp., the company that ...", "Jane Roe, a lawyer," → the name's actor.
 * - Predicates: "Smith is a lawyer", "he was the first mayor" → the subject's actor.
 * - A description before a name: "the poet Lord Byron" → that name's actor.
 * - Definite descriptions: "the company", "the senator", "the 45-year-old" → the actor they fit
 *   by type and gender, preferring one the article gave that description before: a title
 *   ("Senator Smith" → "the senator"), a word of its name ("Aberdeen Grammar School" → "the
 *   school"), an earlier description, its age ("Smith, 45," → "the 45-year-old"); else the
 *   most mentioned fitting actor of the last sentences.
 *
 * The nouns are data: data/actors/descriptors.json (by actor type) and
 * data/actors/descriptor-genders.json; titles come from the caller (agent nouns, gazetteer titles).
 */
import Type from 'typebox';
import type { EntityType } from '../../document/contract.js';
import { resource, Strings } from '../../resources.js';
import type { Gender } from './gender.js';
import type { Word } from '../words.js';

type DescribedType = 'PERSON' | 'ORG' | 'COUNTRY' | 'PLACE';

const descriptorNouns = resource('descriptor nouns', (data) => {
  const lists = data.json('actors/descriptors.json', Type.Object({ PERSON: Strings, ORG: Strings, COUNTRY: Strings, PLACE: Strings }));
  const types = new Map<string, DescribedType[]>();
  for (const type of ['PERSON', 'ORG', 'COUNTRY', 'PLACE'] as const) {
    for (const noun of lists[type]) types.set(noun, [...(types.get(noun) ?? []), type]);
  }
  return types;
});

const nounGenders = resource('descriptor genders', (data) => {
  const { male, female } = data.json('actors/descriptor-genders.json', Type.Object({ male: Strings, female: Strings }));
  return new Map<string, Gender>([...male.map((noun): [string, Gender] => [noun, 'male']), ...female.map((noun): [string, Gender] => [noun, 'female'])]);
});

/** The gender a person noun says ("actress" → female), if any. */
export function nounGender(word: string | undefined): Gender | undefined {
  return word === undefined ? undefined : nounGenders().get(word.toLowerCase());
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
const POSSESSIVE = /^['’]s?$/u;
const ARTICLES = new Set(['the', 'a', 'an']);
const COPULAS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained']);
/** Words a description's modifiers may be: "the former Italian", "the 45-year-old", "the state-owned". */
const MODIFIER_POS = new Set(['ADJ', 'NUM', 'NOUN', 'ADV']);
const MAX_MODIFIERS = 4;
/** How many sentences back a description without evidence looks for its actor. */
const SENTENCES_BACK = 3;
const YEAR_OLD = /^(\d{1,3})-year-old$/;

/** An age written "45-year-old" from word `i`, as one token or five ("45", "-", "year", "-", "old"), with its last word. */
function yearOldAt(words: readonly Word[], i: number): { age: number; last: number } | null {
  const single = YEAR_OLD.exec(words[i]?.lower ?? '');
  if (single !== null) return { age: Number(single[1]), last: i };
  const parts = words.slice(i, i + 5).map((word) => word.lower);
  return /^\d{1,3}$/.test(parts[0] ?? '') && parts.slice(1).join(' ') === '- year - old' ? { age: Number(parts[0]), last: i + 4 } : null;
}
/** A plausible age in an apposition: "Smith, 45,". */
const MIN_AGE = 10;
const MAX_AGE = 120;

/** Words a parenthesis after a name may hold before it is no longer an aside. */
const MAX_PARENTHESIS = 25;

/** The last word of a parenthesis right after word `last` ("Jared Padalecki (born July 19, 1982) is"), else `last`. */
function skipParenthesis(words: readonly Word[], last: number): number {
  if (words[last + 1]?.text !== '(') return last;
  for (let i = last + 2; i < last + MAX_PARENTHESIS && words[i] !== undefined && words[i]!.sentence === words[last]!.sentence; i++) {
    if (words[i]!.text === ')') return i;
  }
  return last;
}

function fits(actor: Pick<Describable, 'type' | 'country'>, described: readonly DescribedType[] | 'any'): boolean {
  if (described === 'any') return actor.type === 'PERSON' || actor.type === 'ORG' || actor.type === 'GPE' || actor.type === 'LOC' || actor.type === 'FAC';
  if (actor.type === 'PERSON') return described.includes('PERSON');
  if (actor.type === 'ORG') return described.includes('ORG');
  if (actor.type === 'GPE' || actor.type === 'LOC' || actor.type === 'FAC') return described.includes(actor.country ? 'COUNTRY' : 'PLACE');
  return false;
}

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

  /** The actors with an age (read once the appositions are). */
  aged(): Describable[] {
    return (this.agedActors ??= this.actors.filter((actor) => actor.age !== null));
  }

  /** How many of an actor's mentions come before word `first`. */
  countBefore(actor: Describable, first: number): number {
    return lowerBound(this.sorted.get(actor)!, first, (position) => position);
  }

  /** An actor's latest mention before word `first`, or -1. */
  latestBefore(actor: Describable, first: number): number {
    const count = this.countBefore(actor, first);
    return count > 0 ? this.sorted.get(actor)![count - 1]! : -1;
  }

  /** The actors mentioned before word `first` within `back` sentences. */
  near(words: readonly Word[], first: number, back: number): Describable[] {
    const from = words[first]!.sentence - back;
    const end = lowerBound(this.mentions, first, (mention) => mention.position);
    const found = new Set<Describable>();
    for (let i = end - 1; i >= 0 && i >= end - MAX_NEAR_MENTIONS && words[this.mentions[i]!.position]!.sentence >= from; i--) found.add(this.mentions[i]!.actor);
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
  private phrase(words: readonly Word[], from: number, determiners: ReadonlySet<string> | null, covered: (index: number) => boolean, anyNoun = false): Phrase | null {
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
      const nounLike = word.pos === 'NOUN' || (word.pos === 'PROPN' && !covered(i)) || YEAR_OLD.test(word.lower);
      if (nounLike && (anyNoun ? word.pos === 'NOUN' || this.typesOf(word).length > 0 : this.typesOf(word).length > 0)) head = i;
      // "a children's book author", "Poland's third biggest city".
      if (POSSESSIVE.test(word.text)) continue;
      if (!MODIFIER_POS.has(word.pos) && !nounLike && !covered(i)) break;
    }
    if (head < 0 || covered(head)) return null;
    // The head is the last noun: "the company spokesman" is a person.
    const next = words[head + 1];
    if (next !== undefined && (next.pos === 'NOUN' || (next.pos === 'PROPN' && !covered(head + 1)))) return null;
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
   * the words inside names.
   */
  find(words: readonly Word[], actors: readonly Describable[], mentionStart: ReadonlyMap<number, Describable>, mentionEnd: ReadonlyMap<number, Describable>, pronouns: ReadonlySet<number>, covered: (index: number) => boolean): Nominal[] {
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

    // Appositions and predicates after a mention; ages in apposition.
    for (const [last, actor] of mentionEnd) {
      const end = skipParenthesis(words, last);
      const after = words[end + 1];
      if (after === undefined) continue;
      const age = after.text === ',' ? /^\d+$/.exec(words[end + 2]?.text ?? '') : null;
      if (age !== null && actor.type === 'PERSON' && words[end + 3]?.text === ',' && Number(age[0]) >= MIN_AGE && Number(age[0]) <= MAX_AGE) {
        actor.age = Number(age[0]);
        continue;
      }
      const start = end + 2;
      if (words[start]?.sentence !== after.sentence) continue;
      const article = ARTICLES.has(words[start]!.lower);
      const apposition = after.text === ',' && !pronouns.has(last) && article;
      const predicate = COPULAS.has(after.lower);
      if (!apposition && !predicate) continue;
      // "he was one of the first opponents": the phrase after "of", the mention from "one".
      const oneOf = predicate && words[start]!.lower === 'one' && words[start + 1]?.lower === 'of';
      // After a copula: an article, a possessive name ("Poland's third biggest city"), or a
      // bare noun the lists know ("she was head of the jury").
      const phrase = this.phrase(words, oneOf ? start + 2 : start, null, covered, article || oneOf || covered(start));
      if (phrase !== null && fits(actor, phrase.types) && this.genderFits(words[phrase.head]!, actor)) add(start, phrase.head, actor);
    }

    for (let i = 0; i < words.length; i++) {
      if (taken.has(i) || covered(i)) continue;
      const phrase = this.phrase(words, i, DEFINITE, covered);
      if (phrase === null) continue;
      // "the poet Lord Byron": the name that follows.
      const named = this.nameAfter(words, phrase.head, mentionStart, pronouns, covered);
      const target = named !== undefined && fits(named, phrase.types) ? named : this.antecedent(words, i, phrase, index);
      if (target !== undefined && this.genderFits(words[phrase.head]!, target)) add(i, phrase.head, target);
      i = phrase.head;
    }
    return found.sort((a, b) => a.first - b.first);
  }

  /**
   * The actor named right after a description's head: "the poet Lord Byron", "the minister,
   * Jane Roe", "the head of NATO, Jaap de Hoop Scheffer".
   */
  private nameAfter(words: readonly Word[], head: number, mentionStart: ReadonlyMap<number, Describable>, pronouns: ReadonlySet<number>, covered: (index: number) => boolean): Describable | undefined {
    let i = head + 1;
    if (words[i]?.lower === 'of' && covered(i + 1)) {
      i++;
      while (covered(i)) i++;
      if (words[i]?.text !== ',') return undefined;
    }
    if (words[i]?.text === ',') i++;
    if (words[i]?.sentence !== words[head]!.sentence || pronouns.has(i)) return undefined;
    return mentionStart.get(i);
  }

  private genderFits(noun: Word, actor: Describable): boolean {
    const gender = nounGenders().get(noun.lower);
    return gender === undefined || actor.gender === null || actor.gender === gender;
  }

  /** The actor a definite description at words `[first, head]` refers back to. */
  private antecedent(words: readonly Word[], first: number, { head, types, age, named }: Phrase, index: ActorIndex): Describable | undefined {
    const noun = words[head]!;
    const usable = (actor: Describable) => fits(actor, types) && this.genderFits(noun, actor) && index.countBefore(actor, first) > 0;
    const byRecency = (a: Describable, b: Describable) => index.latestBefore(b, first) - index.latestBefore(a, first);
    const evidence = age !== null ? index.aged().filter((actor) => actor.age === age) : [...(index.byWord.get(noun.lower) ?? [])];
    const described = evidence.filter(usable);
    if (described.length > 0) return described.sort(byRecency)[0];
    // Without that evidence, an age or a name inside the description may mean someone else.
    if (age !== null || named) return undefined;
    const near = index.near(words, first, SENTENCES_BACK).filter(usable);
    return near.sort((a, b) => index.countBefore(b, first) - index.countBefore(a, first) || byRecency(a, b))[0];
  }

}
