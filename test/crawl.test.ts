import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyze.js';
import { isListingInput } from '../src/corpus/crawl.js';
import { ingest } from '../src/corpus/ingest.js';
import { openStore } from '../src/corpus/store.js';
import { canonicalUrl } from '../src/sources/web/canonical.js';
import { readListing } from '../src/sources/web/listings.js';
import { PoliteFetcher, retryAfterMs } from '../src/sources/web/polite.js';
import { DEFAULT_SOURCE_LIMITS } from '../src/sources/types.js';
import { runCli, tempDir } from './helpers.js';

const analyzer = createAnalyzer();

/** An article page the project wrote: a headline and three paragraphs about `town`. */
function page(town: string): string {
  const paragraph = (n: number) => `<p>Officials in ${town} said on Monday that the harbour would reopen to fishing boats after ${n + 2} weeks of repairs, and the mayor thanked the crews who rebuilt the pier in the winter storms.</p>`;
  return `<!doctype html><html><head><title>${town} harbour reopens</title></head><body><article><h1>${town} harbour reopens</h1>${[0, 1, 2].map(paragraph).join('')}</article></body></html>`;
}

/** A site's home page that names its feed, as news sites do in their <head>. */
function homePage(feed: string): string {
  return `<!doctype html><html><head><title>Harbour news</title><link rel="alternate" type="application/rss+xml" title="Harbour news" href="${feed}"><link rel="stylesheet" href="/site.css"></head><body><h1>Harbour news</h1><p><a href="/news/bodo">Bodo harbour reopens</a></p></body></html>`;
}

interface Site {
  readonly origin: string;
  readonly requests: string[];
  close(): Promise<void>;
}

/** A local site with robots.txt, a feed (with an ETag), OPML, a sitemap, articles and a busy page. */
async function startSite(): Promise<Site> {
  const requests: string[] = [];
  let busyCalls = 0;
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    const origin = `http://${request.headers.host}`;
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': type, ...headers });
      response.end(body);
    };
    if (path === '/robots.txt') return send(200, 'text/plain', 'User-agent: *\nDisallow: /private/\n');
    if (path === '/') return send(200, 'text/html; charset=utf-8', homePage('/feed.xml'));
    if (path === '/feed.xml') {
      if (request.headers['if-none-match'] === '"feed-1"') return send(304, 'application/rss+xml', '');
      const items = ['/news/tromso?utm_source=rss', '/news/bodo', '/private/vardo', '/news/tromso#comments']
        .map((link, i) => `<item><title>Item ${i}</title><link>${origin}${link}</link><pubDate>Tue, 19 Aug 2025 10:00:00 GMT</pubDate></item>`).join('');
      return send(200, 'application/rss+xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title><link>${origin}/</link>${items}</channel></rss>`, { etag: '"feed-1"' });
    }
    if (path === '/subscriptions.opml') {
      return send(200, 'text/x-opml', `<?xml version="1.0"?><opml version="2.0"><head><title>Subscriptions</title></head><body><outline text="News"><outline type="rss" text="Harbour" xmlUrl="${origin}/feed.xml"/><outline type="rss" text="Again" xmlUrl="${origin}/subscriptions.opml"/></outline></body></opml>`);
    }
    if (path === '/sitemap.xml') {
      return send(200, 'application/xml', `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${origin}/news/bodo</loc></url><url><loc>${origin}/news/busy</loc><lastmod>2025-08-18</lastmod></url></urlset>`);
    }
    if (path === '/news/busy') {
      busyCalls++;
      if (busyCalls === 1) return send(429, 'text/plain', 'slow down', { 'retry-after': '0' });
      return send(200, 'text/html; charset=utf-8', page('Hammerfest'));
    }
    const town = /^\/(?:news|private)\/(\w+)/.exec(path)?.[1];
    if (town !== undefined) return send(200, 'text/html; charset=utf-8', page(town[0]!.toUpperCase() + town.slice(1)));
    return send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site.close());

