/**
 * Quote scoring as DESIGN.md ("How quality is measured" → Quotes) defines it, as pure functions:
 *
 * - Content match: a predicted quote's `[start, end)` matches a gold content (the union of its
 *   spans' characters, which may be discontinuous) when the character-level Jaccard of the two
 *   character sets is >= 0.5. Matching is one-to-one within a document, greedy by highest
 *   Jaccard first (ties: earlier gold, then earlier prediction); a prediction or gold left over
 *   is a false positive or a miss.
 * - Speaker: a matched pair's speaker is right when the gold has no source and the prediction
 *   has no speaker; or both exist and the predicted speaker span overlaps a gold source span, or
 *   the predicted speaker's entity has a mention overlapping a gold source span (a gold "he"
 *   resolved to that entity, or the entity's name elsewhere). A gold source that is a relative
 *   pronoun ("Sean Hannity, who said ...": PolNeAR marks "who") stands for the phrase it attaches
 *   to: a predicted speaker, or a mention of its entity, that ends right before it (nothing
 *   between but a comma, or a comma-delimited apposition) is right. Without the article's text
 *   the rule cannot be read, and such a source is matched by overlap only.
 * - End to end: a prediction is correct when it is matched and its speaker is right.
 */

/** Characters as sorted, non-overlapping half-open intervals `[start, end)`. */
export type CharSpans = readonly (readonly [number, number])[];

export type QuoteKind = 'direct' | 'indirect' | 'mixed';
export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'mixed', 'indirect'];

/** The threshold on character Jaccard at which a prediction matches a gold content. */
export const MATCH_THRESHOLD = 0.5;

export interface GoldQuote {
  readonly kind: QuoteKind;
  /** The content's characters in article offsets. */
  readonly content: CharSpans;
  /** The source's characters in article offsets; null for an attribution with no source. */
  readonly source: CharSpans | null;
}

export interface PredictedSpeaker {
  readonly start: number;
  readonly end: number;
  readonly entity: string | null;
}

/** What scoring reads of a predicted quote (a newsgraph `Quote` fits). */
export interface PredictedQuote {
  readonly start: number;
  readonly end: number;
  readonly speaker: PredictedSpeaker | null;
}

/** What scoring reads of an entity (a newsgraph `Entity` fits). */
export interface EntityMentions {
  readonly id: string;
  readonly mentions: readonly { readonly start: number; readonly end: number }[];
}

/** Sorts and merges intervals; empty ones are dropped. */
export function normalizeSpans(spans: CharSpans): [number, number][] {
  const sorted = spans.filter(([start, end]) => end > start).map(([start, end]) => [start, end] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function size(spans: CharSpans): number {
  return spans.reduce((sum, [start, end]) => sum + Math.max(0, end - start), 0);
}

function intersection(a: CharSpans, b: CharSpans): number {
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aStart, aEnd] = a[i]!;
    const [bStart, bEnd] = b[j]!;
    total += Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
    if (aEnd < bEnd) i++;
    else j++;
  }
  return total;
}

/** Character-level Jaccard of two character sets (each normalized first); 0 when both are empty. */
export function charJaccard(a: CharSpans, b: CharSpans): number {
  const left = normalizeSpans(a);
  const right = normalizeSpans(b);
  const common = intersection(left, right);
  const union = size(left) + size(right) - common;
  return union === 0 ? 0 : common / union;
}

/** True when any interval of `a` shares a character with any interval of `b`. */
export function spansOverlap(a: CharSpans, b: CharSpans): boolean {
  return a.some(([aStart, aEnd]) => b.some(([bStart, bEnd]) => aStart < bEnd && bStart < aEnd));
}

export interface QuoteMatch {
  readonly gold: number;
  readonly predicted: number;
  readonly jaccard: number;
}

/**
 * One-to-one matching of predictions to gold contents in one document: every pair with
 * Jaccard >= MATCH_THRESHOLD, taken greedily by highest Jaccard first (ties: lower gold index,
 * then lower prediction index), skipping pairs whose gold or prediction is already taken.
 * Returns the matches sorted by gold index.
 */
export function matchQuotes(gold: readonly { readonly content: CharSpans }[], predicted: readonly { readonly start: number; readonly end: number }[]): QuoteMatch[] {
  const goldSpans = gold.map((g) => normalizeSpans(g.content));
  const candidates: QuoteMatch[] = [];
  predicted.forEach((prediction, p) => {
    const span: CharSpans = [[prediction.start, prediction.end]];
    goldSpans.forEach((content, g) => {
      const jaccard = charJaccard(content, span);
      if (jaccard >= MATCH_THRESHOLD) candidates.push({ gold: g, predicted: p, jaccard });
    });
  });
  candidates.sort((a, b) => b.jaccard - a.jaccard || a.gold - b.gold || a.predicted - b.predicted);
  const goldTaken = new Set<number>();
  const predictedTaken = new Set<number>();
  const matches: QuoteMatch[] = [];
  for (const candidate of candidates) {
    if (goldTaken.has(candidate.gold) || predictedTaken.has(candidate.predicted)) continue;
    goldTaken.add(candidate.gold);
    predictedTaken.add(candidate.predicted);
    matches.push(candidate);
  }
  return matches.sort((a, b) => a.gold - b.gold);
}

