/**
 * Corpus speed: ingest (reading the articles, analysis and storage, one transaction per
 * article) against `analyze` alone on the same articles in the same process, rounds taking
 * turns: ingest as `newsgraph ingest` runs it (analysis in worker threads while this thread
 * stores) and with everything in one thread. Then search latency percentiles on the store the
 * last round built. Each ingest round starts a fresh store.
 *
 * The articles go to ingest as a JSONL file of records with their publication dates, titles and
 * outlets when the folder is PolNeAR's (its metadata.tsv beside text/), so that stories and
 * events are matched across the days they were published, as in a real stream; other folders'
 * .txt files all get one date.
 *
 *   npm run bench:corpus -- [DIR] [--articles N] [--rounds N] [--workers N]
 *   (DIR: a folder of .txt files, by default the PolNeAR texts; rounds: 3; workers: the cores but one)
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { scriptArgs } from '../scripts/lib/script-args.js';
import { createAnalyzer, type ArticleInput } from '../src/analyze.js';
import { AnalyzerPool } from '../src/corpus/analyzer-pool.js';
import { ingest } from '../src/corpus/ingest.js';
import { defaultWorkers } from '../src/corpus/threads.js';
import { openStore, type Store } from '../src/corpus/store.js';
import { DEFAULT_POLNEAR_DIR, readPolnearMetadata } from '../scripts/lib/polnear.js';
import { percentiles, SEARCH_QUERIES, timed } from './lib/latency.js';
import { median } from './lib/rounds.js';

const { values, positionals } = scriptArgs(import.meta.url, { allowPositionals: true, options: { articles: { type: 'string' }, rounds: { type: 'string' }, workers: { type: 'string' } } });
const dir = positionals[0] ?? join(DEFAULT_POLNEAR_DIR, 'text');
const rounds = Number(values.rounds ?? 3);
const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers);
const metadata = existsSync(join(dirname(dir), 'metadata.tsv')) ? readPolnearMetadata(dirname(dir)) : null;
const inputs: ArticleInput[] = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()
  .slice(0, values.articles === undefined ? undefined : Number(values.articles))
  .map((name) => {
    const known = metadata?.get(basename(name, '.txt'));
    const text = readFileSync(join(dir, name), 'utf8');
    return known === undefined ? { text, publishedAt: '2016-06-01' } : { text, publishedAt: known.publishedAt, title: known.title, publisher: known.publisher };
  })
  .sort((a, b) => a.publishedAt!.localeCompare(b.publishedAt!));
if (inputs.length === 0) {
  console.error(`no .txt files in ${dir}`);
  process.exit(2);
}
// The articles as one JSONL file, for ingest to read as `newsgraph ingest FILE.jsonl` does.
const jsonl = join(mkdtempSync(join(tmpdir(), 'newsgraph-bench-articles-')), 'articles.jsonl');
writeFileSync(jsonl, inputs.map((input) => JSON.stringify(input)).join('\n'));
const analyzer = createAnalyzer();
for (const input of inputs) analyzer.analyze(input); // warm-up
// The workers warmed up the same way: a long ingest runs on warm threads.
const pool = workers === 0 ? undefined : await AnalyzerPool.start(workers);
if (pool !== undefined) await Promise.all(inputs.map((input) => pool.analyzeRaw({ source: { uri: 'memory:', kind: 'record' }, content: { kind: 'text', text: input.text! }, format: 'text', url: null, publishedAt: input.publishedAt ?? null })));

const analyzeTimes: number[] = [];
const ingestTimes: number[] = [];
const inThreadTimes: number[] = [];
let store: Store | undefined;
const freshStore = async () => {
  await store?.close();
  store = await openStore(join(mkdtempSync(join(tmpdir(), 'newsgraph-bench-')), 'corpus.db'));
  return store;
};
for (let round = 0; round < rounds; round++) {
  let started = performance.now();
  for (const input of inputs) analyzer.analyze(input);
  analyzeTimes.push(performance.now() - started);

  let target = await freshStore();
  started = performance.now();
  await ingest([jsonl], analyzer, target, { workers: 0 });
  inThreadTimes.push(performance.now() - started);

  target = await freshStore();
  started = performance.now();
  const counts = await ingest([jsonl], analyzer, target, pool === undefined ? {} : { pool });
  ingestTimes.push(performance.now() - started);
  if (counts.added !== inputs.length) throw new Error(`ingest stored ${counts.added} of ${inputs.length} articles`);
}

const rate = (ms: number) => inputs.length / (ms / 1000);
console.log(`${inputs.length} articles of ${dir}${metadata === null ? ' (one date)' : ' (with their dates, titles and outlets)'}, median of ${rounds} rounds taking turns\n`);
console.log('| system | docs/s | ratio |');
console.log('|---|---|---|');
console.log(`| analyze() alone | ${rate(median(analyzeTimes)).toFixed(1)} | 1.00× |`);
console.log(`| ingest, ${workers} analysis worker thread${workers === 1 ? '' : 's'} (newsgraph ingest's default here), warm | ${rate(median(ingestTimes)).toFixed(1)} | ${(median(analyzeTimes) / median(ingestTimes)).toFixed(2)}× |`);
console.log(`| ingest in one thread (--workers 0) | ${rate(median(inThreadTimes)).toFixed(1)} | ${(median(analyzeTimes) / median(inThreadTimes)).toFixed(2)}× |`);

// Idempotence: the same articles again add nothing.
const again = await ingest([jsonl], analyzer, store!, pool === undefined ? {} : { pool });
console.log(`\nthe same ${inputs.length} articles ingested again: ${again.added} added, ${again.duplicates} already stored`);

const latencies: number[] = [];
for (let repeat = 0; repeat < 20; repeat++) for (const query of SEARCH_QUERIES) latencies.push(await timed(() => store!.search(query, { limit: 20 })));
console.log(`\nsearch on ${inputs.length} articles (${SEARCH_QUERIES.length} kinds of query): ${percentiles(latencies)}`);
await store!.close();
await pool?.close();