const fetcher = () => new PoliteFetcher({ minIntervalMs: 0, backoffMs: 10, limits: { ...DEFAULT_SOURCE_LIMITS, allowPrivateNetworks: true } });
const count = (path: string) => site.requests.filter((request) => request === path).length;

describe('listings', () => {
  it('reads RSS, Atom, JSON feeds, OPML, sitemaps, sitemap indexes and URL lists, and nothing else', () => {
    const base = 'https://news.example/';
    expect(readListing('<rss version="2.0"><channel><title>T</title><item><link>/a</link><pubDate>Tue, 19 Aug 2025 10:00:00 GMT</pubDate></item></channel></rss>', base))
      .toEqual({ kind: 'feed', articles: [{ url: 'https://news.example/a', publishedAt: '2025-08-19T10:00:00.000Z', title: null }] });
    expect(readListing('<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>x</id><updated>2025-08-19T00:00:00Z</updated><entry><id>b</id><title>B</title><updated>2025-08-19T00:00:00Z</updated><link href="https://news.example/b"/></entry></feed>', base))
      .toEqual({ kind: 'feed', articles: [{ url: 'https://news.example/b', publishedAt: '2025-08-19T00:00:00.000Z', title: 'B' }] });
    expect(readListing(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: 'https://news.example/c' }] }), base))
      .toEqual({ kind: 'feed', articles: [{ url: 'https://news.example/c', publishedAt: null, title: null }] });
    expect(readListing('<opml version="2.0"><head/><body><outline text="a" xmlUrl="/feed.xml"/></body></opml>', base)).toEqual({ kind: 'opml', listings: ['https://news.example/feed.xml'] });
    expect(readListing('<sitemapindex><sitemap><loc>https://news.example/s1.xml</loc></sitemap></sitemapindex>', base)).toEqual({ kind: 'sitemap-index', listings: ['https://news.example/s1.xml'] });
    expect(readListing('# mine\nhttps://news.example/x\n\nhttps://news.example/y\n', null)).toMatchObject({ kind: 'urls', articles: [{ url: 'https://news.example/x' }, { url: 'https://news.example/y' }] });
    expect(readListing(page('Oslo'), base)).toBeNull();
    expect(readListing(homePage('/feed.xml'), base)).toEqual({ kind: 'home', listings: ['https://news.example/feed.xml'] });
    // An article page names the site's feeds too, but it is an article.
    expect(readListing(homePage('/feed.xml'), 'https://news.example/news/oslo')).toBeNull();
    expect(readListing('Harbour reopens\nOfficials said on Monday that https://news.example/x is wrong.\n', null)).toBeNull();
  });

  it('takes a local file over the size limit for no listing, without reading it', async () => {
    // A 50 MB .txt file was read whole and split into lines to find out (250 MB of memory) before it was refused as too large.
    const file = join(tempDir(), 'urls.txt');
    writeFileSync(file, 'https://news.example/x\nhttps://news.example/y\n');
    expect(await isListingInput(file)).toBe(true);
    expect(await isListingInput(file, 20)).toBe(false);
  });

  it('compares article URLs without tracking parameters, fragments or parameter order', () => {
    expect(canonicalUrl('HTTPS://News.Example:443/a?b=2&utm_source=rss&a=1&fbclid=x#top')).toBe('https://news.example/a?a=1&b=2');
    expect(canonicalUrl('https://news.example/story?id=42')).toBe('https://news.example/story?id=42');
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('7')).toBe(7000);
    expect(retryAfterMs('Tue, 19 Aug 2025 10:00:10 GMT', Date.parse('Tue, 19 Aug 2025 10:00:00 GMT'))).toBe(10_000);
    expect(retryAfterMs(null)).toBeNull();
  });
});

