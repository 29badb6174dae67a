/**
 * Ingest from the web: listings (feeds, OPML, sitemaps, URL lists; local files or URLs) are
 * expanded to article URLs, which are fetched politely (PoliteFetcher), analyzed and stored.
 * Every URL is keyed by its canonical form in the store's seen-URL table, so a repeated run
 * fetches only what is new and an interrupted run resumes where it stopped; a listing that has
 * not changed answers a conditional GET with 304 and costs nothing more.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Analyzer } from '../analyze.js';
import type { ArticleOptions } from '../articles/index.js';
import type { AnalysisResult, SourceRef } from '../document/contract.js';
import { InputError, toInputError } from '../errors.js';
import { charsetOfContentType, formatOfContentType } from '../sources/formats.js';
import { decodeBytes, DEFAULT_SOURCE_LIMITS, type RawDocument } from '../sources/index.js';
import { canonicalUrl } from '../sources/web/canonical.js';
import { readListing, type ListingEntry } from '../sources/web/listings.js';
import type { PoliteFetcher } from '../sources/web/polite.js';
import type { IngestCounts } from './ingest.js';
import { toQueuedRaw, type IngestJob } from './queue.js';
import type { Store } from './store.js';

export interface CrawlOptions extends ArticleOptions {
  readonly fetcher: PoliteFetcher;
  /** How deep listings of listings are followed (OPML → feed → articles is 2). */
  readonly maxDepth?: number;
  readonly onResult?: (counts: Readonly<IngestCounts>, result: AnalysisResult) => void;
  /** Queue the articles for workers (ingest and watch --enqueue) instead of fetching and analyzing them here. */
  readonly enqueue?: (job: IngestJob) => Promise<void>;
}

const DEFAULT_MAX_DEPTH = 3;

/**
 * A listing input: an http(s) URL, or a local file whose content is a listing. A file over the
 * size limit is none (it is then refused as an article, NG_INPUT_TOO_LARGE): it used to be read
 * whole and split into lines first, which cost a 50 MB .txt file 250 MB of memory.
 */
