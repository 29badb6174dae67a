/**
 * Scoring a corpus store against the corpus gold (scripts/lib/corpus-gold.ts): which predicted
 * event stands for a gold event report, the story and event clusterings compared with B³
 * (scripts/lib/bcubed.ts), and the look-alike pairs a prediction merged.
 */
import { bcubedClustering, type Prf } from './bcubed.js';
import type { EventGold } from './corpus-gold.js';
import { findAnchor, type TextAnchor } from './text-anchor.js';

/** What alignment needs of a stored AnalyzedDocument. */
export interface AlignableRecord {
  readonly article: { readonly text: string };
  readonly sentences: readonly (readonly [number, number])[];
  readonly events: readonly { readonly id: string; readonly trigger: { readonly start: number; readonly end: number } }[];
}

export type Alignment =
  | { readonly kind: 'event'; readonly eventId: string }
  /** The anchored words are in the text, but no predicted event has its trigger in that sentence. */
  | { readonly kind: 'no-event' }
  /** The anchored words are not in the stored text (the article stage dropped or changed them). */
  | { readonly kind: 'not-located' };

/** Characters between two spans; 0 when they touch or overlap. */
function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/**
 * The predicted event that stands for a gold report: among the events whose trigger starts in
 * the sentence(s) holding the anchored words (their first occurrence), the one whose trigger is
 * nearest them (inside them first), the earliest on a tie.
 */
export function alignReport(record: AlignableRecord, anchor: TextAnchor): Alignment {
  const located = findAnchor(record.article.text, anchor)[0];
  if (located === undefined) return { kind: 'not-located' };
  const span = { start: located[0], end: located[1] };
  const sentences = record.sentences.filter(([start, end]) => start < span.end && end > span.start);
  const candidates = record.events
    .filter((event) => sentences.some(([start, end]) => event.trigger.start >= start && event.trigger.start < end))
    .sort((a, b) => gap(a.trigger, span) - gap(b.trigger, span) || a.trigger.start - b.trigger.start);
  const best = candidates[0];
  return best === undefined ? { kind: 'no-event' } : { kind: 'event', eventId: best.id };
}

/** A gold report's key in the event clustering: its event and its place in that event's list. */
export function reportKey(eventId: string, index: number): string {
  return `${eventId}#${index}`;
}

/** The gold event clustering of reports: report key -> event id. */
export function goldReportClusters(gold: EventGold): Map<string, string> {
  return new Map(gold.events.flatMap((event) => event.reports.map((_, i): [string, string] => [reportKey(event.id, i), event.id])));
}

/** Look-alike pairs of the gold that the predicted clustering merged (a report of each in one predicted cluster). */
export function mergedDistinctPairs(gold: EventGold, predicted: ReadonlyMap<string, string>): (readonly [string, string])[] {
  const clustersOf = new Map(gold.events.map((event) => [
    event.id,
    new Set(event.reports.map((_, i) => predicted.get(reportKey(event.id, i))).filter((cluster) => cluster !== undefined)),
  ]));
  return gold.distinct
    .filter(({ events: [a, b] }) => [...clustersOf.get(a)!].some((cluster) => clustersOf.get(b)!.has(cluster)))
    .map(({ events }) => events);
}

export interface ClusteringSummary {
  readonly score: Prf;
  /** Clusters the gold's items fall into. */
  readonly clusters: number;
  /** Share of the gold's items alone in their cluster (an item the prediction lacks is alone). */
  readonly singletonShare: number;
}

/** B³ of `predicted` against `gold`, with the cluster count and singleton share of `predicted` over the gold's items. */
export function summarizeClustering(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): ClusteringSummary {
  const sizes = new Map<string, number>();
  let missing = 0;
  for (const item of gold.keys()) {
    const cluster = predicted.get(item);
    if (cluster === undefined) missing++;
    else sizes.set(cluster, (sizes.get(cluster) ?? 0) + 1);
  }
  const alone = missing + [...sizes.values()].filter((size) => size === 1).length;
  return {
    score: bcubedClustering(gold, predicted),
    clusters: sizes.size + missing,
    singletonShare: gold.size === 0 ? 0 : alone / gold.size,
  };
}
