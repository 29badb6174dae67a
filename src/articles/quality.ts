import { InputError } from '../errors.js';
import { hasPaywallPrompt } from './boilerplate.js';

/** A "word" longer than this is a blob (base64, minified code, a line with no spaces), not prose. */
const MAX_WORD_CHARS = 60;
/** Matched only from the start of a run of non-space characters: trying every position inside words was slow. */
const BLOB = new RegExp(`(?<!\\S)\\S{${MAX_WORD_CHARS + 1},}`, 'g');
/** Input where blobs hold more than this share of the characters is rejected as not prose. */
const MAX_BLOB_SHARE = 0.5;
/** A final paragraph this long that stops without sentence punctuation was cut off. */
const MIN_TRUNCATED_WORDS = 12;
/** How a line that ends like a sentence (or introduces one, `:`) ends, in Latin or CJK script. */
const SENTENCE_END = /[.!?…"”’'»)\]:;。！？]\s*$/u;
/** How many closing paragraphs are searched for a subscribe prompt. */
const PAYWALL_TAIL = 3;

/** Throws NG_NOT_PROSE for text with no letters, or text made mostly of one endless token. */
export function assertProse(text: string): void {
  if (!/\p{L}/u.test(text)) {
    throw new InputError('NG_NOT_PROSE', 'the input has no words');
  }
  // Blobs are rare, so only they are matched; the rest is counted by native code.
  let blobChars = 0;
  for (const match of text.matchAll(BLOB)) blobChars += match[0].length;
  if (blobChars > 0 && blobChars / Math.max(1, text.replace(/\s+/g, '').length) > MAX_BLOB_SHARE) {
    throw new InputError('NG_NOT_PROSE', `the input is mostly unbroken runs of over ${MAX_WORD_CHARS} characters, not prose`);
  }
}

export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** The last paragraph is a full-length sentence that stops mid-way. */
export function looksTruncated(paragraphs: string[]): boolean {
  const last = paragraphs[paragraphs.length - 1];
  if (!last) return false;
  return last.split(/\s+/).length >= MIN_TRUNCATED_WORDS && !endsLikeSentence(last);
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
