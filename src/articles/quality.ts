import { InputError } from '../errors.js';
import { hasPaywallPrompt } from './boilerplate.js';
import { countWords, endsWithoutFullStop, forEachStretch, hasUnspacedText, unspacedScripts } from './scripts.js';

/** A "word" longer than this is a blob (base64, minified code, a line with no spaces), not prose. */
const MAX_WORD_CHARS = 60;
/**
 * The start of a blob: matched only from the start of a run of non-space characters (trying every
 * position inside words was slow), and only its first characters. An open-ended `\S{61,}` overflowed
 * the regular expression engine's backtracking stack on a run of a few million characters (a 10 MB
 * token threw "Maximum call stack size exceeded", an NG_INTERNAL): the run's end is found by
 * searching for the next space instead.
 */
const BLOB_START = `(?<!\\S)\\S{${MAX_WORD_CHARS + 1}}`;
/** Input where blobs hold more than this share of the characters is rejected as not prose. */
const MAX_BLOB_SHARE = 0.5;
/** A final paragraph this long that stops without sentence punctuation was cut off. */
const MIN_TRUNCATED_WORDS = 12;
/** How a line that ends like a sentence (or introduces one, `:`) ends, in Latin or CJK script. */
const SENTENCE_END = /[.!?…"”’'»)\]:;。！？]\s*$/u;
/** How many closing paragraphs are searched for a subscribe prompt. */
const PAYWALL_TAIL = 3;

/**
 * Throws NG_NOT_PROSE for text with no letters, or text made mostly of one endless token. Scripts
 * written without spaces (data/unspaced-scripts.json) are measured in sentences, not runs: a
 * Japanese paragraph is one long run and still prose.
 */
export function assertProse(text: string): void {
  if (!/\p{L}/u.test(text)) {
    throw new InputError('NG_NOT_PROSE', 'the input has no words');
  }
  // Blobs are rare, so only they are matched; the rest is counted by native code.
  const blobChars = blobLength(text);
  if (blobChars > 0 && blobChars / Math.max(1, text.replace(/\s+/g, '').length) > MAX_BLOB_SHARE) {
    throw new InputError('NG_NOT_PROSE', `the input is mostly unbroken runs of over ${MAX_WORD_CHARS} characters (or sentences of over ${unspacedScripts().maxSentenceChars} in scripts without spaces), not prose`);
  }
}

/**
 * The characters of `text` in blobs: runs of more than MAX_WORD_CHARS non-space characters, less
 * what in them is sentences of a script written without spaces (up to maxSentenceChars each).
 */
function blobLength(text: string): number {
  const start = new RegExp(BLOB_START, 'g');
  const space = /\s/g;
  let total = 0;
  for (let match = start.exec(text); match !== null; match = start.exec(text)) {
    space.lastIndex = start.lastIndex;
    const end = space.exec(text)?.index ?? text.length;
    total += blobCharsInRun(text.slice(match.index, end));
    start.lastIndex = end;
  }
  return total;
}

/** The blob characters of one run of non-space characters (sliced out, so no search runs past it). */
function blobCharsInRun(run: string): number {
  if (!hasUnspacedText(run)) return run.length;
  const { maxSentenceChars } = unspacedScripts();
  let blob = 0;
  forEachStretch(run, (length, unspaced) => {
    if (length > (unspaced ? maxSentenceChars : MAX_WORD_CHARS)) blob += length;
  });
  return blob;
}

export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/**
 * The last paragraph is a full-length sentence that stops mid-way. Words are counted by script;
 * a paragraph in a script that ends sentences with a space (Thai) cannot be judged.
 */
export function looksTruncated(paragraphs: string[]): boolean {
  const last = paragraphs[paragraphs.length - 1];
  if (!last || endsLikeSentence(last) || endsWithoutFullStop(last)) return false;
  return countWords(last) >= MIN_TRUNCATED_WORDS;
}

/**
 * Removes a subscribe prompt from the last few paragraphs. `paywall` is true when there was
 * one: the text is a teaser of a longer article.
 */
export function removePaywallPrompt(paragraphs: string[]): { paragraphs: string[]; paywall: boolean } {
  const tailStart = Math.max(0, paragraphs.length - PAYWALL_TAIL);
  const kept = paragraphs.filter((paragraph, index) => index < tailStart || !hasPaywallPrompt(paragraph));
  return { paragraphs: kept, paywall: kept.length < paragraphs.length };
}
