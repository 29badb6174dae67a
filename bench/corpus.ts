/**
 * Corpus speed: ingest (analysis and storage, one transaction per article) against `analyze`
 * alone on the same texts in the same process, rounds taking turns; then search latency
 * percentiles on the store the last round built. Each ingest round starts a fresh store.
 *
 *   npm run bench:corpus -- [DIR] [--articles N] [--rounds N]
 *   (DIR: a folder of .txt files, by default the PolNeAR texts; rounds: 3 by default)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { createAnalyzer } from '../src/analyze.js';
import { openStore, type Store } from '../src/corpus/store.js';
import type { AnalyzedDocument } from '../src/document/contract.js';
import { DEFAULT_POLNEAR_DIR } from '../scripts/lib/polnear.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { articles: { type: 'string' }, rounds: { type: 'string' } } });
const dir = positionals[0] ?? join(DEFAULT_POLNEAR_DIR, 'text');
const rounds = Number(values.rounds ?? 3);
const texts = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().slice(0, values.articles === undefined ? undefined : Number(values.articles))
  .map((name) => readFileSync(join(dir, name), 'utf8'));
if (texts.length === 0) {
  console.error(`no .txt files in ${dir}`);
  process.exit(2);
}
const analyzer = createAnalyzer();
const input = (text: string) => ({ text, publishedAt: '2016-06-01' });
for (const text of texts) analyzer.analyze(input(text)); // warm-up

const median = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!;
const analyzeTimes: number[] = [];
const ingestTimes: number[] = [];
let store: Store | undefined;
for (let round = 0; round < rounds; round++) {
  let started = performance.now();
  for (const text of texts) analyzer.analyze(input(text));
  analyzeTimes.push(performance.now() - started);

  await store?.close();
  store = await openStore(join(mkdtempSync(join(tmpdir(), 'newsgraph-bench-')), 'corpus.db'));
  started = performance.now();
  for (const text of texts) await store.addDocument(analyzer.analyze(input(text)) as AnalyzedDocument);
  ingestTimes.push(performance.now() - started);
}

const rate = (ms: number) => texts.length / (ms / 1000);
console.log(`${texts.length} articles of ${dir}, median of ${rounds} rounds taking turns\n`);
console.log('| system | docs/s | ratio |');
console.log('|---|---|---|');
console.log(`| analyze() alone | ${rate(median(analyzeTimes)).toFixed(1)} | 1.00× |`);
console.log(`| ingest: analyze() and store (SQLite, one transaction per article) | ${rate(median(ingestTimes)).toFixed(1)} | ${(median(analyzeTimes) / median(ingestTimes)).toFixed(2)}× |`);

const queries = ['Clinton', 'Trump Clinton', '"Supreme Court"', 'debate OR primary', 'immigration NOT wall', 'actor:"Bernie Sanders"', 'type:ACCUSE Trump', 'from:2016-01-01 economy'];
const latencies: number[] = [];
for (let repeat = 0; repeat < 20; repeat++) {
  for (const query of queries) {
    const started = performance.now();
    await store!.search(query, { limit: 20 });
    latencies.push(performance.now() - started);
  }
}
const percentile = (p: number) => [...latencies].sort((a, b) => a - b)[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
console.log(`\nsearch on ${texts.length} articles, ${latencies.length} queries (${queries.length} kinds): p50 ${percentile(50).toFixed(1)} ms, p95 ${percentile(95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`);
await store!.close();
