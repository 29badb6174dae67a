/**
 * Analysis in worker threads against one thread: `analyze` over a folder (the PolNeAR texts by
 * default) in this thread, as `--workers 0` runs it, and in a pool of N threads with a deadline
 * per article, as `analyze` runs by default; rounds taking turns in one process, medians. The
 * pool's threads load their analyzers before the first round (a long run pays that once).
 *
 *   npm run bench:threads -- [DIR] [--threads N] [--rounds N]   (N: every core; rounds: 3)
 *
 * Then the machine's own ceiling (bench/lib/parallelism.ts) for as many threads.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { scriptArgs } from '../scripts/lib/script-args.js';
import { createAnalyzer } from '../src/analyze.js';
import { analyzeInOrder, AnalyzerPool } from '../src/corpus/analyzer-pool.js';
import type { AnalysisResult } from '../src/document/contract.js';
import { DEFAULT_POLNEAR_DIR } from '../scripts/lib/polnear.js';
import { median } from './lib/rounds.js';
import { machineParallelism } from './lib/parallelism.js';

const { values, positionals } = scriptArgs(import.meta.url, { allowPositionals: true, options: { threads: { type: 'string' }, rounds: { type: 'string' } } });
const dir = positionals[0] ?? join(DEFAULT_POLNEAR_DIR, 'text');
const threads = Number(values.threads ?? availableParallelism());
const rounds = Number(values.rounds ?? 3);
const options = { publishedAt: '2016-06-01' };

const analyzer = createAnalyzer();
const pool = await AnalyzerPool.start(threads);

async function drain(results: AsyncGenerator<AnalysisResult>): Promise<{ articles: number; failed: number; ms: number }> {
  const started = performance.now();
  let articles = 0;
  let failed = 0;
  for await (const result of results) {
    articles++;
    if (result.status === 'failed') failed++;
  }
  return { articles, failed, ms: performance.now() - started };
}

const systems = {
  'one thread (analyze --workers 0)': () => drain(analyzer.analyzeInputs([dir], options)),
  [`${threads} worker thread${threads === 1 ? '' : 's'}, 30 s deadline`]: () => drain(analyzeInOrder(pool, [dir], options)),
};
// Once untimed each: the JIT and the threads warm up.
for (const run of Object.values(systems)) await run();
const times = new Map(Object.keys(systems).map((name): [string, number[]] => [name, []]));
let articles = 0;
for (let round = 0; round < rounds; round++) {
  for (const [name, run] of Object.entries(systems)) {
    const result = await run();
    articles = result.articles;
    times.get(name)!.push(result.ms);
  }
}
await pool.close();
const ceiling = await machineParallelism(threads);

const [base] = [...times.values()].map(median);
console.log(`bench:threads: ${articles} articles from ${dir}, ${rounds} rounds, ${availableParallelism()} cores\n`);
console.log('| analysis | articles/s (median) | ratio to one thread |\n|---|---|---|');
for (const [name, runs] of times) {
  const ms = median(runs);
  console.log(`| ${name} | ${(articles / (ms / 1000)).toFixed(1)} | ${(base! / ms).toFixed(2)}× |`);
}
console.log(`\nThe machine's own ceiling: ${threads} copies of a CPU-bound loop at once run at ${ceiling.toFixed(2)}× one copy's throughput.`);
