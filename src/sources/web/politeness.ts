/** How politely a crawl fetches, and the defaults: settings only, so that help texts can show them without loading the fetcher. */
import { DEFAULT_SOURCE_LIMITS, type SourceLimits } from '../types.js';

/** The User-Agent newsgraph sends unless told otherwise (`--user-agent`). */
export const DEFAULT_USER_AGENT = 'newsgraph (+offline news analysis)';

export interface PolitenessOptions {
  readonly userAgent: string;
  /** The least time between two requests to one host; a longer Crawl-delay wins. */
  readonly minIntervalMs: number;
  /** Attempts after a 429 or 503 before giving up. */
  readonly maxRetries: number;
  /** The longest wait a Retry-After may ask for; a longer one gives up at once. */
  readonly maxRetryWaitMs: number;
  /** Wait before the first retry when the server gives no Retry-After (doubled each time). */
  readonly backoffMs: number;
  readonly limits: SourceLimits;
  /**
   * Turns shared with other processes (the workers of a queue): takes a host's next turn and
   * returns how long to wait for it, in milliseconds. Without it the intervals hold within this process.
   */
  readonly sharedTurns?: (host: string, intervalMs: number) => Promise<number>;
}

export const DEFAULT_POLITENESS: PolitenessOptions = {
  userAgent: DEFAULT_USER_AGENT,
  minIntervalMs: 1_000,
  maxRetries: 3,
  maxRetryWaitMs: 120_000,
  backoffMs: 2_000,
  limits: DEFAULT_SOURCE_LIMITS,
};

