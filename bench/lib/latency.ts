/** What the corpus benches time reads with: the same queries and the same summary of latencies. */

/** Search queries of every kind the syntax has: words, phrases, OR, NOT and filters. */
export const SEARCH_QUERIES = ['Clinton', 'Trump Clinton', '"Supreme Court"', 'debate OR primary', 'immigration NOT wall', 'actor:"Bernie Sanders"', 'type:ACCUSE Trump', 'from:2016-01-01 economy'];

/** Milliseconds `run` takes. */
export async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** "p50 …, p95 …, max … (N runs)" of latencies in milliseconds. */
export function percentiles(latencies: readonly number[]): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return `p50 ${at(50).toFixed(1)} ms, p95 ${at(95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (${sorted.length} runs)`;
}
