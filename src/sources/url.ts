import { InputError } from '../errors.js';
import type { SourceLimits } from './types.js';

export interface FetchedPage {
  readonly bytes: Uint8Array;
  readonly contentType: string | null;
  /** The address after redirects. */
  readonly finalUrl: string;
}

export function isHttpUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * Fetches a page with a timeout over the whole exchange, a redirect cap and a size cap on
 * the body (counted while streaming, so a huge or endless body is cut off early).
 */
export async function fetchPage(url: string, limits: SourceLimits): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.fetchTimeoutMs);
  let current = parseHttpUrl(url);
  for (let redirects = 0; ; redirects++) {
    const response = await request(current, signal, limits);
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
      throw new InputError('NG_FETCH_STATUS', `${current.href} answered HTTP ${response.status}`);
    }
    const bytes = await readCapped(response, limits, signal, current.href);
    return { bytes, contentType: response.headers.get('content-type'), finalUrl: current.href };
  }
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

async function request(url: URL, signal: AbortSignal, limits: SourceLimits): Promise<Response> {
  try {
    return await fetch(url, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': 'newsgraph (+offline news analysis)', accept: 'text/html,text/plain;q=0.9,*/*;q=0.5' },
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
