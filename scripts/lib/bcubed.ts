/**
 * Coreference scores for a predicted clustering of mentions against a gold clustering.
 *
 * Alignment (predicted mention → gold mention, one-to-one):
 *   1. identical spans;
 *   2. then, for a gold mention still unmatched, a still unmatched predicted mention that
 *      overlaps it and ends in the same last token (the "head": the last run of letters and
 *      digits, a possessive 's left out), so "Foreign Ministry" aligns to "Russia's Foreign
 *      Ministry" and "President Zelensky" to "Zelensky", but "Russia's Foreign Ministry" does
 *      not align to the "Russia" inside it. Among several, the largest overlap, then the
 *      earliest, wins.
 *
 * B³ and MUC are computed over the GOLD mentions (the response is projected onto them):
 * a gold mention's response cluster is the set of gold mentions whose aligned predictions
 * sit in the same predicted entity; a gold mention with no aligned prediction is a singleton
 * in the response. Predicted mentions with no gold counterpart do not enter B³ or MUC; they
 * cost mention-detection precision instead.
 *
 * B³ (Bagga & Baldwin 1998): per mention m, P(m) = |G(m) ∩ R(m)| / |R(m)| and
 * R(m) = |G(m) ∩ R(m)| / |G(m)|, averaged over mentions (micro: sums over all articles).
 * MUC (Vilain et al. 1995): recall = Σ_G (|G| − |partitions of G by R|) / Σ_G (|G| − 1),
 * precision the same with key and response swapped; a zero denominator gives 0.
 *
 * Clusterings of named items (articles into stories, event reports into events) are scored the
 * same way by `bcubedClustering`: the items are the gold's; an item the prediction does not
 * place is a singleton of its own there, and predicted items the gold does not know are left
 * out. With G(i) the gold cluster of item i and R(i) its predicted cluster, both restricted to
 * the gold's items,
 *   P = 1/N Σ_i |G(i) ∩ R(i)| / |R(i)|,   R = 1/N Σ_i |G(i) ∩ R(i)| / |G(i)|,   F1 = 2PR / (P + R).
 */

