import { Readability } from '@mozilla/readability';
import { InputError } from '../../errors.js';
import { boilerplateConcept, isCommentMarker } from '../boilerplate.js';
import { endsLikeSentence } from '../quality.js';
import { countWords } from '../scripts.js';
import { textBlocks, type TextBlock } from './blocks.js';
import { cleanupRules, removeFurniture } from './cleanup.js';
import { normalizeSpace, parseDocument, parseFragment } from './dom.js';

/**
 * Pages beyond these limits are refused with NG_TOO_COMPLEX before Readability runs: its
 * scoring time grows with element count and much faster than linearly with nesting depth
 * (1,000 nested divs take seconds, 5,000 minutes). Real article pages stay far below both.
 */
const MAX_ELEMENTS = 60_000;
const MAX_DEPTH = 400;
/** A block this long is prose even without spaces between words (Chinese, Japanese, Thai). */
const PROSE_CHARS = 100;

export interface ExtractedBody {
  readonly paragraphs: string[];
  /** Readability's byline guess, used when the page's metadata names no author. */
  readonly byline: string | null;
  /** Reader comments were found among the blocks and could not be told apart reliably. */
  readonly hasComments: boolean;
  /** Which extractor produced the paragraphs. */
  readonly method: 'readability' | 'page-blocks';
}

/**
 * The article body of a parsed page. Steps:
 *  1. let Readability pick the main content (on the page as it is: removing furniture
 *     first changes which container Readability picks, for the worse);
 *  2. remove furniture inside that content (data/html-cleanup.json);
 *  3. flatten it into text blocks and drop boilerplate blocks (data/boilerplate.json);
 *  4. if Readability found nothing usable, fall back to the cleaned page's own blocks.
 * `document` is consumed (Readability rewrites it); `html` is re-parsed for the fallback.
 */
export function extractBody(document: Document, html: string, title: string | null): ExtractedBody {
  assertTractable(document);
  const parsed = new Readability(document, { keepClasses: true }).parse();
  let readable: TextBlock[] = [];
  if (parsed?.content) {
    const content = parseFragment(parsed.content);
    removeFurniture(content);
    readable = textBlocks(content.body);
  }
  const kept = keepArticleBlocks(readable, title);
  if (charCount(kept) >= cleanupRules().minArticleChars) {
    return result(kept, readable, parsed?.byline ?? null, 'readability');
  }
  const fallbackDocument = parseDocument(html);
  removeFurniture(fallbackDocument);
  const pageBlocks = textBlocks(fallbackDocument.body);
  const fallback = keepArticleBlocks(pageBlocks, title);
  const best = charCount(fallback) > charCount(kept) ? fallback : kept;
  return result(best, pageBlocks, parsed?.byline ?? null, best === kept ? 'readability' : 'page-blocks');
}

/** Throws NG_TOO_COMPLEX for a page with too many elements or too deep a nesting. */
function assertTractable(document: Document): void {
  const stack: [Element, number][] = document.documentElement ? [[document.documentElement, 1]] : [];
  let count = 0;
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (++count > MAX_ELEMENTS) throw new InputError('NG_TOO_COMPLEX', `the page has more than ${MAX_ELEMENTS} elements`);
    if (depth > MAX_DEPTH) throw new InputError('NG_TOO_COMPLEX', `the page nests elements more than ${MAX_DEPTH} levels deep`);
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
}

function result(kept: TextBlock[], all: TextBlock[], byline: string | null, method: ExtractedBody['method']): ExtractedBody {
  const commentMarkers = all.filter((block) => isCommentMarker(block.text)).length;
  return {
    paragraphs: kept.map((block) => block.text),
    byline: byline ? normalizeSpace(byline) : null,
    hasComments: commentMarkers >= 2,
    method,
  };
}

function charCount(blocks: TextBlock[]): number {
  return blocks.reduce((sum, block) => sum + block.text.length, 0);
}

/** Words are counted by script (a Japanese block has no spaces); long blocks are prose without counting. */
function isProse(block: TextBlock): boolean {
  if (block.text.length >= PROSE_CHARS) return true;
  const words = countWords(block.text);
  return words > cleanupRules().leadingShortBlock.maxWords || (endsLikeSentence(block.text) && words >= 4);
}

function isLinkList(block: TextBlock): boolean {
  const { maxShare, onlyBelowChars } = cleanupRules().linkDensity;
  return block.text.length < onlyBelowChars && block.linkChars / block.text.length > maxShare;
}

/**
 * Drops boilerplate blocks, link lists, the repeated headline, and the short kicker, dek,
 * byline and date blocks that sit above the first paragraph of prose.
 */
export function keepArticleBlocks(blocks: TextBlock[], title: string | null): TextBlock[] {
  const normalizedTitle = title ? normalizeSpace(title).toLowerCase() : null;
  const kept: TextBlock[] = [];
  let seenProse = false;
  for (const block of blocks) {
    if (boilerplateConcept(block.text) !== null) continue;
    if (isLinkList(block)) continue;
    if (normalizedTitle && block.text.toLowerCase() === normalizedTitle) continue;
    const prose = isProse(block);
    if (!seenProse && !prose) continue;
    seenProse ||= prose;
    kept.push(block);
  }
  return kept;
}
