/**
 * The corpus at scale: a generated corpus (scripts/lib/generated-corpus.ts: real PolNeAR article
 * parts recombined) ingested as `newsgraph ingest` does it, measuring the ingest rate as the store
 * grows (the thousand articles after the first thousand, once the threads are warm, against the
 * last thousand, and every ten thousand on the way), the database's size per
 * article, and then the latency of `search`, `entity` and `timeline` on the full store.
 *
 *   npm run bench:corpus-scale -- [--articles 100000] [--workers N] [--db PATH]
 *   npm run bench:corpus-scale -- --reads --db PATH   (only the reads, on a store a full run filled:
 *                                                     to measure newer read code without ingesting again)
 *   (PolNeAR from ../shared/data/quotes/polnear or NEWSGRAPH_POLNEAR; the store in a temporary folder unless --db)
 */
import { mkdtempSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scriptArgs } from '../scripts/lib/script-args.js';
import { ingest } from '../src/corpus/ingest.js';
import { openStore, type Store } from '../src/corpus/store.js';
import { defaultWorkers } from '../src/corpus/threads.js';
import { createAnalyzer } from '../src/analyze.js';
import { generateCorpus } from '../scripts/lib/generated-corpus.js';
import { DEFAULT_POLNEAR_DIR } from '../scripts/lib/polnear.js';
import { percentiles, SEARCH_QUERIES, timed } from './lib/latency.js';

const { values } = scriptArgs(import.meta.url, { options: { articles: { type: 'string', default: '100000' }, workers: { type: 'string' }, db: { type: 'string' }, reads: { type: 'boolean' } } });
const count = Number(values.articles);
const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers);
const WINDOW = Math.min(1000, Math.floor(count / 10));

if (values.reads === true) {
  if (values.db === undefined || !existsSync(values.db)) throw new Error('--reads needs --db PATH, a store a full run filled');
  const store = await openStore(values.db);
  console.log(`reads on ${values.db}: ${(await store.stats()).documents} articles\n`);
  console.log('| measure | value |');
  console.log('|---|---|');
  await measureReads(store);
} else {
  await ingestAndMeasure();
}

async function ingestAndMeasure(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'newsgraph-scale-'));
  const jsonl = join(scratch, 'articles.jsonl');
  console.error(`generating ${count} articles...`);
  writeFileSync(jsonl, generateCorpus(DEFAULT_POLNEAR_DIR, count).map((article) => JSON.stringify(article)).join('\n'));
  const path = values.db ?? join(scratch, 'corpus.db');
  if (existsSync(path)) throw new Error(`${path} exists: the bench measures a store it fills from empty`);
  const store = await openStore(path);

  // The time at which each article was stored: rates over windows of WINDOW articles.
  const stamps: number[] = [];
  const started = performance.now();
  const counts = await ingest([jsonl], () => createAnalyzer(), store, {
    workers,
    onResult: (progress) => {
      stamps.push(performance.now());
      if (progress.done % 10_000 === 0) console.error(`  ${progress.done} articles, ${((progress.done / (performance.now() - started)) * 1000).toFixed(1)}/s`);
    },
  });
  const rateOver = (from: number, to: number) => ((to - from) / (stamps[to - 1]! - (from === 0 ? started : stamps[from - 1]!))) * 1000;
  const firstRate = rateOver(WINDOW, 2 * WINDOW);
  const lastRate = rateOver(stamps.length - WINDOW, stamps.length);
  const progress: string[] = [];
  for (let end = 10 * WINDOW; end <= stamps.length; end += 10 * WINDOW) progress.push(`${end / 1000}k: ${rateOver(end - WINDOW, end).toFixed(0)}`);
  const bytes = [path, `${path}-wal`].filter(existsSync).reduce((sum, file) => sum + statSync(file).size, 0);
  const stats = await store.stats();
  console.log(`${counts.added} generated articles stored (${counts.duplicates} duplicates, ${counts.failed} failed) with ${workers} analysis worker thread${workers === 1 ? '' : 's'} in ${((performance.now() - started) / 60000).toFixed(1)} min\n`);
  console.log('| measure | value |');
  console.log('|---|---|');
  console.log(`| ingest rate, articles ${WINDOW}–${2 * WINDOW} | ${firstRate.toFixed(1)} docs/s |`);
  console.log(`| ingest rate, last ${WINDOW} articles | ${lastRate.toFixed(1)} docs/s (${(lastRate / firstRate).toFixed(2)}× the first) |`);
  console.log(`| ingest rate over the ${WINDOW} articles before each mark (docs/s) | ${progress.join(', ')} |`);
  console.log(`| database size | ${(bytes / 1024 ** 3).toFixed(2)} GiB, ${(bytes / counts.added / 1024).toFixed(1)} KiB per article |`);
  console.log(`| stories, events, event reports | ${stats.stories}, ${stats.events}, ${stats.eventReports} |`);
  await measureReads(store);
}

/** Latency of search, entity and timeline on the full store (then closes it). */
async function measureReads(store: Store): Promise<void> {
  const searchTimes: number[] = [];
  for (let repeat = 0; repeat < 10; repeat++) for (const query of SEARCH_QUERIES) searchTimes.push(await timed(() => store.search(query, { limit: 20 })));
  const names = ['Donald Trump', 'Hillary Clinton', 'Bernie Sanders', 'Ted Cruz', 'Marco Rubio', 'Barack Obama', 'Paul Ryan', 'John Kasich', 'Mike Pence', 'Jeb Bush'];
  const entityTimes: number[] = [];
  const timelineTimes: number[] = [];
  for (let repeat = 0; repeat < 3; repeat++) {
    for (const name of names) {
      entityTimes.push(await timed(async () => {
        const [actor] = await store.findActors(name);
        if (actor !== undefined) await store.actorProfile(actor);
      }));
      const [actor] = await store.findActors(name);
      if (actor !== undefined) timelineTimes.push(await timed(() => store.timeline({ actor: actor.key, by: 'week' })));
    }
    for (const by of ['day', 'week', 'month'] as const) timelineTimes.push(await timed(() => store.timeline({ by })));
  }
  await store.close();

  console.log(`| search | ${percentiles(searchTimes)} |`);
  console.log(`| entity (find and profile an actor) | ${percentiles(entityTimes)} |`);
  console.log(`| timeline (all, by day/week/month; an actor's, by week) | ${percentiles(timelineTimes)} |`);
}
