import { InputError } from '../errors.js';
import type { SourceLimits } from './types.js';
import { DEFAULT_USER_AGENT } from './web/politeness.js';

export interface FetchedPage {
  readonly bytes: Uint8Array;
  readonly contentType: string | null;
  /** The address after redirects. */
  readonly finalUrl: string;
}

export function isHttpUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** What an HTTP exchange ended with: the last status, its headers, and the body of a 2xx answer. */
export interface HttpResult {
  readonly status: number;
  readonly headers: Headers;
  /** Empty unless the status is 2xx. */
  readonly bytes: Uint8Array;
  /** The address after redirects. */
  readonly finalUrl: string;
}

export interface FetchOptions {
  /** Request headers added to the defaults (conditional GET validators, a User-Agent). */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * One HTTP exchange with a timeout over the whole of it, a redirect cap and a size cap on the
 * body (counted while streaming, so a huge or endless body is cut off early). Any final status
 * is returned; only network failures, timeouts and the caps throw.
 */
export async function fetchHttp(url: string, limits: SourceLimits, options: FetchOptions = {}): Promise<HttpResult> {
  const signal = AbortSignal.timeout(limits.fetchTimeoutMs);
  let current = parseHttpUrl(url);
  for (let redirects = 0; ; redirects++) {
    const response = await request(current, signal, limits, options);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      if (redirects >= limits.maxRedirects) {
        throw new InputError('NG_FETCH_REDIRECTS', `${url} redirected more than ${limits.maxRedirects} times`);
      }
      current = parseHttpUrl(new URL(location, current).href);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      return { status: response.status, headers: response.headers, bytes: new Uint8Array(), finalUrl: current.href };
    }
    const bytes = await readCapped(response, limits, signal, current.href);
    return { status: response.status, headers: response.headers, bytes, finalUrl: current.href };
  }
}

/** Fetches a page; an error status is an `NG_FETCH_STATUS` error. */
export async function fetchPage(url: string, limits: SourceLimits, options: FetchOptions = {}): Promise<FetchedPage> {
  const result = await fetchHttp(url, limits, options);
  if (result.status < 200 || result.status >= 300) throw new InputError('NG_FETCH_STATUS', `${result.finalUrl} answered HTTP ${result.status}`);
  return { bytes: result.bytes, contentType: result.headers.get('content-type'), finalUrl: result.finalUrl };
}

function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError('NG_URL_INVALID', `not a valid URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InputError('NG_URL_INVALID', `only http(s) URLs are fetched: ${url}`);
  }
  return parsed;
}

async function request(url: URL, signal: AbortSignal, limits: SourceLimits, options: FetchOptions): Promise<Response> {
  try {
    return await fetch(url, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': DEFAULT_USER_AGENT, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5', ...options.headers },
    });
  } catch (error) {
    throw fetchError(error, url.href, limits);
  }
}

async function readCapped(
  response: Response,
  limits: SourceLimits,
  signal: AbortSignal,
  url: string,
): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limits.maxBytes) {
    await response.body?.cancel();
    throw new InputError('NG_INPUT_TOO_LARGE', `${url} is ${declared} bytes, over the ${limits.maxBytes}-byte limit`);
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxBytes) {
        await reader.cancel();
        throw new InputError('NG_INPUT_TOO_LARGE', `${url} sent more than the ${limits.maxBytes}-byte limit`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fetchError(signal.aborted ? signal.reason : error, url, limits);
  }
  return Buffer.concat(chunks);
}

function fetchError(error: unknown, url: string, limits: SourceLimits): InputError {
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new InputError('NG_FETCH_TIMEOUT', `${url} did not answer within ${limits.fetchTimeoutMs} ms`);
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
  return new InputError('NG_FETCH_FAILED', `cannot reach ${url} (${detail})`);
}