export async function isListingInput(input: string, maxBytes = DEFAULT_SOURCE_LIMITS.maxBytes): Promise<boolean> {
  if (/^https?:\/\//i.test(input)) return true;
  if (!/\.(xml|rss|atom|opml|json|txt|urls)$/i.test(input)) return false;
  const size = await stat(input).then((info) => info.size, () => null);
  if (size === null || size > maxBytes) return false;
  const text = await readFile(input, 'utf8').catch(() => null);
  return text !== null && readListing(text, null) !== null;
}

/** `analyzer` is loaded when first needed: a crawl that only queues articles never loads it. */
export async function crawl(inputs: readonly string[], analyzer: () => Analyzer, store: Store, options: CrawlOptions, counts: IngestCounts): Promise<void> {
  const visited = new Set<string>();
  const report = (result: AnalysisResult) => options.onResult?.(counts, result);
  const fail = async (source: SourceRef, error: InputError) => {
    counts.done++;
    counts.failed++;
    const result = analyzer().failure(source, error);
    await store.addFailure(source, error);
    report(result);
  };

  const article = async (entry: ListingEntry) => {
    const url = canonicalUrl(entry.url);
    if (visited.has(url)) return;
    visited.add(url);
    const seen = await store.seenUrl(url);
    if (seen !== undefined && seen.status !== 'listing') {
      counts.skipped++;
      return;
    }
    if (options.enqueue !== undefined) {
      await options.enqueue({ kind: 'url', url: entry.url, publishedAt: entry.publishedAt });
      await store.markSeen(url, { status: 'queued', documentId: null, etag: null, lastModified: null });
      counts.queued++;
      return;
    }
    let raw;
    try {
      raw = await fetchArticle(options.fetcher, entry.url, entry.publishedAt);
    } catch (error) {
      const inputError = toInputError(error);
      if (inputError.code === 'NG_ROBOTS_DISALLOWED') await store.markSeen(url, { status: 'disallowed', documentId: null, etag: null, lastModified: null });
      await fail({ uri: entry.url, kind: 'url' }, inputError);
      return;
    }
    if (raw !== null) await analyzeAndStore(raw, url);
  };

  const analyzeAndStore = async (raw: RawDocument, url: string) => {
    if (options.enqueue !== undefined) {
      await options.enqueue({ kind: 'article', raw: toQueuedRaw(raw) });
      counts.queued++;
      return;
    }
    const result = analyzer().analyzeRaw(raw, options);
    counts.done++;
    const outcome = await storeAnalysis(store, result, url);
    if (outcome === 'failed') counts.failed++;
    else if (outcome === 'added') counts.added++;
    else counts.duplicates++;
    report(result);
  };

  const listing = async (input: string, depth: number) => {
    const isUrl = /^https?:\/\//i.test(input);
    const key = isUrl ? canonicalUrl(input) : `file:${input}`;
    if (visited.has(key)) return;
    visited.add(key);
    const source: SourceRef = isUrl ? { uri: input, kind: 'url' } : { uri: input, kind: 'file' };
    let text: string;
    let base: string | null = isUrl ? input : null;
    let fetchedPage: RawDocument | null = null;
    try {
      if (isUrl) {
        const seen = await store.seenUrl(key);
        const fetched = await options.fetcher.fetch(input, seen?.status === 'listing' ? seen : null);
        if (fetched.kind === 'not-modified') return;
        const contentType = fetched.result.headers.get('content-type');
        text = decodeBytes(fetched.result.bytes, charsetOfContentType(contentType)).text;
        base = fetched.result.finalUrl;
        fetchedPage = {
          source: { ...source, ...(contentType ? { contentType } : {}) },
          content: { kind: 'bytes', bytes: fetched.result.bytes, charset: charsetOfContentType(contentType) },
          format: formatOfContentType(contentType),
          url: fetched.result.finalUrl,
          publishedAt: null,
        };
        const parsed = readListing(text, base);
        if (parsed !== null) await store.markSeen(key, { status: 'listing', documentId: null, ...fetched.validators });
      } else {
        text = await readFile(input, 'utf8');
      }
    } catch (error) {
      await fail(source, toInputError(error));
      return;
    }
    const parsed = readListing(text, base);
    if (parsed === null) {
      // A URL that is no listing is an article page, already fetched.
      if (fetchedPage !== null && (await store.seenUrl(key)) === undefined) await analyzeAndStore(fetchedPage, key);
      else if (fetchedPage === null) await fail(source, new InputError('NG_NO_ARTICLE', `${input} is not a feed, OPML file, sitemap or URL list`));
      return;
    }
    if ('listings' in parsed) {
      if (depth >= (options.maxDepth ?? DEFAULT_MAX_DEPTH)) return;
      for (const nested of parsed.listings) await listing(nested, depth + 1);
      return;
    }
    for (const entry of parsed.articles) await article(entry);
  };

  for (const input of inputs) await listing(input, 0);
}

/** Fetches an article URL politely: the page as a raw document, or null when the server says it has not changed. */
export async function fetchArticle(fetcher: PoliteFetcher, url: string, publishedAt: string | null): Promise<RawDocument | null> {
  const fetched = await fetcher.fetch(url);
  if (fetched.kind === 'not-modified') return null;
  const contentType = fetched.result.headers.get('content-type');
  return {
    source: { uri: url, kind: 'url', ...(contentType ? { contentType } : {}) },
    content: { kind: 'bytes', bytes: fetched.result.bytes, charset: charsetOfContentType(contentType) },
    format: formatOfContentType(contentType),
    url: fetched.result.finalUrl,
    publishedAt,
  };
}

/**
 * Stores the analysis of the article fetched from `url` (canonical) and remembers the URL, and
 * the page's own canonical address (<link rel=canonical>), as seen; a failure is recorded.
 */
export async function storeAnalysis(store: Store, result: AnalysisResult, url: string): Promise<'added' | 'duplicate' | 'failed'> {
  if (result.status === 'failed') {
    await store.addFailure(result.source, result.error);
    return 'failed';
  }
  const outcome = await store.addDocument(result);
  const status = outcome === 'added' ? 'stored' : 'duplicate';
  await store.markSeen(url, { status, documentId: result.id, etag: null, lastModified: null });
  const declared = result.article.url === null ? null : canonicalUrl(result.article.url);
  if (declared !== null && declared !== url) await store.markSeen(declared, { status, documentId: result.id, etag: null, lastModified: null });
  return outcome;
}
