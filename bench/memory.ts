/**
 * Memory of a long-lived analyzer: one analyzer reads N articles (the PolNeAR texts over and
 * over, 10,000 by default) and the heap in use after a full garbage collection is sampled every
 * 1,000 articles. Flat means nothing about an article outlives it: no cache grows without bound
 * and wink's learned words are dropped (its model is reloaded past a bound, see WinkReader).
 * Run with --expose-gc (the npm script does).
 *
 *   npm run bench:memory -- [DIR] [--articles N] [--every K]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptArgs } from '../scripts/lib/script-args.js';
import { createAnalyzer } from '../src/analyze.js';
import { DEFAULT_POLNEAR_DIR } from '../scripts/lib/polnear.js';

const { values, positionals } = scriptArgs(import.meta.url, { allowPositionals: true, options: { articles: { type: 'string' }, every: { type: 'string' } } });
const total = Number(values.articles ?? 10_000);
const every = Number(values.every ?? 1_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) {
  console.error('run with node --expose-gc (npm run bench:memory does)');
  process.exit(2);
}
const dir = positionals[0] ?? join(DEFAULT_POLNEAR_DIR, 'text');
const texts = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join(dir, name), 'utf8'));
if (texts.length === 0) {
  console.error(`no .txt files in ${dir}`);
  process.exit(2);
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const analyzer = createAnalyzer();
analyzer.analyze({ text: texts[0]! });
gc();
const baseline = process.memoryUsage();
console.log(`${total} articles (${texts.length} texts in turn) through one analyzer; heap after a full collection\n`);
console.log('| articles | heap used (MiB) | change since the first article (MiB) | RSS (MiB) |');
console.log('|---|---|---|---|');
console.log(`| 1 | ${mib(baseline.heapUsed)} | 0.0 | ${mib(baseline.rss)} |`);
const started = performance.now();
const samples: number[] = [];
for (let n = 1; n <= total; n++) {
  analyzer.analyze({ text: texts[n % texts.length]! });
  if (n % every === 0) {
    gc();
    const usage = process.memoryUsage();
    samples.push(usage.heapUsed);
    console.log(`| ${n} | ${mib(usage.heapUsed)} | ${mib(usage.heapUsed - baseline.heapUsed)} | ${mib(usage.rss)} |`);
  }
}
const seconds = (performance.now() - started) / 1000;
const half = samples.slice(Math.floor(samples.length / 2));
console.log(`\n${(total / seconds).toFixed(1)} articles/s; heap over the second half of the run: ${mib(Math.min(...half))}–${mib(Math.max(...half))} MiB`);
