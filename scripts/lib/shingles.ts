/**
 * The article-extraction-benchmark score: 4-word shingles of the gold body against the
 * extracted text, per page normalised so TP+FP+FN = 1, precision and recall averaged over
 * pages, F1 from the two averages.
 */
const WORD = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export interface PageScore {
  readonly precision: number;
  readonly recall: number;
}

export interface SetScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Share of pages whose word sequence equals the gold one. */
  readonly accuracy: number;
  readonly pages: number;
}

function shingles(text: string): Map<string, number> {
  const words = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  const n = Math.max(1, words.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < n && words.length > 0; i++) {
    const key = words.slice(i, i + SHINGLE_SIZE).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function scorePage(predicted: string, gold: string): PageScore {
  const p = shingles(predicted);
  const g = shingles(gold);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of p) {
    const overlap = Math.min(count, g.get(key) ?? 0);
    tp += overlap;
    fp += count - overlap;
  }
  for (const [key, count] of g) fn += count - Math.min(count, p.get(key) ?? 0);
  const total = tp + fp + fn;
  if (total === 0) return { precision: 1, recall: 1 };
  const [ntp, nfp, nfn] = [tp / total, fp / total, fn / total];
  return {
    precision: ntp + nfp === 0 ? (nfn === 0 ? 1 : 0) : ntp / (ntp + nfp),
    recall: ntp + nfn === 0 ? (nfp === 0 ? 1 : 0) : ntp / (ntp + nfn),
  };
}

export function sameWords(predicted: string, gold: string): boolean {
  return (predicted.match(WORD) ?? []).join(' ') === (gold.match(WORD) ?? []).join(' ');
}

export function scoreSet(pages: { predicted: string; gold: string }[]): SetScore {
  const scores = pages.map((page) => scorePage(page.predicted, page.gold));
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const precision = mean(scores.map((s) => s.precision));
  const recall = mean(scores.map((s) => s.recall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = mean(pages.map((page) => (sameWords(page.predicted, page.gold) ? 1 : 0)));
  return { precision, recall, f1, accuracy, pages: pages.length };
}
