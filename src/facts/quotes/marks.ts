/**
 * Quotation-mark spans: curly and straight double quotes, and two apostrophes standing for one
 * (''like this'', as some newspapers' systems write them), paired within a paragraph; a quote
 * left open at a paragraph's end runs on when the next paragraph opens a quote again (the
 * newspaper convention for a quotation over several paragraphs), and ends there otherwise.
 */
import type { Word } from '../words.js';

/** The inside of a pair of quotation marks: `[start, end)` without the marks. */
export interface QuotedSpan {
  readonly start: number;
  readonly end: number;
}

const OPEN = new Set(['\u201c', '\u00ab', '\u201e']);
const CLOSE = new Set(['\u201d', '\u00bb']);
const STRAIGHT = '"';
/** Every quotation mark, so the scan jumps from one to the next instead of reading each character. */
const MARKS = /["\u201c\u00ab\u201e\u201d\u00bb]|''/g;

/** Whether a word is a quotation mark. */
export const isQuoteMark = (word: Word | undefined) => word !== undefined && /^(["“”«»„]|'')$/u.test(word.text);
/** Whether a word is a dash of its own: a hyphen, en or em dash, or a run of them ("--"). */
export const isDash = (word: Word | undefined) => word !== undefined && /^[-–—]+$/u.test(word.text);

export function quotedSpans(text: string, paragraphs: readonly (readonly [number, number])[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  /** A quote still open at the end of the previous paragraph. */
  let carried: number | null = null;
  for (const [paragraphStart, paragraphEnd] of paragraphs) {
    let open: number | null = null;
    const tags = markupTags(text, paragraphStart, paragraphEnd);
    MARKS.lastIndex = paragraphStart;
    for (let match = MARKS.exec(text); match !== null && match.index < paragraphEnd; match = MARKS.exec(text)) {
      const i = match.index;
      const char = text[i]!;
      if (tags.some(([start, end]) => start < i && i < end)) continue;
      const doubled = match[0] === "''";
      const straight = char === STRAIGHT || doubled;
      const width = doubled ? 2 : 1;
      const opens = OPEN.has(char) || (straight && open === null);
      const closes = CLOSE.has(char) || (straight && open !== null);
      if (opens && open === null) {
        // A paragraph that reopens a quote continues the one left open before it; a quote that
        // opens further into the paragraph is a new one, and the one left open ended before it.
        const continues: boolean = carried !== null && text.slice(paragraphStart, i).trim() === '';
        if (carried !== null && !continues) pushCarried(spans, text, carried);
        open = continues ? carried : i + width;
        carried = null;
      } else if (closes && open !== null) {
        if (i > open) spans.push({ start: open, end: i });
        open = null;
      }
    }
    if (carried !== null) {
      // The previous paragraph's open quote did not run on: it ended with its paragraph.
      pushCarried(spans, text, carried);
      carried = null;
    }
    if (open !== null) carried = open;
  }
  if (carried !== null) pushCarried(spans, text, carried);
  return spans.sort((a, b) => a.start - b.start);
}

/** A markup tag left in an article's text (`<tweet author="@user" date="...">`): its own quotation marks enclose attribute values. */
const MARKUP_TAG = /<\/?\p{L}[^<>\n]*>/gu;

/** The `[start, end)` of each markup tag in `[from, to)`, whose quotation marks are no quotation. */
function markupTags(text: string, from: number, to: number): [number, number][] {
  const found: [number, number][] = [];
  const inside = text.slice(from, to);
  if (!inside.includes('<')) return found;
  for (const match of inside.matchAll(MARKUP_TAG)) found.push([from + match.index, from + match.index + match[0].length]);
  return found;
}

/** Adds the quote opened at `start` and left unclosed, ended with its paragraph, unless nothing follows its mark there. */
function pushCarried(spans: QuotedSpan[], text: string, start: number): void {
  const end = carriedEnd(text, start);
  if (end > start) spans.push({ start, end });
}

/** The end of an unclosed quote: the end of the paragraph it was opened in. */
function carriedEnd(text: string, start: number): number {
  const lineBreak = text.indexOf('\n', start);
  let end = lineBreak < 0 ? text.length : lineBreak;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
