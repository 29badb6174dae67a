/**
 * A worker thread's analyzer (see src/corpus/analyzer-pool.ts): loaded once per thread from the
 * data folder the pool names, then one task per article.
 */
import { workerData } from 'node:worker_threads';
import { createAnalyzer, type AnalysisOptions, type Analyzer, type AnalyzerDescription } from '../analyze.js';
import type { AnalysisResult } from '../document/contract.js';
import { toInputError } from '../errors.js';
import type { RawDocument } from '../sources/types.js';

export interface AnalyzeTask {
  readonly raw: RawDocument;
  readonly options: AnalysisOptions;
}

// Loaded by the first task (the pool's `describe`), not when the module loads: a data folder's
// error then reaches the caller as that task's error, where a failing module load would not.
let loaded: Analyzer | undefined;
const analyzer = () => (loaded ??= createAnalyzer({ dataDir: (workerData as { dataDir?: string } | undefined)?.dataDir }));

/**
 * The analysis as JSON text: a record is a deep tree of small objects, which a thread copies
 * (structured clone) more slowly than it writes and reads the same as one string.
 */
export default function analyzeTask({ raw, options }: AnalyzeTask): string {
  let result: AnalysisResult;
  try {
    result = analyzer().analyzeRaw(raw, options);
  } catch (error) {
    // analyzeRaw records bad input itself; this is a bug, kept with its input rather than losing the batch.
    result = analyzer().failure(raw.source, toInputError(error));
  }
  return JSON.stringify(result);
}

export function describe(): AnalyzerDescription {
  return analyzer().info;
}
