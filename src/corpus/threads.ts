import { availableParallelism } from 'node:os';

/** Analysis worker threads by default in ingest: every core but the one that stores (at most 8). */
export function defaultWorkers(): number {
  return Math.max(0, Math.min(availableParallelism() - 1, 8));
}

/**
 * Analysis worker threads by default in analyze: every core but the one that reads and writes
 * (at most 8), and at least one, so that every article has a deadline.
 */
export function analyzeThreads(): number {
  return Math.max(1, defaultWorkers());
}

/** The time an article may take to analyze in a worker thread unless told otherwise (`--deadline-ms`). */
export const DEFAULT_DEADLINE_MS = 30_000;
