/**
 * Polite fetching for crawls: robots.txt (robots-parser) with its Crawl-delay, one request at a
 * time per host with a minimum interval, retries on 429 and 503 that honour Retry-After, a
 * configurable User-Agent, and conditional GET (ETag / Last-Modified) so an unchanged feed costs
 * a 304. Size and time caps are those of every fetch (SourceLimits).
 */
import robotsModule from 'robots-parser';
import { InputError } from '../../errors.js';
import { fetchHttp, type HttpResult } from '../url.js';
import { DEFAULT_POLITENESS, type PolitenessOptions } from './politeness.js';

/** Validators of an earlier fetch of the same URL, for a conditional GET. */
export interface Validators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export type PoliteResult =
  | { readonly kind: 'fetched'; readonly result: HttpResult; readonly validators: Validators }
  | { readonly kind: 'not-modified' };

/** What a parsed robots.txt answers (robots-parser's typings declare the function but not this). */
interface Robots {
  isDisallowed(url: string, userAgent?: string): boolean | undefined;
  getCrawlDelay(userAgent?: string): number | undefined;
}
// robots-parser is CommonJS; under Node's ES module interop its function is the default export.
const robotsParser = robotsModule as unknown as (url: string, text: string) => Robots;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class PoliteFetcher {
  private readonly options: PolitenessOptions;
  private readonly robots = new Map<string, Promise<Robots | 'unreachable'>>();
  /** Per host: when the next request may start, and the request before it (requests to a host queue up). */
  private readonly hosts = new Map<string, { nextAt: number; last: Promise<unknown> }>();

  constructor(options: Partial<PolitenessOptions> = {}) {
    this.options = { ...DEFAULT_POLITENESS, ...options };
  }

  /** Fetches `url` if robots.txt allows it; a 304 to the validators given is 'not-modified'. */
  async fetch(url: string, validators: Validators | null = null): Promise<PoliteResult> {
    const target = new URL(url);
    const robots = await this.robotsFor(target);
    if (robots === 'unreachable') {
      throw new InputError('NG_ROBOTS_UNAVAILABLE', `${target.origin}/robots.txt could not be read (a server error): the site is not crawled until it can be (RFC 9309)`);
    }
    if (robots.isDisallowed(url, this.options.userAgent)) throw new InputError('NG_ROBOTS_DISALLOWED', `${url} is disallowed by ${target.origin}/robots.txt`);
    const crawlDelayMs = (robots.getCrawlDelay(this.options.userAgent) ?? 0) * 1000;
    const headers: Record<string, string> = { 'user-agent': this.options.userAgent };
    if (validators?.etag) headers['if-none-match'] = validators.etag;
    if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
    for (let attempt = 0; ; attempt++) {
      const result = await this.inTurn(target.host, Math.max(this.options.minIntervalMs, crawlDelayMs), () => fetchHttp(url, this.options.limits, { headers }));
      if (result.status === 304) return { kind: 'not-modified' };
      if (result.status >= 200 && result.status < 300) {
        return { kind: 'fetched', result, validators: { etag: result.headers.get('etag'), lastModified: result.headers.get('last-modified') } };
      }
      if ((result.status === 429 || result.status === 503) && attempt < this.options.maxRetries) {
        const wait = retryAfterMs(result.headers.get('retry-after')) ?? this.options.backoffMs * 2 ** attempt;
        if (wait <= this.options.maxRetryWaitMs) {
          await sleep(wait);
          continue;
        }
      }
      throw new InputError('NG_FETCH_STATUS', `${result.finalUrl} answered HTTP ${result.status}${attempt > 0 ? ` after ${attempt} retries` : ''}`);
    }
  }

  /** Runs `request` when the host's turn comes: after its previous request and the interval. */
  private async inTurn<T>(host: string, intervalMs: number, request: () => Promise<T>): Promise<T> {
    const state = this.hosts.get(host) ?? { nextAt: 0, last: Promise.resolve() };
    this.hosts.set(host, state);
    const run = state.last.catch(() => undefined).then(async () => {
      await sleep(Math.max(0, state.nextAt - Date.now()));
      if (this.options.sharedTurns !== undefined) await sleep(await this.options.sharedTurns(host, intervalMs));
      try {
        return await request();
      } finally {
        state.nextAt = Date.now() + intervalMs;
      }
    });
    state.last = run;
    return run;
  }

  private robotsFor(target: URL): Promise<Robots | 'unreachable'> {
    let robots = this.robots.get(target.origin);
    if (robots === undefined) {
      const robotsUrl = `${target.origin}/robots.txt`;
      robots = this.inTurn(target.host, this.options.minIntervalMs, () => fetchHttp(robotsUrl, this.options.limits, { headers: { 'user-agent': this.options.userAgent } }))
        .then((result): Robots | 'unreachable' => {
          // RFC 9309: a robots.txt that is not there (4xx) allows everything; a server error disallows everything.
          if (result.status >= 500) return 'unreachable';
          const text = result.status >= 200 && result.status < 300 ? Buffer.from(result.bytes).toString('utf8') : '';
          return robotsParser(robotsUrl, text);
        }, () => 'unreachable');
      this.robots.set(target.origin, robots);
    }
    return robots;
  }
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
