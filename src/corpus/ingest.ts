/**
 * Ingest: every input `analyze` reads, analyzed by one analyzer and stored, one transaction per
 * article. An input that fails is recorded in the store's failures and the run goes on; an
 * article already stored (the same text) is counted and skipped.
 */
import type { Analyzer, AnalyzeOptions } from '../analyze.js';
import type { AnalysisResult } from '../document/contract.js';
import { DEFAULT_SOURCE_LIMITS } from '../sources/index.js';
import { PoliteFetcher } from '../sources/web/polite.js';
import { crawl, isListingInput } from './crawl.js';
import type { Store } from './store.js';

export interface IngestCounts {
  /** Articles read so far (fetched or read, and analyzed or failed). */
  done: number;
  added: number;
  duplicates: number;
  failed: number;
  /** Article URLs of listings not fetched because an earlier run met them. */
  skipped: number;
}

export interface IngestOptions extends AnalyzeOptions {
  /** Called after each input with the counts so far and its result. */
  readonly onResult?: (counts: Readonly<IngestCounts>, result: AnalysisResult) => void;
  /** Fetches for URLs and listings (robots.txt, per-host intervals); polite defaults otherwise. */
  readonly fetcher?: PoliteFetcher;
}

/**
 * Local files and folders are read as `analyze` reads them; URLs and listing files (feeds, OPML,
 * sitemaps, URL lists) go through the crawl, which keeps what it has seen.
 */
export async function ingest(inputs: readonly string[], analyzer: Analyzer, store: Store, options: IngestOptions = {}): Promise<IngestCounts> {
  const counts: IngestCounts = { done: 0, added: 0, duplicates: 0, failed: 0, skipped: 0 };
  const web: string[] = [];
  const local: string[] = [];
  for (const input of inputs) (input !== '-' && (await isListingInput(input)) ? web : local).push(input);
  if (web.length > 0) await crawl(web, analyzer, store, { ...options, fetcher: options.fetcher ?? new PoliteFetcher({ limits: { ...DEFAULT_SOURCE_LIMITS, ...options.limits } }) }, counts);
  if (local.length === 0) return counts;
  for await (const result of analyzer.analyzeInputs(local, options)) {
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
  }
  return counts;
}