export interface SpanLike {
  readonly start: number;
  readonly end: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function prf(precision: number, recall: number): Prf {
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

function ratio(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : 0;
}

const WORD = /[\p{L}\p{N}]+/gu;
const POSSESSIVE = /(?:['’]s|['’])$/u;

/** The [start, end) of a span's last token in `text`, a trailing possessive left out; null when it has no letters or digits. */
export function lastToken(text: string, span: SpanLike): [number, number] | null {
  let surface = text.slice(span.start, span.end).replace(/[^\p{L}\p{N}'’]+$/u, '');
  surface = surface.replace(POSSESSIVE, '');
  let last: [number, number] | null = null;
  for (const match of surface.matchAll(WORD)) last = [span.start + match.index, span.start + match.index + match[0].length];
  return last;
}

/**
 * For each gold mention, the index of the predicted mention aligned to it, or -1: identical spans
 * first, then, for each gold mention left (in `order`), the unused predicted mention that
 * overlaps it most among those `accepts` allows. One to one.
 */
export function alignSpans<G extends SpanLike, P extends SpanLike>(
  gold: readonly G[], predicted: readonly P[], accepts: (gold: G, predicted: P) => boolean, order: readonly number[] = gold.map((_, index) => index),
): number[] {
  const result = gold.map(() => -1);
  const used = new Set<number>();
  const exact = new Map<string, number[]>();
  predicted.forEach((p, index) => {
    const key = `${p.start}:${p.end}`;
    const list = exact.get(key);
    if (list) list.push(index);
    else exact.set(key, [index]);
  });
  gold.forEach((g, gi) => {
    const free = (exact.get(`${g.start}:${g.end}`) ?? []).find((index) => !used.has(index));
    if (free !== undefined) {
      result[gi] = free;
      used.add(free);
    }
  });
  for (const gi of order) {
    if (result[gi]! >= 0) continue;
    const g = gold[gi]!;
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((p, pi) => {
      if (used.has(pi)) return;
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (overlap > bestOverlap && accepts(g, p)) {
        best = pi;
        bestOverlap = overlap;
      }
    });
    if (best >= 0) {
      result[gi] = best;
      used.add(best);
    }
  }
  return result;
}

/**
 * For each gold mention, the index of the predicted mention aligned to it, or -1: the same span,
 * else an overlapping one with the same last token. `text` is the article text both sets of
 * offsets point into.
 */
export function alignMentions(text: string, gold: readonly SpanLike[], predicted: readonly SpanLike[]): number[] {
  return alignSpans(gold, predicted, (g, p) => {
    const head = lastToken(text, g);
    const other = lastToken(text, p);
    return head !== null && other !== null && other[0] === head[0] && other[1] === head[1];
  });
}

/** Sums that add up over articles (micro averaging). */
export interface CorefCounts {
  /** Gold mentions scored. */
  mentions: number;
  b3Precision: number;
  b3Recall: number;
  mucPrecisionNum: number;
  mucPrecisionDen: number;
  mucRecallNum: number;
  mucRecallDen: number;
}

export function emptyCounts(): CorefCounts {
  return { mentions: 0, b3Precision: 0, b3Recall: 0, mucPrecisionNum: 0, mucPrecisionDen: 0, mucRecallNum: 0, mucRecallDen: 0 };
}

export function addCounts(into: CorefCounts, more: CorefCounts): CorefCounts {
  into.mentions += more.mentions;
  into.b3Precision += more.b3Precision;
  into.b3Recall += more.b3Recall;
  into.mucPrecisionNum += more.mucPrecisionNum;
  into.mucPrecisionDen += more.mucPrecisionDen;
  into.mucRecallNum += more.mucRecallNum;
  into.mucRecallDen += more.mucRecallDen;
  return into;
}

/** Response keys with each `null` (no aligned prediction) made a singleton of its own. */
function responseKeys(response: readonly (string | null)[]): string[] {
  return response.map((key, index) => (key === null ? `\u0000singleton:${index}` : `r:${key}`));
}

function groups(keys: readonly string[]): number[][] {
  const byKey = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const list = byKey.get(key);
    if (list) list.push(index);
    else byKey.set(key, [index]);
  });
  return [...byKey.values()];
}

/** MUC's numerator and denominator for `key` clusters partitioned by `by`. */
function mucSide(key: readonly string[], by: readonly string[]): [number, number] {
  let numerator = 0;
  let denominator = 0;
  for (const cluster of groups(key)) {
    const parts = new Set(cluster.map((index) => by[index]));
    numerator += cluster.length - parts.size;
    denominator += cluster.length - 1;
  }
  return [numerator, denominator];
}

/**
 * Counts for one article. `gold[i]` is the gold cluster (entity id) of gold mention i,
 * `response[i]` the predicted cluster its aligned prediction sits in, or null when none.
 */
export function corefCounts(gold: readonly string[], response: readonly (string | null)[]): CorefCounts {
  if (gold.length !== response.length) throw new Error(`gold has ${gold.length} mentions, response ${response.length}`);
  const keys = responseKeys(response);
  const goldSize = new Map<string, number>();
  const responseSize = new Map<string, number>();
  const both = new Map<string, number>();
  gold.forEach((g, i) => {
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    responseSize.set(keys[i]!, (responseSize.get(keys[i]!) ?? 0) + 1);
    const pair = `${g}\u0001${keys[i]}`;
    both.set(pair, (both.get(pair) ?? 0) + 1);
  });
  let b3Precision = 0;
  let b3Recall = 0;
  gold.forEach((g, i) => {
    const shared = both.get(`${g}\u0001${keys[i]}`)!;
    b3Precision += shared / responseSize.get(keys[i]!)!;
    b3Recall += shared / goldSize.get(g)!;
  });
  const [mucRecallNum, mucRecallDen] = mucSide(gold, keys);
  const [mucPrecisionNum, mucPrecisionDen] = mucSide(keys, gold);
  return { mentions: gold.length, b3Precision, b3Recall, mucPrecisionNum, mucPrecisionDen, mucRecallNum, mucRecallDen };
}

export function bcubedScore(counts: CorefCounts): Prf {
  return prf(ratio(counts.b3Precision, counts.mentions), ratio(counts.b3Recall, counts.mentions));
}

export function mucScore(counts: CorefCounts): Prf {
  return prf(ratio(counts.mucPrecisionNum, counts.mucPrecisionDen), ratio(counts.mucRecallNum, counts.mucRecallDen));
}

/** B³ of one clustering against another over the gold mentions. */
export function bcubed(gold: readonly string[], response: readonly (string | null)[]): Prf {
  return bcubedScore(corefCounts(gold, response));
}

/**
 * B³ of a predicted clustering of items against the gold one, each a map from item to cluster
 * name (see the formula above): items missing from `predicted` are singletons, items missing from
 * `gold` are not scored.
 */
export function bcubedClustering(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): Prf {
  const items = [...gold.keys()];
  return bcubed(items.map((item) => gold.get(item)!), items.map((item) => predicted.get(item) ?? null));
}

/** MUC of one clustering against another over the gold mentions. */
export function muc(gold: readonly string[], response: readonly (string | null)[]): Prf {
  return mucScore(corefCounts(gold, response));
}

/** Mention detection counts: predicted vs gold mentions (true positives by the rule the caller used). */
export interface DetectionCounts {
  predicted: number;
  gold: number;
  matched: number;
}

export function detectionScore(counts: DetectionCounts): Prf {
  return prf(ratio(counts.matched, counts.predicted), ratio(counts.matched, counts.gold));
}
