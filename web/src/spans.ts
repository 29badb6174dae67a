/**
 * Highlights over an article's text that may overlap or nest (a mention inside a quote, a trigger
 * inside an entity's span), cut at every boundary into segments that each carry the highlights
 * covering them, so they render as plain nested elements. Offsets are UTF-16 indices, as in the
 * output contract.
 */

export interface Highlight {
  readonly start: number;
  readonly end: number;
}

export interface Segment<H extends Highlight> {
  readonly start: number;
  readonly end: number;
  /** The highlights covering the whole segment, the longest first (the outermost element). */
  readonly highlights: H[];
}

/**
 * The text [from, to) cut into segments at every start and end of `highlights` (clipped to the
 * range; empty ones left out), in order, covering the range without gaps.
 */
export function segmentText<H extends Highlight>(from: number, to: number, highlights: readonly H[]): Segment<H>[] {
  const inside = highlights
    .map((highlight) => ({ highlight, start: Math.max(from, highlight.start), end: Math.min(to, highlight.end) }))
    .filter(({ start, end }) => start < end);
  const boundaries = [...new Set([from, to, ...inside.flatMap(({ start, end }) => [start, end])])].sort((a, b) => a - b);
  const byStart = [...inside].sort((a, b) => a.start - b.start);
  const segments: Segment<H>[] = [];
  let active: typeof inside = [];
  let next = 0;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i]!;
    const end = boundaries[i + 1]!;
    active = active.filter((item) => item.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    const covering = active
      .map((item) => item.highlight)
      .sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
    segments.push({ start, end, highlights: covering });
  }
  return segments;
}
