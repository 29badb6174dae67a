import type { Value } from '../document/contract.js';
import type { Annotator } from '../document/doc.js';
import { parseReference, type Reference } from './calendar.js';
import { findDurations } from './durations.js';
import { findMeasures } from './measures.js';
import { tokenizeRange } from './numbers.js';
import { periodValues } from './periods.js';
import { chronoValues } from './time.js';
import type { SentenceContext } from './time-context.js';

/**
 * The values layer: DATE, TIME, DURATION, MONEY, PERCENT, QUANTITY, CARDINAL and ORDINAL
 * values in each sentence, resolved against `article.publishedAt` (see DESIGN.md, "Time").
 *
 * Readers, each in its own file, propose values; where proposals overlap one wins, by rank
 * (below), then by length, then by position. Values never overlap, so the digits of a date
 * or a sum of money are not counted again as numbers.
 */

/** Ranks of proposals, best first. */
const RANK = {
  /** "within the next two weeks": outranks chrono's reading of "next two weeks" as one day. */
  anchoredDuration: 0,
  /** Dates and times, from chrono or from years, seasons and quarters. */
  dateTime: 1,
  /** "for three years", "two days later": outranked by "in two weeks", a date. */
  duration: 2,
  /** MONEY, PERCENT, QUANTITY. */
  measure: 3,
  /** CARDINAL, ORDINAL. */
  count: 4,
} as const;

type Rank = (typeof RANK)[keyof typeof RANK];

interface Proposal {
  readonly value: Value;
  readonly rank: Rank;
}

function measureRank(value: Value): Rank {
  return value.type === 'CARDINAL' || value.type === 'ORDINAL' ? RANK.count : RANK.measure;
}

/** The proposals that win, in text order: best rank first, then the longer, then the earlier. */
function resolveOverlaps(proposals: Proposal[]): Value[] {
  proposals.sort((a, b) =>
    a.rank - b.rank
    || (b.value.span.end - b.value.span.start) - (a.value.span.end - a.value.span.start)
    || a.value.span.start - b.value.span.start);
  // Kept values never overlap, so sorted by start they are sorted by end too: a new value
  // fits when it ends before its successor starts and starts after its predecessor ends.
  const kept: Value[] = [];
  for (const { value } of proposals) {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (kept[middle]!.span.start < value.span.start) low = middle + 1;
      else high = middle;
    }
    const before = kept[low - 1];
    const after = kept[low];
    if ((!before || before.span.end <= value.span.start) && (!after || value.span.end <= after.span.start)) kept.splice(low, 0, value);
  }
  return kept;
}

/** The values of one sentence `[start, end)` of `text`. */
export function sentenceValues(text: string, start: number, end: number, ref: Reference | null): Value[] {
  const tokens = tokenizeRange(text, start, end);
  if (tokens.length === 0) return [];
  const context: SentenceContext = { text, start, end, tokens, ref };
  const durations = findDurations(text, tokens, ref);
  const proposals: Proposal[] = [
    ...durations.anchored.map((value) => ({ value, rank: RANK.anchoredDuration })),
    ...chronoValues(context).map((value) => ({ value, rank: RANK.dateTime })),
    ...periodValues(context).map((value) => ({ value, rank: RANK.dateTime })),
    ...durations.plain.map((value) => ({ value, rank: RANK.duration })),
    ...findMeasures(text, tokens).map((value) => ({ value, rank: measureRank(value) })),
  ];
  return resolveOverlaps(proposals);
}

/** The values of `text`, sentence by sentence, resolved against `publishedAt` (an ISO 8601 string or null). */
export function findValues(text: string, sentences: readonly [number, number][], publishedAt: string | null): Value[] {
  const ref = parseReference(publishedAt);
  return sentences.flatMap(([start, end]) => sentenceValues(text, start, end, ref));
}

export const valuesAnnotator: Annotator<'values'> = {
  name: 'values',
  requires: ['sentences'],
  assigns: 'values',
  englishOnly: true,
  annotate({ article, layers }) {
    return findValues(article.text, layers.sentences ?? [], article.publishedAt);
  },
};
