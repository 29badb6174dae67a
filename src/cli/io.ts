/** What every command shares: its streams, usage errors, and the options that read articles. */
import { normalizeDate } from '../articles/dates.js';
import type { AnalyzeOptions } from '../analyze.js';
import type { AnalysisResult } from '../document/contract.js';
import { DEFAULT_SOURCE_LIMITS } from '../sources/index.js';
import { DEFAULT_DEADLINE_MS } from '../corpus/threads.js';

/** Bad command-line usage: printed with the usage hint, exit status 2. */
export class UsageError extends Error {}

export interface Io {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
}

export function nonNegativeInteger(value: string, flag: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new UsageError(`${flag} needs a whole number (0 or more), got "${value}"`);
  return number;
}

export function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new UsageError(`${flag} needs a positive whole number, got "${value}"`);
  return number;
}

/** The options of every command that reads articles (analyze, ingest), for `parseArgs`. */
export const READ_OPTIONS = {
  'published-at': { type: 'string' },
  'max-bytes': { type: 'string' },
  'timeout-ms': { type: 'string' },
  'data-dir': { type: 'string' },
  'allow-private': { type: 'boolean' },
  events: { type: 'string' },
  quotes: { type: 'string' },
} as const;

export const READ_OPTIONS_HELP = `  --published-at DATE          date to resolve relative times against when an input has none
  --max-bytes N                largest input accepted, before and after gzip (default ${DEFAULT_SOURCE_LIMITS.maxBytes})
  --timeout-ms N               time limit for fetching a URL (default ${DEFAULT_SOURCE_LIMITS.fetchTimeoutMs})
  --data-dir DIR               load models and lexicons from DIR instead of the package's data/
  --allow-private              fetch from private, loopback and link-local addresses too (refused
                               by default: a hostile feed could point at internal services)
  --events likely|all          likely (default): the events whose confidence reaches the calibrated
                               threshold; all: every event coded, with its confidence
  --quotes likely|all          likely (default): the quotes whose confidence (that the quote is real
                               and its speaker right) reaches the calibrated threshold, which leaves
                               out the least likely; all: every quote found, with its confidence`;

/** `READ_OPTIONS` as the analyzer's options, checked. */
export function readOptions(values: { 'published-at'?: string; 'max-bytes'?: string; 'timeout-ms'?: string; 'allow-private'?: boolean; events?: string; quotes?: string }, io: Io): AnalyzeOptions {
  const publishedAt = values['published-at'];
  if (publishedAt !== undefined && normalizeDate(publishedAt) === null) {
    throw new UsageError(`--published-at needs a date such as 2025-08-19, got "${publishedAt}"`);
  }
  const events = values.events ?? 'likely';
  if (events !== 'likely' && events !== 'all') throw new UsageError(`--events must be likely or all, got "${events}"`);
  const quotes = values.quotes ?? 'likely';
  if (quotes !== 'likely' && quotes !== 'all') throw new UsageError(`--quotes must be likely or all, got "${quotes}"`);
  const maxBytes = positiveInteger(values['max-bytes'], '--max-bytes');
  const fetchTimeoutMs = positiveInteger(values['timeout-ms'], '--timeout-ms');
  return {
    publishedAt: publishedAt ?? null,
    events,
    quotes,
    stdin: io.stdin,
    limits: { ...(maxBytes ? { maxBytes } : {}), ...(fetchTimeoutMs ? { fetchTimeoutMs } : {}), ...(values['allow-private'] === true ? { allowPrivateNetworks: true } : {}) },
  };
}

/** The stderr lines of one result: its error, or the warnings of stages that failed on it. */
export function problemLines(result: AnalysisResult): string[] {
  if (result.status === 'failed') return [`newsgraph: ${result.source.uri}: ${result.error.code}: ${result.error.message}`];
  return (result.warnings ?? []).map((warning) => `newsgraph: ${result.source.uri}: warning: ${warning.code}: the ${warning.stage} stage ${warning.message}`);
}

/** How articles are analyzed in worker threads (analyze, ingest): how many, and each article's deadline. */
export const THREAD_OPTIONS = {
  workers: { type: 'string' },
  'deadline-ms': { type: 'string' },
} as const;

export const THREAD_OPTIONS_HELP = `  --workers N                  worker threads that analyze (default: every core but one, at least one;
                               analyze: a single input in this thread; 0: in this thread, with no deadline)
  --deadline-ms N              the longest one article's analysis may take in a worker thread; past it the
                               thread is stopped and the article fails with NG_DEADLINE (default ${DEFAULT_DEADLINE_MS})`;

/** THREAD_OPTIONS checked, with `defaultWorkers` when --workers is not given. */
export function threadOptions(values: { workers?: string; 'deadline-ms'?: string }, defaultWorkers: number): { workers: number; deadlineMs: number } {
  return {
    workers: values.workers === undefined ? defaultWorkers : nonNegativeInteger(values.workers, '--workers'),
    deadlineMs: positiveInteger(values['deadline-ms'], '--deadline-ms') ?? DEFAULT_DEADLINE_MS,
  };
}
