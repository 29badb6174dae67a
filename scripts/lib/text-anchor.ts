/**
 * Anchors that find a run of words in a copyrighted text without keeping the words. The gold
 * sets on PolNeAR (stances and commitments, corpus events) must say which sentence of an
 * article a record is about, and the repo may not hold article text. An annotator writes a short
 * verbatim excerpt; the anchor scripts turn it into a `TextAnchor` (how many words, how many
 * characters, and a SHA-256 prefix of the words joined by single spaces), and the evals find the
 * run again by hashing the runs of that many words and characters in the text.
 *
 * Words are runs of non-space characters, so an anchor survives changes of whitespace (line
 * breaks, doubled spaces) but not of the words themselves. Hashing runs by hand: no maintained
 * package finds a hashed run of words in a text.
 */
import { createHash } from 'node:crypto';
import Type, { type Static } from 'typebox';

export const TextAnchorSchema = Type.Object({
  /** How many whitespace-separated words the run has. */
  words: Type.Integer({ minimum: 1 }),
  /** The run's length in UTF-16 units with its words joined by single spaces. */
  chars: Type.Integer({ minimum: 1 }),
  /** The first 16 hex digits of the SHA-256 of the words joined by single spaces. */
  sha256: Type.String({ pattern: '^[0-9a-f]{16}$' }),
}, { additionalProperties: false });

export type TextAnchor = Static<typeof TextAnchorSchema>;

interface Word {
  readonly start: number;
  readonly end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

const digest = (joined: string) => createHash('sha256').update(joined, 'utf8').digest('hex').slice(0, 16);

/** The anchor of the words of `text` that `span` touches (a word cut by the span counts whole). */
export function anchorOf(text: string, span: readonly [number, number]): TextAnchor {
  const words = wordsOf(text).filter((word) => word.start < span[1] && span[0] < word.end);
  if (words.length === 0) throw new Error(`no word in [${span[0]}, ${span[1]})`);
  const joined = words.map((word) => text.slice(word.start, word.end)).join(' ');
  return { words: words.length, chars: joined.length, sha256: digest(joined) };
}

/** Every `[start, end)` of `text` whose words are the anchor's run, in text order. */
export function findAnchor(text: string, anchor: TextAnchor): [number, number][] {
  const words = wordsOf(text);
  const found: [number, number][] = [];
  for (let first = 0, last = anchor.words - 1; last < words.length; first++, last++) {
    let chars = anchor.words - 1;
    for (let i = first; i <= last; i++) chars += words[i]!.end - words[i]!.start;
    if (chars !== anchor.chars) continue;
    const joined = words.slice(first, last + 1).map((word) => text.slice(word.start, word.end)).join(' ');
    if (digest(joined) === anchor.sha256) found.push([words[first]!.start, words[last]!.end]);
  }
  return found;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every place a verbatim excerpt occurs in a text, words matched exactly, whitespace runs loosely. */
export function locateExcerpt(text: string, excerpt: string): [number, number][] {
  const words = excerpt.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu');
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

/**
 * The anchor an annotator's excerpt becomes in `text`, or why it cannot: the excerpt must occur
 * exactly once and have 1 to `maxWords` words.
 */
export function anchorExcerpt(text: string, excerpt: string, maxWords: number): TextAnchor | string {
  const words = wordCount(excerpt);
  if (words === 0 || words > maxWords) return `the excerpt has ${words} words (1-${maxWords})`;
  const found = locateExcerpt(text, excerpt);
  if (found.length !== 1) return `the excerpt occurs ${found.length} times`;
  return anchorOf(text, found[0]!);
}
