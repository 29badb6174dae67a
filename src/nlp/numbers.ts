import Type from 'typebox';
import { resource, Strings } from '../resources.js';

/**
 * Number phrases: digits ("1,200.5", "2.5m", "21st"), words ("two hundred and fifty
 * thousand", "a dozen", "half a million") and both ("1.2 million"). The lexicon is the
 * `numbers` section of `data/values.json`.
 */

/**
 * A token of the values layer: a run of ASCII digits (with inner `.`/`,`), a run of letters, or
 * one other character. The values layer splits finer than wink's tokens (which keep "$90bn",
 * "1996-08-22" or "10-day" whole) because number phrases are read digit run by unit word.
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  readonly kind: 'num' | 'word' | 'sym';
}

const TOKEN = /(\d+(?:[.,]\d+)*)|(\p{L}+)|([^\s\p{L}\p{N}])/gu;

/** Tokens of `text[start, end)` with offsets into `text`. */
export function tokenizeRange(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = start;
  for (let match = TOKEN.exec(text); match && match.index < end; match = TOKEN.exec(text)) {
    const value = match[0];
    const tokenEnd = Math.min(match.index + value.length, end);
    const body = value.slice(0, tokenEnd - match.index);
    tokens.push({
      start: match.index,
      end: tokenEnd,
      text: body,
      lower: body.toLowerCase(),
      kind: match[1] !== undefined ? 'num' : match[2] !== undefined ? 'word' : 'sym',
    });
  }
  return tokens;
}

/** Whether two tokens touch, with no space between them. */
export function adjacent(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start;
}

/**
 * Length in tokens of the phrase `words` (lower-case, split on spaces) at `tokens[i]`, or 0.
 * Punctuation inside a phrase ("per cent", "u.s. dollars") is matched as its own tokens.
 */
export function phraseAt(tokens: readonly Token[], i: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) {
    if (tokens[i + k]?.lower !== words[k]) return 0;
  }
  return words.length;
}

/** Splits a phrase into the tokens `tokenizeRange` would give it. */
export function phraseWords(phrase: string): string[] {
  return tokenizeRange(phrase.toLowerCase(), 0, phrase.length).map((token) => token.lower);
}

/** Phrases indexed by their first word, longest first, for `longestPhrase`. */
export type PhraseList<T> = ReadonlyMap<string, readonly { readonly words: readonly string[]; readonly value: T }[]>;

