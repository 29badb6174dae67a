/**
 * Ingest: every input `analyze` reads, analyzed and stored, one transaction per article. An
 * input that fails is recorded in the store's failures and the run goes on; an article already
 * stored (the same text) is counted and skipped. Local inputs can be analyzed by a pool of
 * worker threads while this thread stores; results are stored in input order either way, so a
 * run gives the same store whatever the number of workers.
 */
import type { Analyzer, AnalyzeOptions } from '../analyze.js';
import type { AnalysisResult } from '../document/contract.js';
import { DEFAULT_SOURCE_LIMITS, readSources } from '../sources/index.js';
import { PoliteFetcher } from '../sources/web/polite.js';
import { analyzeInOrder, AnalyzerPool } from './analyzer-pool.js';
import { crawl, isListingInput } from './crawl.js';
import { toQueuedRaw, type IngestJob } from './queue.js';
import type { Store } from './store.js';

export interface IngestCounts {
  /** Articles read so far (fetched or read, and analyzed or failed). */
  done: number;
  added: number;
  duplicates: number;
  failed: number;
  /** Article URLs of listings not fetched because an earlier run met them. */
  skipped: number;
  /** Articles queued for workers (--enqueue) rather than analyzed here. */
  queued: number;
}

export interface IngestOptions extends AnalyzeOptions {
  /** Called after each input with the counts so far and its result. */
  readonly onResult?: (counts: Readonly<IngestCounts>, result: AnalysisResult) => void;
  /** Fetches for URLs and listings (robots.txt, per-host intervals); polite defaults otherwise. */
  readonly fetcher?: PoliteFetcher;
  /** Worker threads that analyze local inputs (files, folders, JSONL, stdin); 0 (the default): this thread does. */
  readonly workers?: number;
  /** How long a worker thread may analyze one article (default 30 s); in this thread (workers 0) there is no deadline. */
  readonly deadlineMs?: number;
  /** The data folder the workers load their analyzer from (give the one the in-process analyzer uses). */
  readonly dataDir?: string | URL;
  /** A running pool to analyze local inputs with, instead of starting `workers` threads for this call (it stays open). */
  readonly pool?: AnalyzerPool;
  /** Queue every article for workers (--enqueue) instead of analyzing it here: local ones read, listings' articles by URL. */
  readonly enqueue?: (job: IngestJob) => Promise<void>;
}

/** The analyzer, or a way to load it when first needed (a run whose inputs all go to the pool never does). */
export type AnalyzerSource = Analyzer | (() => Analyzer);

/**
 * Local files and folders are read as `analyze` reads them; URLs and listing files (feeds, OPML,
 * sitemaps, URL lists) go through the crawl, which keeps what it has seen.
 */
export async function ingest(inputs: readonly string[], analyzer: AnalyzerSource, store: Store, options: IngestOptions = {}): Promise<IngestCounts> {
  let loaded = typeof analyzer === 'function' ? undefined : analyzer;
  const inProcess = () => (loaded ??= (analyzer as () => Analyzer)());
  const counts: IngestCounts = { done: 0, added: 0, duplicates: 0, failed: 0, skipped: 0, queued: 0 };
  const web: string[] = [];
  const local: string[] = [];
  for (const input of inputs) (input !== '-' && (await isListingInput(input, options.limits?.maxBytes)) ? web : local).push(input);
  if (web.length > 0) await crawl(web, inProcess, store, { ...options, fetcher: options.fetcher ?? new PoliteFetcher({ limits: { ...DEFAULT_SOURCE_LIMITS, ...options.limits } }) }, counts);
  if (local.length === 0) return counts;
  if (options.enqueue !== undefined) {
    for await (const item of readSources(local, options)) {
      if (item.ok) {
        await options.enqueue({ kind: 'article', raw: toQueuedRaw(item.raw) });
        counts.queued++;
      } else {
        counts.done++;
        counts.failed++;
        await store.addFailure(item.source, item.error);
      }
    }
    return counts;
  }

  const storeResult = async (result: AnalysisResult) => {
    counts.done++;
    if (result.status === 'failed') {
      counts.failed++;
      await store.addFailure(result.source, result.error);
    } else if ((await store.addDocument(result)) === 'added') {
      counts.added++;
    } else {
      counts.duplicates++;
    }
    options.onResult?.(counts, result);
  };

  if (options.pool === undefined && (options.workers ?? 0) === 0) {
    for await (const result of inProcess().analyzeInputs(local, options)) await storeResult(result);
    return counts;
  }
  const pool = options.pool ?? await AnalyzerPool.start(options.workers!, options.dataDir, options.deadlineMs);
  try {
    for await (const result of analyzeInOrder(pool, local, options)) await storeResult(result);
  } finally {
    if (options.pool === undefined) await pool.close();
  }
  return counts;
}

export interface ReanalyzeCounts {
  done: number;
  /** Stored documents whose record was made by another analyzer, when the run started. */
  total: number;
}

/** Documents read from the store per query. */
const REANALYZE_PAGE = 100;

/**
 * Re-runs `analyzer` over every stored document another analyzer (an older version, other data)
 * made, replacing its facts: the article is not read again, its stored text is annotated anew.
 * Each document is replaced in one transaction, so a run stopped midway leaves whole documents,
 * and running it again goes on where it stopped.
 */
export async function reanalyze(analyzer: Analyzer, store: Store, onProgress?: (counts: Readonly<ReanalyzeCounts>) => void): Promise<ReanalyzeCounts> {
  const counts: ReanalyzeCounts = { done: 0, total: await store.countStale(analyzer.info) };
  let after: string | null = null;
  for (;;) {
    const page = await store.staleDocuments(analyzer.info, after, REANALYZE_PAGE);
    if (page.length === 0) return counts;
    for (const doc of page) {
      await store.replaceAnalysis(analyzer.reanalyze(doc));
      counts.done++;
      onProgress?.(counts);
    }
    after = page.at(-1)!.id;
  }
}
