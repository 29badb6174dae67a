import type { ArticleFlag } from '../document/contract.js';
import type { ArticleParts } from './assemble.js';
import { boilerplateConcept, signoffPublisher } from './boilerplate.js';
import { normalizeDate } from './dates.js';
import { detectLanguage } from './language.js';
import { endsLikeSentence, looksTruncated, removePaywallPrompt } from './quality.js';
import { countWords } from './scripts.js';

/** A first line reads as a headline when it is this short and does not end like a sentence. */
const HEADLINE = { maxWords: 25, maxChars: 250 } as const;
/** A bare sign-off line ("Aaj English", "Reuters") has at most this many words. */
const SIGNOFF_MAX_WORDS = 4;
const SIGNOFF_MAX_CHARS = 40;
const CAPITALISED_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*$/u;
const DATELINE_PREFIX = /^(published|posted|updated|date|dated)(\s+on)?\s*:?\s*/i;

/** Hard-wrapped text (e-mail, Markdown, fixed-width archives) has no line longer than this. */
const WRAPPED_LINE_CHARS = 100;

/**
 * Splits text into paragraphs. In hard-wrapped text (short lines, blank lines between
 * paragraphs) the lines of a block are joined; otherwise every non-empty line is a paragraph.
 */
export function splitParagraphs(text: string): string[] {
  const clean = (line: string) => line.replace(/[ \t\u00a0]+/g, ' ').trim();
  const lines = text.split('\n').map(clean).filter(Boolean);
  const blocks = text.trim().split(/\n[ \t]*\n/);
  const wrapped =
    blocks.length > 1 &&
    blocks.some((block) => block.trim().includes('\n')) &&
    lines.every((line) => line.length <= WRAPPED_LINE_CHARS);
  if (!wrapped) return joinBrokenLines(lines);
  return blocks
    .map((block) => block.split('\n').map(clean).filter(Boolean).join(' '))
    .filter(Boolean);
}

/** A line that a sentence broken mid-way carries on: it opens with a lowercase word ("incites political violence ..."). */
const CONTINUATION = /^\p{Ll}{1,30}(?:[ ,;]|$)/u;
/** A line a sentence runs on from: it ends in a letter, digit or comma, not a sentence's end. */
const BROKEN_OFF = /[\p{L}\p{N},]$/u;

/**
 * Joins lines that break one sentence where the other lines are paragraphs ("... Donald Trump
 * regularly\nincites political violence"): a line ending mid-sentence with a line after it that
 * opens with a lowercase word. A headline and its first paragraph do not run so.
 */
function joinBrokenLines(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (previous !== undefined && BROKEN_OFF.test(previous) && CONTINUATION.test(line)) joined[joined.length - 1] = `${previous} ${line}`;
    else joined.push(line);
  }
  return joined;
}

function stripMarkdownHeading(line: string): string {
  return line.replace(/^#{1,6}\s+/, '');
}

function readsAsHeadline(line: string): boolean {
  return line.length <= HEADLINE.maxChars && !/[.:;,。．，、]$/u.test(line) && countWords(line) <= HEADLINE.maxWords;
}

/** A short capitalised line with no sentence punctuation after a body that ends like prose. */
function bareSignoff(line: string, previous: string | undefined): string | null {
  const words = line.split(' ');
  if (words.length > SIGNOFF_MAX_WORDS || line.length > SIGNOFF_MAX_CHARS) return null;
  if (!words.every((word) => CAPITALISED_WORD.test(word)) || endsLikeSentence(line)) return null;
  return previous !== undefined && endsLikeSentence(previous) ? line : null;
}

interface Trimmed {
  paragraphs: string[];
  publisher: string | null;
}

/**
 * Removes boilerplate lines from the end, taking the first other line from the end as the
 * publisher when it reads as a sign-off; then removes boilerplate lines anywhere else.
 */
function removeBoilerplate(paragraphs: string[]): Trimmed {
  const body = [...paragraphs];
  let publisher: string | null = null;
  while (body.length > 1) {
    const last = body[body.length - 1]!;
    if (publisher === null) {
      publisher = signoffPublisher(last) ?? bareSignoff(last, body[body.length - 2]);
      if (publisher !== null) {
        body.pop();
        continue;
      }
    }
    if (boilerplateConcept(last) === null) break;
    body.pop();
  }
  return { paragraphs: body.filter((line) => boilerplateConcept(line) === null), publisher };
}

/** A byline as a line of its own: "By Jane Roe", "by Jane Roe and John Doe". */
const BYLINE_LINE = /^by\s+([\p{Lu}][\p{L}.'’ -]{1,80})$/iu;

/** Leading "Published: ..." or "By ..." lines under the headline become metadata. */
function takeLeadingMetadata(paragraphs: string[]): { paragraphs: string[]; byline: string[]; publishedAt: string | null } {
  const byline: string[] = [];
  let publishedAt: string | null = null;
  let index = 0;
  for (; index < Math.min(paragraphs.length - 1, 3); index++) {
    const line = paragraphs[index]!;
    const byMatch = BYLINE_LINE.exec(line);
    if (byMatch) {
      byline.push(...byMatch[1]!.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean));
      continue;
    }
    const date = line.length < 60 ? normalizeDate(line.replace(DATELINE_PREFIX, '')) : null;
    if (date) {
      publishedAt ??= date;
      continue;
    }
    break;
  }
  return { paragraphs: paragraphs.slice(index), byline, publishedAt };
}

/** Plain text (or Markdown) → article parts. */
export function textToArticle(text: string, url: string | null): ArticleParts {
  const lines = splitParagraphs(text.replace(/\r\n?/g, '\n'));
  let title: string | null = null;
  let rest = lines;
  const first = lines[0] && stripMarkdownHeading(lines[0]);
  // A text that opens with its byline has no headline ("By Jane Roe").
  if (first && lines.length > 1 && readsAsHeadline(first) && !BYLINE_LINE.test(first)) {
    title = first;
    rest = lines.slice(1);
  }
  const leading = takeLeadingMetadata(rest);
  const trimmed = removeBoilerplate(leading.paragraphs);
  const { paragraphs, paywall } = removePaywallPrompt(trimmed.paragraphs.map(stripMarkdownHeading));
  const flags: ArticleFlag[] = [];
  if (paywall) flags.push('paywall');
  if (looksTruncated(paragraphs)) flags.push('truncated');
  return {
    title,
    byline: leading.byline,
    publisher: trimmed.publisher,
    publishedAt: leading.publishedAt,
    updatedAt: null,
    language: detectLanguage(paragraphs.join('\n'), null),
    url,
    paragraphs,
    flags,
  };
}
