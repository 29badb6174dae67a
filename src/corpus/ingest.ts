/**
 * Ingest: every input `analyze` reads, analyzed by one analyzer and stored, one transaction per
 * article. An input that fails is recorded in the store's failures and the run goes on; an
 * article already stored (the same text) is counted and skipped.
 */
import type { Analyzer, AnalyzeOptions } from '../analyze.js';
import type { AnalysisResult } from '../document/contract.js';
import type { Store } from './store.js';

export interface IngestCounts {
  /** Inputs read so far. */
  done: number;
  added: number;
  duplicates: number;
  failed: number;
}

export interface IngestOptions extends AnalyzeOptions {
  /** Called after each input with the counts so far and its result. */
  readonly onResult?: (counts: Readonly<IngestCounts>, result: AnalysisResult) => void;
}

export async function ingest(inputs: readonly string[], analyzer: Analyzer, store: Store, options: IngestOptions = {}): Promise<IngestCounts> {
  const counts: IngestCounts = { done: 0, added: 0, duplicates: 0, failed: 0 };
  for await (const result of analyzer.analyzeInputs(inputs, options)) {
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
