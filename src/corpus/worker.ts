/**
 * A queue worker (`newsgraph worker`): takes ingest jobs from the queue, fetches the article of a
 * URL job (politely, taking turns per host with every other worker through the store), analyzes
 * it and stores it, until stopped. A stop lets the jobs in hand finish and takes no more.
 *
 * What fails how: an article the analyzer refuses (empty, binary, not English...) is a result,
 * recorded in the store's failures, and its job is done. A fetch that failed for a reason that
 * can pass (timeout, connection, HTTP 429 or 5xx, robots.txt unreachable) and any store error
 * fail the job, which pg-boss runs again later; after its last attempt the failure is also
 * recorded in the store and the job waits in the dead-letter queue with its error.
 */
import { failedDocument, type Analyzer } from '../analyze.js';
import type { AnalysisResult, SourceRef } from '../document/contract.js';
import { toInputError, type InputError } from '../errors.js';
import { canonicalUrl } from '../sources/web/canonical.js';
import type { PoliteFetcher } from '../sources/web/polite.js';
import type { RawDocument } from '../sources/types.js';
import { AnalyzerPool } from './analyzer-pool.js';
import { fetchArticle, storeAnalysis } from './crawl.js';
import type { AnalyzerSource } from './ingest.js';
import { fromQueuedRaw, type IngestQueue, type QueuedJob } from './queue.js';
import type { Store } from './store.js';

export interface WorkerOptions {
  /** Jobs in hand at once (default 1); above 1 the analysis runs in as many worker threads. */
  readonly concurrency?: number;
  readonly fetcher: PoliteFetcher;
  /** Aborted: take no more jobs, finish those in hand, return. */
  readonly signal: AbortSignal;
  /**
   * Jobs each slot takes from the queue at a time (default 20), completed together once all are
   * done: two queries per batch instead of two per article. A worker killed mid-batch has its
   * batch run again (storing is idempotent).
   */
  readonly batch?: number;
  /** How long to wait before asking again when the queue is empty (default 1000 ms). */
  readonly pollMs?: number;
  /** Return as soon as the queue has nothing to run (benchmarks and tests). */
  readonly untilEmpty?: boolean;
  /** The data folder the analysis threads load from (concurrency above 1). */
  readonly dataDir?: string | URL;
  /** Called once the analyzer is loaded (in this thread or in every analysis thread), before the first job is taken. */
  readonly onReady?: () => void;
  /** Called after each job with the counts so far. */
  readonly onJob?: (counts: Readonly<WorkerCounts>, job: QueuedJob, outcome: JobOutcome) => void;
}

export type JobOutcome = 'added' | 'duplicate' | 'failed' | 'unchanged' | 'retry';

export interface WorkerCounts {
  /** Jobs finished (done or given back to be retried). */
  jobs: number;
  added: number;
  duplicates: number;
  /** Articles recorded as failed (for good). */
  failed: number;
  /** Jobs given back to the queue to run again (or, after their last attempt, to the dead-letter queue). */
  retried: number;
  /** Time spent talking to the queue (taking, completing and failing jobs), in milliseconds. */
  queueMs: number;
  /** Time spent analyzing. */
  analyzeMs: number;
  /** Time spent fetching and storing. */
  otherMs: number;
}

const DEFAULT_BATCH = 20;

/** Fetch errors that can pass: the job runs again later. Any other fetch error is the article's failure. */
const RETRYABLE_FETCH = new Set(['NG_FETCH_TIMEOUT', 'NG_FETCH_FAILED', 'NG_ROBOTS_UNAVAILABLE']);

function retryable(error: InputError): boolean {
  if (RETRYABLE_FETCH.has(error.code)) return true;
  return error.code === 'NG_FETCH_STATUS' && /HTTP (429|5\d\d)\b/.test(error.message);
}

/** The error a job failed with, as pg-boss keeps it and the store records it. */
class RetryableError extends Error {
  constructor(readonly source: SourceRef, readonly detail: { code: string; message: string }) {
    super(detail.message);
  }
}

const sleep = (ms: number, signal: AbortSignal) => new Promise<void>((resolve) => {
  const timer = setTimeout(done, ms);
  signal.addEventListener('abort', done, { once: true });
  function done() {
    clearTimeout(timer);
    signal.removeEventListener('abort', done);
    resolve();
  }
});