export function phraseList<T>(entries: Record<string, T>): PhraseList<T> {
  const list = new Map<string, { words: string[]; value: T }[]>();
  for (const [phrase, value] of Object.entries(entries)) {
    const words = phraseWords(phrase);
    if (words.length === 0) continue;
    const bucket = list.get(words[0]!) ?? [];
    bucket.push({ words, value });
    list.set(words[0]!, bucket);
  }
  for (const bucket of list.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return list;
}

/** The longest phrase of `list` at `tokens[i]`, with its length in tokens. */
export function longestPhrase<T>(tokens: readonly Token[], i: number, list: PhraseList<T>): { value: T; length: number } | null {
  const token = tokens[i];
  if (!token) return null;
  for (const entry of list.get(token.lower) ?? []) {
    const length = phraseAt(tokens, i, entry.words);
    if (length > 0) return { value: entry.value, length };
  }
  return null;
}

const NumbersSchema = Type.Object({
  units: Type.Record(Type.String(), Type.Number()),
  tens: Type.Record(Type.String(), Type.Number()),
  hundred: Type.String(),
  scales: Type.Record(Type.String(), Type.Number()),
  multipliers: Type.Record(Type.String(), Type.Number()),
  fractions: Type.Record(Type.String(), Type.Number()),
  articles: Strings,
  scaleSuffixes: Type.Object({ always: Type.Record(Type.String(), Type.Number()), moneyOnly: Type.Record(Type.String(), Type.Number()) }),
  ordinals: Type.Record(Type.String(), Type.Number()),
  ordinalScales: Type.Record(Type.String(), Type.Number()),
  ordinalSuffixes: Strings,
  vague: Strings,
  oneNotAfter: Strings,
  oneNotBefore: Strings,
  fractionDenominators: Strings,
  rangeLinks: Strings,
  pluralsWithoutS: Strings,
});

interface NumberLexicon {
  readonly units: ReadonlyMap<string, number>;
  readonly tens: ReadonlyMap<string, number>;
  readonly hundred: string;
  readonly scales: ReadonlyMap<string, number>;
  readonly multipliers: ReadonlyMap<string, number>;
  readonly fractions: ReadonlyMap<string, number>;
  readonly articles: ReadonlySet<string>;
  readonly suffixAlways: ReadonlyMap<string, number>;
  readonly suffixMoney: ReadonlyMap<string, number>;
  readonly ordinals: ReadonlyMap<string, number>;
  readonly ordinalScales: ReadonlyMap<string, number>;
  readonly ordinalSuffixes: ReadonlySet<string>;
  readonly vague: ReadonlySet<string>;
  readonly oneNotAfter: ReadonlySet<string>;
  readonly oneNotBefore: ReadonlySet<string>;
  readonly fractionDenominators: ReadonlySet<string>;
  /** Words and marks joining two numbers into a range ("5 to 10 percent"). */
  readonly rangeLinks: ReadonlySet<string>;
  /** Plural nouns not ending in s ("people"), for counts written "2.5m people". */
  readonly pluralsWithoutS: ReadonlySet<string>;
}

const map = (record: Record<string, number>) => new Map(Object.entries(record));

export const numberLexicon = resource('number words', (data): NumberLexicon => {
  const file = data.json('values.json', Type.Object({ numbers: NumbersSchema })).numbers;
  return {
    units: map(file.units),
    tens: map(file.tens),
    hundred: file.hundred,
    scales: map(file.scales),
    multipliers: map(file.multipliers),
    fractions: map(file.fractions),
    articles: new Set(file.articles),
    suffixAlways: map(file.scaleSuffixes.always),
    suffixMoney: map(file.scaleSuffixes.moneyOnly),
    ordinals: map(file.ordinals),
    ordinalScales: map(file.ordinalScales),
    ordinalSuffixes: new Set(file.ordinalSuffixes),
    vague: new Set(file.vague),
    oneNotAfter: new Set(file.oneNotAfter),
    oneNotBefore: new Set(file.oneNotBefore),
    fractionDenominators: new Set(file.fractionDenominators),
    rangeLinks: new Set(file.rangeLinks),
    pluralsWithoutS: new Set(file.pluralsWithoutS),
  };
});

/** A number phrase found at a token. */
export interface NumberMatch {
  /** Index of the first token. */
  readonly first: number;
  /** Index after the last token. */
  readonly next: number;
  /** The number, or null for a count without a value ("thousands of"). */
  readonly value: number | null;
  readonly ordinal: boolean;
  /** Product of the scale words in the phrase ("1.2 million": 1e6), 1 without one. */
  readonly scale: number;
  /** Letters written straight after the digits and not read as part of the number ("km" in "50km"), lower-case. */
  readonly suffix: string | null;
  /** True when the phrase is only digits (no words, no suffix): "2025", "1,200". */
  readonly digitsOnly: boolean;
  /** "half a": a number only before a unit ("half a percentage point", "half an hour"). */
  readonly needsUnit?: boolean;
}

/** Rounds away binary noise: 2.3 * 1e9 is 2300000000, not 2299999999.9999995. */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

function parseDigits(text: string): number | null {
  if (!DIGITS.test(text)) return null;
  const value = Number(text.replaceAll(',', ''));
  return Number.isFinite(value) ? value : null;
}

/** Scale words after a number ("million", "billion"), multiplied; returns the product and the next index. */
function scalesAfter(tokens: readonly Token[], i: number): { scale: number; next: number } {
  const lexicon = numberLexicon();
  let scale = 1;
  let next = i;
  for (;;) {
    const word = tokens[next]?.lower ?? '';
    const factor = lexicon.scales.get(word) ?? (word === lexicon.hundred ? 100 : lexicon.multipliers.get(word));
    if (factor === undefined || tokens[next]?.kind !== 'word') break;
    scale *= factor;
    next++;
  }
  return { scale, next };
}

/** A number written with digits at `tokens[i]`, with an attached suffix and following scale words. */
function digitNumber(tokens: readonly Token[], i: number, money: boolean): NumberMatch | null {
  const lexicon = numberLexicon();
  const token = tokens[i]!;
  const value = parseDigits(token.text);
  if (value === null) return null;
  const before = tokens[i - 1];
  // Part of an identifier: "G7", "F-16", "COVID-19".
  if (!money && adjacent(before, token) && before!.kind === 'word') return null;
  if (before?.text === '-' && adjacent(before, token) && tokens[i - 2]?.kind === 'word' && adjacent(tokens[i - 2], before)) return null;
  let next = i + 1;
  let suffix: string | null = null;
  let scale = 1;
  const after = tokens[next];
  if (after?.kind === 'word' && adjacent(token, after)) {
    const word = after.lower;
    if (lexicon.ordinalSuffixes.has(word) && Number.isInteger(value)) {
      return { first: i, next: next + 1, value, ordinal: true, scale: 1, suffix: null, digitsOnly: false };
    }
    const factor = lexicon.suffixAlways.get(word) ?? (money ? lexicon.suffixMoney.get(word) : undefined);
    if (factor !== undefined) scale = factor;
    else suffix = word;
    next++;
  }
  if (suffix === null) {
    const more = scalesAfter(tokens, next);
    scale *= more.scale;
    next = more.next;
  }
  return { first: i, next, value: clean(value * scale), ordinal: false, scale, suffix, digitsOnly: next === i + 1 };
}

type WordKind = 'start' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'article' | 'fraction';

/** A number spelled in words at `tokens[i]`: "twenty-five", "two hundred and fifty thousand", "a million". */
function wordNumber(tokens: readonly Token[], i: number): NumberMatch | null {
  const lexicon = numberLexicon();
  let total = 0;
  let current = 0;
  let last: WordKind = 'start';
  let fraction = 0;
  let scale = 1;
  let end = i;
  let j = i;
  let ordinal = false;
  while (j < tokens.length) {
    const token = tokens[j]!;
    const word = token.lower;
    if (token.kind === 'sym') {
      // "twenty-five": a hyphen only between a tens word and what follows it.
      if (word === '-' && last === 'tens' && adjacent(tokens[j - 1], token) && adjacent(token, tokens[j + 1])) { j++; continue; }
      break;
    }
    if (token.kind !== 'word') break;
    const unit = lexicon.units.get(word);
    const tens = lexicon.tens.get(word);
    const ordinalValue = lexicon.ordinals.get(word);
    const factor = lexicon.scales.get(word);
    if (unit !== undefined) {
      if (last === 'unit' || last === 'teen' || last === 'article' || last === 'fraction' || (unit >= 10 && last === 'tens')) break;
      current += unit;
      last = unit >= 10 ? 'teen' : 'unit';
    } else if (tens !== undefined) {
      if (last === 'unit' || last === 'teen' || last === 'tens' || last === 'article' || last === 'fraction') break;
      current += tens;
      last = 'tens';
    } else if (ordinalValue !== undefined) {
      if (last === 'article' || last === 'fraction' || (last === 'unit' || last === 'teen') || (ordinalValue >= 10 && last === 'tens')) break;
      current += ordinalValue;
      ordinal = true;
      end = j + 1;
      break;
    } else if (word === lexicon.hundred) {
      if (last === 'hundred' || last === 'scale' || last === 'start' || last === 'fraction') break;
      current = (current || 1) * 100;
      scale = 100;
      last = 'hundred';
    } else if (lexicon.ordinalScales.has(word)) {
      if (last === 'start' || last === 'article' || last === 'fraction') break;
      current = (current || 1) * lexicon.ordinalScales.get(word)!;
      ordinal = true;
      end = j + 1;
      break;
    } else if (factor !== undefined) {
      if (last === 'start' || last === 'scale') break;
      if (last === 'fraction') current = fraction;
      total += (current || 1) * factor;
      current = 0;
      scale = factor;
      last = 'scale';
    } else if (lexicon.multipliers.has(word)) {
      if (last === 'start' || last === 'scale') break;
      // "a dozen", "half a dozen", "two dozen": a multiplier ends the phrase.
      current = (last === 'fraction' ? fraction : current || 1) * lexicon.multipliers.get(word)!;
      end = j + 1;
      break;
    } else if (lexicon.articles.has(word)) {
      // "a million", "half a million": an article only before a scale word.
      if (last !== 'start' && last !== 'fraction') break;
      const following = tokens[j + 1]?.lower ?? '';
      if (!lexicon.scales.has(following) && following !== lexicon.hundred && !lexicon.multipliers.has(following)) {
        if (last === 'fraction') j++;
        break;
      }
      if (last === 'start') current = 1;
      last = last === 'fraction' ? 'fraction' : 'article';
    } else if (lexicon.fractions.has(word) && last === 'start') {
      fraction = lexicon.fractions.get(word)!;
      last = 'fraction';
    } else if (word === 'and' && (last === 'hundred' || last === 'scale')) {
      const following = tokens[j + 1]?.lower ?? '';
      if (!lexicon.units.has(following) && !lexicon.tens.has(following) && !lexicon.ordinals.has(following)) break;
    } else {
      break;
    }
    j++;
    if (last !== 'article' && last !== 'fraction') end = j;
  }
  if (end === i) {
    // "half a percentage point": the fraction and its article, if a unit follows (the caller checks).
    if (last === 'fraction' && j > i + 1) return { first: i, next: j, value: fraction, ordinal: false, scale: 1, suffix: null, digitsOnly: false, needsUnit: true };
    return null;
  }
  const value = clean(total + current);
  if (value === 0 && tokens[i]?.lower !== 'zero') return null;
  return { first: i, next: end, value, ordinal, scale, suffix: null, digitsOnly: false };
}

/** "thousands of", "tens of thousands of": a count without a value. */
function vagueNumber(tokens: readonly Token[], i: number): NumberMatch | null {
  const lexicon = numberLexicon();
  let j = i;
  if (tokens[j]?.lower === 'tens' && tokens[j + 1]?.lower === 'of' && lexicon.vague.has(tokens[j + 2]?.lower ?? '')) j += 2;
  if (!lexicon.vague.has(tokens[j]?.lower ?? '') || tokens[j + 1]?.lower !== 'of') return null;
  return { first: i, next: j + 1, value: null, ordinal: false, scale: 1, suffix: null, digitsOnly: false };
}

/** Words a number phrase can start with, so that most words are turned down by one lookup. */
const numberStarts = resource('number starts', (): ReadonlySet<string> => {
  const lexicon = numberLexicon();
  return new Set([
    ...lexicon.units.keys(), ...lexicon.tens.keys(), ...lexicon.ordinals.keys(), ...lexicon.articles,
    ...lexicon.fractions.keys(), ...lexicon.vague, 'tens',
  ]);
});

/** Whether a number phrase may start at this token (digits, or a word that can begin one). */
export function mayStartNumber(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'num' || (token.kind === 'word' && numberStarts().has(token.lower)));
}

