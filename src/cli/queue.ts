/**
 * The scaled-out commands, on a PostgreSQL corpus: `ingest --enqueue` (and `watch --enqueue`)
 * queue articles and return, `worker` analyzes and stores what is queued until stopped, `queue`
 * says what waits. Thin: the work is in src/corpus/queue.ts and src/corpus/worker.ts.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../analyze.js';
import { isPostgresUrl, withoutPassword } from '../corpus/location.js';
import type { IngestJob, IngestQueue, QueueSettings } from '../corpus/queue.js';
import type { Store } from '../corpus/store.js';
import { DEFAULT_SOURCE_LIMITS } from '../sources/types.js';
import { DEFAULT_POLITENESS } from '../sources/web/politeness.js';
import { durationMs, openStore } from './corpus.js';
import { nonNegativeInteger, positiveInteger, UsageError, type Io } from './io.js';

export const QUEUE_USAGE = `Scaled out (a PostgreSQL corpus, --db postgres://user@host/database):
  newsgraph ingest <inputs...> --db URL --enqueue [--retries N] [--job-timeout 10m]   queue the inputs and return
  newsgraph watch <feeds...> --db URL --enqueue [--every 15m]   queue what is new, round after round
  newsgraph worker --db URL [--concurrency N] [--until-empty]   fetch, analyze and store queued articles until stopped
  newsgraph queue --db URL [--format json|pretty]               jobs waiting, running and dead, and the corpus's size

Queued local files travel in the job (a worker needs no access to them); listings are read when
queued and their articles queued by URL, fetched by the workers, which take turns per host
through the database (one request per --delay-ms per host across all workers). A job that fails
for a reason that can pass runs again after 30 s, 60 s, 120 s, ...; after its last attempt it waits
in the dead-letter queue with its error. A worker stops on SIGTERM or Ctrl-C after the articles in
hand (a second signal stops it at once; what it held runs again after --job-timeout).

Worker options:
  --concurrency N              articles in hand at once; above 1 they are analyzed in N threads (default 1)
  --batch N                    jobs taken from the queue at a time, completed together (default 20)
  --until-empty                stop when nothing is left to run (for batch jobs)
  --poll-ms N                  wait between two looks at an empty queue (default 1000)
  --user-agent TEXT, --delay-ms N, --data-dir DIR, --allow-private   as for ingest`;

/** A duration flag in whole seconds (at least one), as pg-boss counts them. */
function seconds(value: string, flag: string): number {
  return Math.max(1, Math.ceil(durationMs(value, flag) / 1000));
}

/** The queue in the PostgreSQL database --db names; a file path is refused with the reason. */
export async function openQueue(db: string | undefined, command: string, settings?: Partial<QueueSettings>, supervise = false): Promise<IngestQueue> {
  if (db === undefined || !isPostgresUrl(db)) throw new UsageError(`${command} needs --db postgres://user@host/database: the job queue lives in PostgreSQL beside the corpus`);
  const { IngestQueue, DEFAULT_QUEUE_SETTINGS } = await import('../corpus/queue.js');
  return IngestQueue.open(db, { settings: { ...DEFAULT_QUEUE_SETTINGS, ...settings }, supervise });
}

/** --retries and --job-timeout as queue settings. */
export function queueSettings(values: { retries?: string; 'job-timeout'?: string }): Partial<QueueSettings> {
  const retries = values.retries === undefined ? undefined : Number(values.retries);
  if (retries !== undefined && (!Number.isInteger(retries) || retries < 0)) throw new UsageError(`--retries needs a whole number (0 or more), got "${values.retries}"`);
  return {
    ...(retries === undefined ? {} : { retryLimit: retries }),
    ...(values['job-timeout'] === undefined ? {} : { jobTimeoutSeconds: seconds(values['job-timeout'], '--job-timeout') }),
  };
}

/** Queues one job at a time as `ingest` meets them, in batches of this many. */
const ENQUEUE_BATCH = 200;

/** Collects jobs and inserts them a batch at a time; `flush` at the end. */
export function jobBatcher(queue: IngestQueue): { add: (job: IngestJob) => Promise<void>; flush: () => Promise<void> } {
  let pending: IngestJob[] = [];
  const flush = async () => {
    const jobs = pending;
    pending = [];
    if (jobs.length > 0) await queue.enqueue(jobs);
  };
  return {
    add: async (job) => {
      pending.push(job);
      if (pending.length >= ENQUEUE_BATCH) await flush();
    },
    flush,
  };
}

