/** The article's word tokens (no whitespace) with offsets, and lookups by character position. */
import type { TokenLayer } from '../document/doc.js';
import { numberLexicon } from '../nlp/numbers.js';
import type { DependencyTree } from './tree.js';

export interface Word {
  readonly text: string;
  /** The word as the taggers read it: `text`, lower-cased where a title-case headline capitalised a common word (nlp/casing.ts). */
  readonly form: string;
  /** `text` lower-cased, with a typographic apostrophe written as the straight one ("didn’t" → "didn't"), as the lexicons spell it. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Index of the sentence the word is in. */
  readonly sentence: number;
  /** Universal part-of-speech tag (VERB, NOUN, PROPN, AUX, ...). */
  readonly pos: string;
}

/**
 * `build`, remembering its result for the last key only: the stages of one article ask in turn
 * for what is built once per article from one of its layers (the key; the other arguments
 * come from the same article). A WeakMap of articles would do the same, but the garbage
 * collector traces its entries again at every collection, which cost more than it saved.
 */
export function cachedForLast<K extends object, A extends unknown[], V>(build: (key: K, ...rest: A) => V): (key: K, ...rest: A) => V {
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  return (key, ...rest) => {
    if (key !== lastKey) {
      lastValue = build(key, ...rest);
      lastKey = key;
    }
    return lastValue!;
  };
}

/** The article's words, built once per tokens layer for the fact stages that each ask for them. */
export const wordsOf = cachedForLast((layer: TokenLayer, sentences: readonly [number, number][]): Word[] => {
  const words: Word[] = [];
  let sentence = 0;
  for (let index = 0; index < layer.tokens.length; index++) {
    const value = layer.texts[index]!;
    if (value.trim() === '') continue;
    const offsets = layer.tokens[index]!;
    const start = offsets[0];
    while (sentence < sentences.length - 1 && start >= sentences[sentence]![1]) sentence++;
    words.push({ text: value, form: layer.forms[index]!, lower: value.toLowerCase().replaceAll('’', "'"), start, end: offsets[1], sentence, pos: layer.pos[index] ?? 'X' });
  }
  return words;
});

/**
 * Whether a word is capitalised as running text would write it: its `form`, so that a title-case
 * headline's common words ("Vows", "To") are no names to the stages that ask.
 */
export const isCapitalised = (word: Word | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word.form);

/** Quotation marks as words: curly, straight, and two apostrophes for one (''like this''), opening and closing. */
const OPENING_QUOTE_MARKS = new Set(['“', '"', '‘', "''"]);
const CLOSING_QUOTE_MARKS = new Set(['”', '"', '’', "''"]);

/** Whether a word is a quotation mark that may open a quotation. */
export const isOpeningQuote = (word: Word | undefined): boolean => word !== undefined && OPENING_QUOTE_MARKS.has(word.text);

/** Whether a word is a quotation mark that may close a quotation. */
export const isClosingQuote = (word: Word | undefined): boolean => word !== undefined && CLOSING_QUOTE_MARKS.has(word.text);

/** Pronouns that say no one did it ("nobody", "none"; "no one" is "one" with "no"). */
const NEGATIVE_PRONOUNS = new Set(['nobody', 'none', 'noone']);

/**
 * Whether verb `verb`'s subject says no one ("Nobody asked about it", "no one has ever hit
 * him", "none of them said"): what it tells did not happen, and nobody said it.
 */
export function hasNegativeSubject(words: readonly Word[], tree: DependencyTree, verb: number): boolean {
  const subject = tree.dependent(verb, 'nsubj', 'nsubj:pass');
  if (subject < 0) return false;
  const word = words[subject]!.lower;
  return NEGATIVE_PRONOUNS.has(word) || (word === 'one' && words[subject - 1]?.lower === 'no');
}

/** Whether a word, any case, has a plural's form: an "-s" that is no "-ss" or "-us" ("officials", not "Congress"), or a plural without one ("people"). */
export const isPluralForm = (text: string): boolean => /\p{L}[^su]s$/u.test(text.toLowerCase()) || numberLexicon().pluralsWithoutS.has(text.toLowerCase());

/**
 * `text` from `start` to `end` with each word in it as the taggers read it (`form`): the same
 * characters but where a title-case headline capitalised a common word ("Vows To Eliminate Tax
 * Breaks" → "vows to eliminate tax breaks"), for the text of a fact read from a headline.
 */
export function truecasedSlice(text: string, words: readonly Word[], start: number, end: number): string {
  let sliced = text.slice(start, end);
  for (let i = wordAt(words, start); i < words.length && words[i]!.end <= end; i++) {
    const word = words[i]!;
    if (word.form !== word.text) sliced = sliced.slice(0, word.start - start) + word.form + sliced.slice(word.end - start);
  }
  return sliced;
}

/** Index of the first word (or of any spans sorted by start) starting at or after `offset`. */
export function wordAt(words: readonly { readonly start: number }[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Phrases of one or more words, kept by their first word so that most words cost one lookup. */
export class PhraseList {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const parts = phrase.split(' ');
      this.byFirst.set(parts[0]!, [...(this.byFirst.get(parts[0]!) ?? []), parts]);
    }
    // Longest first, so "is set to" wins over "is".
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The longest phrase of the list that starts at word `index`, as its words. */
  at(words: readonly Word[], index: number): readonly string[] | undefined {
    return this.byFirst.get(words[index]!.lower)?.find((parts) => parts.every((part, k) => words[index + k]?.lower === part));
  }
}

/** Whether a word is a full stop, comma, semicolon, colon, question or exclamation mark. */
export const isPunctuation = (word: Word | undefined): boolean => word !== undefined && /^[.,;:!?]$/u.test(word.text);
