import Type from 'typebox';
import { resource, Strings } from '../resources.js';

const UnspacedScriptsSchema = Type.Object({
  scripts: Strings,
  sentenceEnds: Type.String(),
  maxSentenceChars: Type.Integer({ minimum: 1 }),
  withoutFullStop: Strings,
});

/** data/unspaced-scripts.json, compiled once. Every pattern matches a single character, so none can backtrack. */
export interface UnspacedScripts {
  /** Any character of a script written without spaces. */
  readonly any: RegExp;
  /** Global: a character of such a script that is not a full stop (inside a sentence). */
  readonly inSentence: RegExp;
  /** Global: any other character (it ends a stretch of unspaced sentence text). */
  readonly outside: RegExp;
  /** A text's last letter is in a script that ends sentences with a space, not a mark. */
  readonly endsWithoutFullStop: RegExp;
  readonly maxSentenceChars: number;
}

const scriptClass = (scripts: readonly string[]) => scripts.map((script) => `\\p{scx=${script}}`).join('');
const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');

export const unspacedScripts = resource('unspaced scripts', (data): UnspacedScripts => {
  const file = data.json('unspaced-scripts.json', UnspacedScriptsSchema);
  const letters = scriptClass(file.scripts);
  const ends = escapeClass(file.sentenceEnds);
  return {
    any: new RegExp(`[${letters}]`, 'u'),
    inSentence: new RegExp(`(?![${ends}])[${letters}]`, 'gu'),
    outside: new RegExp(`[^${letters}]|[${ends}]`, 'gu'),
    endsWithoutFullStop: new RegExp(`[${scriptClass(file.withoutFullStop)}]\\P{L}*$`, 'u'),
    maxSentenceChars: file.maxSentenceChars,
  };
});

/** The text has characters of a script written without spaces between words. */
export function hasUnspacedText(text: string): boolean {
  return unspacedScripts().any.test(text);
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * The number of words: space-separated runs, or, in text with characters of a script written
 * without spaces, the words Intl.Segmenter finds (ICU's dictionaries for Chinese, Japanese, Thai).
 */
export function countWords(text: string): number {
  if (!hasUnspacedText(text)) return text.split(' ').length;
  let words = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** A text that ends in a script whose sentences end with a space: whether it stops mid-sentence cannot be seen. */
export function endsWithoutFullStop(text: string): boolean {
  return unspacedScripts().endsWithoutFullStop.test(text);
}

/**
 * Splits `run` (text with no spaces) into its stretches of unspaced-script sentence text and the
 * stretches between them, calling `visit` with each one's length and kind.
 */
export function forEachStretch(run: string, visit: (length: number, unspaced: boolean) => void): void {
  const { inSentence, outside } = unspacedScripts();
  let position = 0;
  let unspaced = false;
  while (position < run.length) {
    const next = unspaced ? outside : inSentence;
    next.lastIndex = position;
    const stop = next.exec(run)?.index ?? run.length;
    if (stop > position) visit(stop - position, unspaced);
    position = stop;
    unspaced = !unspaced;
  }
}