const WORKER_OPTIONS = {
  db: { type: 'string' },
  concurrency: { type: 'string' },
  batch: { type: 'string' },
  'until-empty': { type: 'boolean' },
  'poll-ms': { type: 'string' },
  'user-agent': { type: 'string' },
  'delay-ms': { type: 'string' },
  'data-dir': { type: 'string' },
  'allow-private': { type: 'boolean' },
} as const;

export async function workerCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: WORKER_OPTIONS });
  const concurrency = positiveInteger(values.concurrency, '--concurrency') ?? 1;
  const pollMs = positiveInteger(values['poll-ms'], '--poll-ms') ?? 1000;
  const batch = positiveInteger(values.batch, '--batch');
  const delay = values['delay-ms'] === undefined ? DEFAULT_POLITENESS.minIntervalMs : nonNegativeInteger(values['delay-ms'], '--delay-ms');
  const queue = await openQueue(values.db, 'worker', {}, true);
  let store: Store | undefined;
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    io.stderr.write(`newsgraph: ${signal}: finishing the articles in hand (again to stop at once)\n`);
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    store = await openStore(values.db!, values['data-dir']);
    const { runWorker } = await import('../corpus/worker.js');
    const { PoliteFetcher } = await import('../sources/web/polite.js');
    const fetcher = new PoliteFetcher({
      minIntervalMs: delay,
      ...(values['user-agent'] === undefined ? {} : { userAgent: values['user-agent'] }),
      sharedTurns: (host, intervalMs) => store!.takeHostTurn(host, intervalMs),
      limits: { ...DEFAULT_SOURCE_LIMITS, allowPrivateNetworks: values['allow-private'] === true },
    });
    const dataDir = values['data-dir'] === undefined ? undefined : resolve(values['data-dir']);
    let started = performance.now();
    const counts = await runWorker(queue, store, () => createAnalyzer({ dataDir }), {
      concurrency,
      fetcher,
      signal: controller.signal,
      pollMs,
      ...(batch === undefined ? {} : { batch }),
      untilEmpty: values['until-empty'] === true,
      onReady: () => {
        started = performance.now();
        io.stderr.write(`newsgraph: worker on ${withoutPassword(values.db!)}, ${concurrency} at a time: ready\n`);
      },
      ...(dataDir === undefined ? {} : { dataDir }),
      onJob: (counts, job, outcome) => {
        if (outcome === 'retry') io.stderr.write(`newsgraph: job ${job.id} failed (attempt ${job.retryCount + 1}${job.lastAttempt ? ', the last: dead-lettered' : ''})\n`);
        if (counts.jobs % 100 === 0) io.stderr.write(`newsgraph: ${counts.jobs} jobs: ${counts.added} added, ${counts.duplicates} already stored, ${counts.failed} failed, ${counts.retried} to retry\n`);
      },
    });
    const elapsed = (performance.now() - started) / 1000;
    io.stderr.write(`newsgraph: worker stopped after ${counts.jobs} jobs in ${elapsed.toFixed(1)} s: ${counts.added} added, ${counts.duplicates} already stored, ${counts.failed} failed, ${counts.retried} to retry; `
      + `${Math.round(counts.analyzeMs)} ms analyzing, ${Math.round(counts.queueMs)} ms in the queue, ${Math.round(counts.otherMs)} ms fetching and storing\n`);
    return 0;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await store?.close();
    await queue.close();
  }
}

export async function queueCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, format: { type: 'string' } } });
  const format = values.format ?? (io.stdout.isTTY ? 'pretty' : 'json');
  if (format !== 'json' && format !== 'pretty') throw new UsageError(`--format must be json or pretty, got "${values.format}"`);
  const queue = await openQueue(values.db, 'queue');
  try {
    const store = await openStore(values.db!);
    try {
      const { documents, failures } = await store.stats();
      const status = { ...(await queue.counts()), documents, failures };
      io.stdout.write(format === 'json' ? `${JSON.stringify(status)}\n` : `${Object.entries(status).map(([name, count]) => `${name.padEnd(10)} ${count}`).join('\n')}\n`);
      return 0;
    } finally {
      await store.close();
    }
  } finally {
    await queue.close();
  }
}
