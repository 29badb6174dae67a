/**
 * Scale-out throughput: the same articles through the PostgreSQL queue with 1, 2 and 4 worker
 * processes (`newsgraph worker`), each count on a fresh database, in rounds that take turns
 * (1, 2, 4, 1, 2, 4, ...). The workers start first and load their analyzers; the clock runs from
 * the first job queued until every article is stored. The figure is the ratio to one worker in
 * the same round (the machine's speed cancels out), its median over the rounds; the queue's cost
 * is what the workers spent taking and completing jobs, plus queueing them, per article, against
 * their analysis time.
 *
 *   npm run bench:scale -- [DIR] [--articles N] [--workers 1,2,4] [--rounds 3] [--server postgres://...]
 *   (DIR: a folder of .txt files, by default the PolNeAR texts; --server: where the scratch
 *   databases are made, by default the machine's PostgreSQL or NEWSGRAPH_TEST_POSTGRES)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { scriptArgs } from '../scripts/lib/script-args.js';
import pg from 'pg';
import { IngestQueue, toQueuedRaw, type IngestJob } from '../src/corpus/queue.js';
import { DEFAULT_POLNEAR_DIR, readPolnearMetadata } from '../scripts/lib/polnear.js';
import { createScratchDatabase, POSTGRES_SERVER } from '../scripts/lib/scratch-database.js';
import { machineParallelism } from './lib/parallelism.js';

const { values, positionals } = scriptArgs(import.meta.url, { allowPositionals: true, options: { articles: { type: 'string' }, workers: { type: 'string' }, rounds: { type: 'string' }, server: { type: 'string' } } });
const rounds = Number(values.rounds ?? 3);
const dir = positionals[0] ?? join(DEFAULT_POLNEAR_DIR, 'text');
const workerCounts = (values.workers ?? '1,2,4').split(',').map(Number);
const metadata = existsSync(join(dirname(dir), 'metadata.tsv')) ? readPolnearMetadata(dirname(dir)) : null;
const jobs: IngestJob[] = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()
  .slice(0, values.articles === undefined ? undefined : Number(values.articles))
  .map((name) => {
    const known = metadata?.get(basename(name, '.txt'));
    return {
      kind: 'article',
      raw: toQueuedRaw({
        source: { uri: `file:${name}`, kind: 'file' }, content: { kind: 'text', text: readFileSync(join(dir, name), 'utf8') }, format: 'text', url: null,
        publishedAt: known?.publishedAt ?? '2016-06-01', title: known?.title ?? null, publisher: known?.publisher ?? null,
      }),
    };
  });
if (jobs.length === 0) {
  console.error(`no .txt files in ${dir}`);
  process.exit(2);
}

interface WorkerReport {
  readonly analyzeMs: number;
  readonly queueMs: number;
  readonly jobs: number;
}

/** A worker process and what it reports: ready (analyzer loaded), and at its end its time in analysis and in the queue. */
function startWorker(url: string): { child: ChildProcess; ready: Promise<void>; report: Promise<WorkerReport> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'worker', '--db', url, '--poll-ms', '100'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  let onReady = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString();
    if (err.includes(': ready')) onReady();
  });
  const report = new Promise<WorkerReport>((resolve, reject) => child.on('exit', () => {
    const match = /stopped after (\d+) jobs .* (\d+) ms analyzing, (\d+) ms in the queue/.exec(err);
    if (match === null) reject(new Error(`a worker ended without its report:\n${err}`));
    else resolve({ jobs: Number(match[1]), analyzeMs: Number(match[2]), queueMs: Number(match[3]) });
  }));
  return { child, ready, report };
}

async function storedCount(client: pg.Client): Promise<number> {
  return Number((await client.query<{ n: string }>('select count(*) as n from documents')).rows[0]!.n);
}

interface Run {
  readonly workers: number;
  readonly seconds: number;
  readonly enqueueMs: number;
  readonly reports: WorkerReport[];
}

async function run(workers: number): Promise<Run> {
  const database = await createScratchDatabase('newsgraph_bench', values.server ?? POSTGRES_SERVER);
  try {
    // The schema and the queue exist before the workers start (several opening an empty database at once only wait on each other).
    const queue = await IngestQueue.open(database.url);
    const started = workers === 0 ? [] : Array.from({ length: workers }, () => startWorker(database.url));
    await Promise.all(started.map((worker) => worker.ready));
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const begin = performance.now();
    await queue.enqueue(jobs);
    const enqueueMs = performance.now() - begin;
    while ((await storedCount(client)) < jobs.length) await new Promise((resolve) => setTimeout(resolve, 50));
    const seconds = (performance.now() - begin) / 1000;
    for (const worker of started) worker.child.kill('SIGTERM');
    const reports = await Promise.all(started.map((worker) => worker.report));
    await client.end();
    await queue.close();
    return { workers, seconds, enqueueMs, reports };
  } finally {
    await database.drop();
  }
}

console.log(`bench:scale: ${jobs.length} articles from ${dir}, through the PostgreSQL queue, ${rounds} rounds`);
const runs: Run[][] = [];
for (let round = 0; round < rounds; round++) {
  const results: Run[] = [];
  for (const workers of workerCounts) results.push(await run(workers));
  runs.push(results);
  console.log(`  round ${round + 1}: ${results.map((result) => `${result.workers} worker${result.workers === 1 ? '' : 's'} ${result.seconds.toFixed(1)} s`).join(', ')}`);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const range = (values: number[], digits: number) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
console.log('\n| worker processes | articles/s (median, range) | ratio to 1 worker in the same round (median, range) |\n|---|---|---|');
workerCounts.forEach((workers, i) => {
  const rates = runs.map((round) => jobs.length / round[i]!.seconds);
  const ratios = runs.map((round) => round[0]!.seconds / round[i]!.seconds);
  console.log(`| ${workers} | ${median(rates).toFixed(1)} (${range(rates, 1)}) | ${median(ratios).toFixed(2)}× (${range(ratios, 2)}) |`);
});
console.log(`\nThe machine's own ceiling: 2 copies of a CPU-bound loop at once run at ${(await machineParallelism(2)).toFixed(2)}× one copy's throughput.`);
const costs = runs.map((round) => {
  const base = round[0]!;
  const jobsDone = base.reports.reduce((sum, report) => sum + report.jobs, 0);
  const analyzeMs = base.reports.reduce((sum, report) => sum + report.analyzeMs, 0) / jobsDone;
  const takeMs = base.reports.reduce((sum, report) => sum + report.queueMs, 0) / jobsDone;
  const enqueueMs = base.enqueueMs / jobs.length;
  return { analyzeMs, takeMs, enqueueMs, share: (takeMs + enqueueMs) / analyzeMs };
});
const typical = costs.find((cost) => cost.share === median(costs.map((c) => c.share)))!;
console.log(`\nQueue cost per article (${workerCounts[0]} worker, the median round): taking and completing the job ${typical.takeMs.toFixed(2)} ms, queueing it ${typical.enqueueMs.toFixed(2)} ms; `
  + `analysis ${typical.analyzeMs.toFixed(1)} ms: the queue costs ${(100 * typical.share).toFixed(1)}% of the analysis time (rounds: ${costs.map((cost) => `${(100 * cost.share).toFixed(1)}%`).join(', ')})`);
