import { InputError } from '../errors.js';
import type { SourceLimits } from './types.js';
import { isPrivateAddress, PrivateAddressError } from './web/private-addresses.js';
import { DEFAULT_USER_AGENT } from './web/politeness.js';

/**
 * Answers that are no text whatever they contain: refused before their body is read. (Bytes
 * that claim to be text and are not are caught when decoded.)
 */
const NOT_TEXT = /^(?:image|audio|video|font|model)\/|^application\/(?:pdf|zip|x-7z-compressed|x-rar-compressed|vnd\.|msword|x-msdownload|x-executable|wasm)/i;

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
 * body (counted while streaming, so a huge or endless body is cut off early), to public
 * addresses only unless the limits allow private ones (checked for every redirect). No cookie
 * or credential is ever sent. Any final status is returned; network failures, timeouts, the caps,
 * a private address and a body that is no text (an image, a PDF) throw.
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
    const contentType = response.headers.get('content-type');
    if (contentType !== null && NOT_TEXT.test(contentType)) {
      await response.body?.cancel();
      throw new InputError('NG_INPUT_BINARY', `${current.href} answered with ${contentType.split(';')[0]!.trim()}, not text`);
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
  // An address written in the URL is connected to without a lookup: it is checked here; names are checked as they resolve (network-guard.ts).
  if (!limits.allowPrivateNetworks && isPrivateAddress(url.hostname)) throw privateError(url.href, url.hostname);
  // undici (the fetch and its connector) loads with the first fetch: a run that fetches nothing never loads it.
  const { fetch, anyAddressAgent, publicOnlyAgent } = await import('./web/network-guard.js');
  try {
    return await fetch(url, {
      redirect: 'manual',
      signal,
      dispatcher: limits.allowPrivateNetworks ? anyAddressAgent : publicOnlyAgent,
      headers: { 'user-agent': DEFAULT_USER_AGENT, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5', ...options.headers },
    }) as unknown as Response;
  } catch (error) {
    throw fetchError(error, url.href, limits);
  }
}

function privateError(url: string, address: string): InputError {
  return new InputError('NG_URL_PRIVATE', `${url} is at ${address}, a private, loopback or link-local address: not fetched (--allow-private allows it)`);
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
  if (cause instanceof PrivateAddressError) return privateError(url, cause.address);
  const detail = cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
  return new InputError('NG_FETCH_FAILED', `cannot reach ${url} (${detail})`);
}