/**
 * The number phrase starting at `tokens[i]`, or null. With `money`, short suffixes that are
 * ambiguous elsewhere read as scales ("$5m" is five million; "a 50m pool" is fifty metres).
 */
export function matchNumber(tokens: readonly Token[], i: number, money = false): NumberMatch | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.kind === 'num') return digitNumber(tokens, i, money);
  if (!mayStartNumber(token)) return null;
  const match = wordNumber(tokens, i) ?? vagueNumber(tokens, i);
  if (match && (isPronounOne(tokens, match) || isFraction(tokens, match))) return null;
  return match;
}

/** "two-thirds": a fraction, not a count of two. */
function isFraction(tokens: readonly Token[], match: NumberMatch): boolean {
  const hyphen = tokens[match.next];
  const denominator = tokens[match.next + 1];
  return hyphen?.text === '-' && adjacent(tokens[match.next - 1], hyphen) && adjacent(hyphen, denominator)
    && numberLexicon().fractionDenominators.has(denominator!.lower);
}

/** "no one", "the one who", "one another": "one" as a pronoun, not a count. */
function isPronounOne(tokens: readonly Token[], match: NumberMatch): boolean {
  if (match.next !== match.first + 1 || tokens[match.first]!.lower !== 'one') return false;
  const lexicon = numberLexicon();
  const before = tokens[match.first - 1]?.lower ?? '';
  const after = tokens[match.next];
  const afterWord = after?.lower ?? '';
  if (lexicon.oneNotAfter.has(before)) return true;
  if (lexicon.oneNotBefore.has(afterWord)) return true;
  // "one's": the apostrophe is its own token.
  return (afterWord === "'" || afterWord === '’') && tokens[match.next + 1]?.lower === 's';
}