export async function runWorker(queue: IngestQueue, store: Store, analyzer: AnalyzerSource, options: WorkerOptions): Promise<WorkerCounts> {
  const concurrency = options.concurrency ?? 1;
  const counts: WorkerCounts = { jobs: 0, added: 0, duplicates: 0, failed: 0, retried: 0, queueMs: 0, analyzeMs: 0, otherMs: 0 };
  let loaded = typeof analyzer === 'function' ? undefined : analyzer;
  const inProcess = () => (loaded ??= (analyzer as () => Analyzer)());
  // Loaded before the first job: a bad data folder stops the worker at once, not job after job.
  const pool = concurrency > 1 ? await AnalyzerPool.start(concurrency, options.dataDir) : null;
  if (pool === null) inProcess();
  options.onReady?.();

  const timed = async <T>(field: 'queueMs' | 'analyzeMs' | 'otherMs', run: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    try {
      return await run();
    } finally {
      counts[field] += performance.now() - started;
    }
  };

  // A thread that dies analyzing an article fails that article (its record says why), not the job.
  const analyze = (raw: RawDocument): Promise<AnalysisResult> | AnalysisResult =>
    pool === null ? inProcess().analyzeRaw(raw) : pool.analyzeRaw(raw).catch((error: unknown) => failedDocument(pool.info, raw.source, toInputError(error)));

  const run = async (job: QueuedJob): Promise<JobOutcome> => {
    const { job: data } = job;
    if (data.kind === 'article') {
      const raw = fromQueuedRaw(data.raw);
      const result = await timed('analyzeMs', () => analyze(raw));
      return timed('otherMs', () => storeResult(store, result));
    }
    const url = canonicalUrl(data.url);
    const source: SourceRef = { uri: data.url, kind: 'url' };
    let raw;
    try {
      raw = await timed('otherMs', () => fetchArticle(options.fetcher, data.url, data.publishedAt));
    } catch (error) {
      const inputError = toInputError(error);
      if (retryable(inputError)) throw new RetryableError(source, { code: inputError.code, message: inputError.message });
      if (inputError.code === 'NG_ROBOTS_DISALLOWED') await store.markSeen(url, { status: 'disallowed', documentId: null, etag: null, lastModified: null });
      await store.addFailure(source, { code: inputError.code, message: inputError.message });
      return 'failed';
    }
    if (raw === null) return 'unchanged';
    const result = await timed('analyzeMs', () => analyze(raw));
    return timed('otherMs', () => storeAnalysis(store, result, url));
  };

  const finish = (job: QueuedJob, outcome: JobOutcome) => {
    counts.jobs++;
    if (outcome === 'added') counts.added++;
    else if (outcome === 'duplicate' || outcome === 'unchanged') counts.duplicates++;
    else if (outcome === 'failed') counts.failed++;
    else counts.retried++;
    options.onJob?.(counts, job, outcome);
  };

  const slot = async () => {
    while (!options.signal.aborted) {
      const jobs = await timed('queueMs', () => queue.take(options.batch ?? DEFAULT_BATCH));
      if (jobs.length === 0) {
        if (options.untilEmpty) return;
        await sleep(options.pollMs ?? 1000, options.signal);
        continue;
      }
      // The whole batch is seen through (a stop waits for it): its jobs are active and this worker's.
      const done: [QueuedJob, JobOutcome][] = [];
      for (const job of jobs) {
        try {
          done.push([job, await run(job)]);
        } catch (error) {
          const detail = error instanceof RetryableError ? error.detail : { code: 'NG_WORKER_FAILED', message: (error as Error).message };
          // After the last attempt the article's failure is recorded where `stats` counts failures; the job keeps its error in the dead-letter queue.
          if (job.lastAttempt) await store.addFailure(error instanceof RetryableError ? error.source : sourceOf(job), detail).catch(() => {});
          await timed('queueMs', () => queue.fail(job.id, detail));
          finish(job, 'retry');
        }
      }
      await timed('queueMs', () => queue.complete(done.map(([job]) => job.id)));
      for (const [job, outcome] of done) finish(job, outcome);
    }
  };

  try {
    await Promise.all(Array.from({ length: concurrency }, slot));
  } finally {
    await pool?.close();
  }
  return counts;
}

async function storeResult(store: Store, result: AnalysisResult): Promise<JobOutcome> {
  if (result.status === 'failed') {
    await store.addFailure(result.source, result.error);
    return 'failed';
  }
  return store.addDocument(result);
}

function sourceOf(job: QueuedJob): SourceRef {
  return job.job.kind === 'url' ? { uri: job.job.url, kind: 'url' } : job.job.raw.source;
}
