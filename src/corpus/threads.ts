import { availableParallelism } from 'node:os';

/** Analysis worker threads by default: every core but the one that stores (at most 8). */
export function defaultWorkers(): number {
  return Math.max(0, Math.min(availableParallelism() - 1, 8));
}
