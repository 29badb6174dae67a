/** Credits that name a quotation's speaker without a cue: a line that credits a pull quote, a source in square brackets at a paragraph's end. */
import { span } from '../../document/doc.js';
import type { QuoteContext } from './context.js';
import { speakerOf, type Speaker } from './speaker.js';

/** The longest line that may credit a pull quote (a name and an affiliation). */
const MAX_CREDIT_LINE = 100;
/** A credit closing a paragraph: one to five capitalised words in square brackets, a full stop before the bracket allowed. */
const CREDIT_AT_PARAGRAPH_END = /\[(\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,4})\.?\]$/u;

/**
 * The source credited in square brackets at the end of the paragraph that holds offset
 * `offset` ("[AP.]", "[Mother Jones]"), as newsletters credit the stories they quote: the
 * actor named there, else the credit's words with no entity. Null when the paragraph ends otherwise.
 */
export function bracketedCredit(c: QuoteContext, offset: number): Speaker | null {
  const { text, at, mentions, paragraphOf } = c;
  const paragraph = paragraphOf(offset);
  if (paragraph === undefined) return null;
  const credit = CREDIT_AT_PARAGRAPH_END.exec(text.slice(offset, paragraph[1]).trimEnd());
  if (credit === null) return null;
  const end = offset + credit.index + 1 + credit[1]!.length;
  const start = end - credit[1]!.length;
  const named = mentions.covering(at(end - 1));
  if (named !== undefined && named.start >= start && named.end <= end) return speakerOf(text, named);
  return { ...span(text, start, end), entity: null, name: credit[1]! };
}

/**
 * The person credited by the paragraph right after a quotation left open at offset `end`
 * when that paragraph is only their name, a comma, what they are, and the closing mark:
 * "... tax cuts.\nOla Berg, Harbour Research Institute.\"". Null otherwise.
 */
export function creditLine(c: QuoteContext, end: number): Speaker | null {
  const { text, at, mentions, paragraphs } = c;
  const next = paragraphs.find(([start]) => start >= end);
  if (next === undefined || text.slice(end, next[0]).trim() !== '') return null;
  const line = text.slice(next[0], next[1]).trimEnd();
  const comma = line.indexOf(',');
  if (comma < 0 || line.length > MAX_CREDIT_LINE || !/["”]$/u.test(line)) return null;
  const named = mentions.covering(at(next[0]));
  if (named === undefined || named.entity.type !== 'PERSON' || named.start !== next[0] || named.end !== next[0] + comma) return null;
  return speakerOf(text, named);
}