const RELATIVE_PRONOUN = /^(?:who|whom|which|that)$/i;
/** Between a phrase and the relative pronoun after it: a comma, or an apposition set off by commas. */
const BEFORE_RELATIVE_PRONOUN = /^\s*(?:,\s*)?$|^\s*,[^.;:!?"“”,]{1,100},\s*$/;

/** Whether the span `[start, end)` is the phrase a relative-pronoun gold source attaches to. */
function isAntecedent(start: number, end: number, goldSource: CharSpans, text: string | undefined): boolean {
  if (text === undefined || goldSource.length !== 1) return false;
  const [sourceStart, sourceEnd] = goldSource[0]!;
  if (!RELATIVE_PRONOUN.test(text.slice(sourceStart, sourceEnd).trim())) return false;
  return start < sourceStart && end <= sourceStart && BEFORE_RELATIVE_PRONOUN.test(text.slice(end, sourceStart));
}

/**
 * The speaker rule above; `entities` are the analysis's entities (to resolve the speaker's
 * entity id), `text` the article text the offsets index (to read a relative pronoun's antecedent).
 */
export function speakerIsRight(goldSource: CharSpans | null, speaker: PredictedSpeaker | null, entities: readonly EntityMentions[], text?: string): boolean {
  if (goldSource === null || goldSource.length === 0) return speaker === null;
  if (speaker === null) return false;
  const names = (start: number, end: number) => spansOverlap([[start, end]], goldSource) || isAntecedent(start, end, goldSource, text);
  if (names(speaker.start, speaker.end)) return true;
  if (speaker.entity === null) return false;
  const entity = entities.find((candidate) => candidate.id === speaker.entity);
  return entity !== undefined && entity.mentions.some((mention) => names(mention.start, mention.end));
}

/** Counts that add up over documents. */
export interface QuoteTally {
  /** Gold attributions with a content span. */
  gold: number;
  predicted: number;
  /** Matched pairs (content Jaccard >= 0.5, one-to-one). */
  matched: number;
  /** Matched pairs whose speaker is right: the end-to-end correct predictions. */
  speakerRight: number;
  goldByKind: Record<QuoteKind, number>;
  matchedByKind: Record<QuoteKind, number>;
}

export function emptyTally(): QuoteTally {
  return { gold: 0, predicted: 0, matched: 0, speakerRight: 0, goldByKind: { direct: 0, mixed: 0, indirect: 0 }, matchedByKind: { direct: 0, mixed: 0, indirect: 0 } };
}

export function addTally(into: QuoteTally, add: QuoteTally): QuoteTally {
  into.gold += add.gold;
  into.predicted += add.predicted;
  into.matched += add.matched;
  into.speakerRight += add.speakerRight;
  for (const kind of QUOTE_KINDS) {
    into.goldByKind[kind] += add.goldByKind[kind];
    into.matchedByKind[kind] += add.matchedByKind[kind];
  }
  return into;
}

export interface ScoredMatch extends QuoteMatch {
  readonly speakerRight: boolean;
}

export interface DocumentScore {
  readonly tally: QuoteTally;
  readonly matches: ScoredMatch[];
  /** Indices of gold quotes no prediction matched. */
  readonly missed: number[];
  /** Indices of predictions that matched no gold. */
  readonly spurious: number[];
}

/** Matches one document's predictions to its gold and judges each match's speaker (`text`: the article text, as for `speakerIsRight`). */
export function scoreDocument(gold: readonly GoldQuote[], predicted: readonly PredictedQuote[], entities: readonly EntityMentions[] = [], text?: string): DocumentScore {
  const matches = matchQuotes(gold, predicted).map((match) => ({
    ...match,
    speakerRight: speakerIsRight(gold[match.gold]!.source, predicted[match.predicted]!.speaker, entities, text),
  }));
  const tally = emptyTally();
  tally.gold = gold.length;
  tally.predicted = predicted.length;
  for (const quote of gold) tally.goldByKind[quote.kind]++;
  for (const match of matches) {
    tally.matched++;
    tally.matchedByKind[gold[match.gold]!.kind]++;
    if (match.speakerRight) tally.speakerRight++;
  }
  const goldMatched = new Set(matches.map((match) => match.gold));
  const predictedMatched = new Set(matches.map((match) => match.predicted));
  return {
    tally,
    matches,
    missed: gold.map((_, i) => i).filter((i) => !goldMatched.has(i)),
    spurious: predicted.map((_, i) => i).filter((i) => !predictedMatched.has(i)),
  };
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function prf(correct: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface QuoteMetrics {
  readonly content: Prf;
  /** Recall over gold whose content is (at least partly) in quotation marks: kinds direct and mixed. */
  readonly quotedFound: number;
  /** Right speakers over matched pairs (0 when nothing matched). */
  readonly speakerAccuracy: number;
  readonly endToEnd: Prf;
  readonly recallByKind: Record<QuoteKind, number>;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function quoteMetrics(tally: QuoteTally): QuoteMetrics {
  const quotedGold = tally.goldByKind.direct + tally.goldByKind.mixed;
  const quotedMatched = tally.matchedByKind.direct + tally.matchedByKind.mixed;
  return {
    content: prf(tally.matched, tally.predicted, tally.gold),
    quotedFound: ratio(quotedMatched, quotedGold),
    speakerAccuracy: ratio(tally.speakerRight, tally.matched),
    endToEnd: prf(tally.speakerRight, tally.predicted, tally.gold),
    recallByKind: { direct: ratio(tally.matchedByKind.direct, tally.goldByKind.direct), mixed: ratio(tally.matchedByKind.mixed, tally.goldByKind.mixed), indirect: ratio(tally.matchedByKind.indirect, tally.goldByKind.indirect) },
  };
}