describe('crawl', () => {
  it('ingests a feed: robots.txt obeyed, one fetch per article whatever its tracking parameters, then only what is new', async () => {
    const store = await openStore(join(tempDir(), 'corpus.db'));
    const first = await ingest([`${site.origin}/feed.xml`], analyzer, store, { fetcher: fetcher() });
    expect(first).toMatchObject({ added: 2, failed: 1 });
    expect(count('/news/tromso?utm_source=rss')).toBe(1);
    expect(site.requests.filter((request) => request.startsWith('/private/'))).toEqual([]);
    expect(await store.stats()).toMatchObject({ documents: 2, failures: 1 });

    // The feed has not changed: it answers the conditional GET with 304, and no article is fetched again.
    const before = site.requests.length;
    expect(await ingest([`${site.origin}/feed.xml`], analyzer, store, { fetcher: fetcher() })).toMatchObject({ done: 0, added: 0 });
    expect(site.requests.slice(before).filter((request) => request !== '/robots.txt')).toEqual(['/feed.xml']);
    await store.close();
  });

  it('finds the feeds a site\'s home page names and ingests what they list', async () => {
    const store = await openStore(join(tempDir(), 'corpus.db'));
    expect(await ingest([`${site.origin}/`], analyzer, store, { fetcher: fetcher() })).toMatchObject({ added: 2, failed: 1 });
    expect((await store.search('harbour reopens', { limit: 10 })).results.map((hit) => hit.title).sort()).toEqual(['Bodo harbour reopens', 'Tromso harbour reopens']);
    await store.close();
  });

  it('follows OPML to its feeds without looping on a file that lists itself, and sitemaps, retrying a 429', async () => {
    const store = await openStore(join(tempDir(), 'corpus.db'));
    const counts = await ingest([`${site.origin}/subscriptions.opml`, `${site.origin}/sitemap.xml`], analyzer, store, { fetcher: fetcher() });
    expect(counts).toMatchObject({ added: 3, failed: 1, skipped: 0, queued: 0 });
    expect(count('/news/busy')).toBe(2);
    const titles = (await store.search('harbour reopens', { limit: 10 })).results.map((hit) => hit.title).sort();
    expect(titles).toEqual(['Bodo harbour reopens', 'Hammerfest harbour reopens', 'Tromso harbour reopens']);
    await store.close();
  });

  it('reads a local file of URLs, and skips the ones an earlier run met', async () => {
    const file = join(tempDir(), 'urls.txt');
    writeFileSync(file, `${site.origin}/news/alta\n${site.origin}/news/bodo\n`);
    const path = join(tempDir(), 'corpus.db');
    const { status } = await runCli(['ingest', file, '--db', path, '--delay-ms', '0', '--allow-private']);
    expect(status).toBe(0);
    const again = await runCli(['ingest', file, '--db', path, '--delay-ms', '0', '--allow-private']);
    expect(again.err).toMatch(/0 added, 0 already stored, 2 seen before, 0 failed/);
  });

  it('keeps one host waiting between requests', async () => {
    const polite = new PoliteFetcher({ minIntervalMs: 150, limits: { ...DEFAULT_SOURCE_LIMITS, allowPrivateNetworks: true } });
    const started = Date.now();
    await Promise.all([polite.fetch(`${site.origin}/news/narvik`), polite.fetch(`${site.origin}/news/molde`)]);
    // robots.txt, then two pages: two intervals at least.
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('watches feeds round after round, fetching nothing the first round stored', async () => {
    const path = join(tempDir(), 'corpus.db');
    const { status, err } = await runCli(['watch', `${site.origin}/sitemap.xml`, '--every', '10ms', '--rounds', '2', '--db', path, '--delay-ms', '0', '--allow-private']);
    expect(status).toBe(0);
    expect(err).toMatch(/round 1: 2 added/);
    expect(err).toMatch(/round 2: 0 added, 0 already stored, 2 seen before/);
    const bad = await runCli(['watch', 'examples/harbour-talks.txt', '--db', path]);
    expect(bad.status).toBe(2);
  });
});
