/**
 * Listings: documents that point at articles rather than being one. RSS, Atom, RDF and JSON
 * feeds (feedsmith), OPML subscription lists (feedsmith), news and plain sitemaps and sitemap
 * indexes (fast-xml-parser), plain lists of URLs, one per line, and a site's home page that
 * names its feeds (<link rel="alternate" type="application/rss+xml" href="...">). `readListing`
 * says which a document is, or null when it is none (an article, most likely).
 */
import { XMLParser } from 'fast-xml-parser';
import { parseFeed, parseOpml } from 'feedsmith';
import { parseDocument } from '../../articles/html/dom.js';

/** An article a listing points at, with what the listing says of it. */
export interface ListingEntry {
  readonly url: string;
  readonly publishedAt: string | null;
  readonly title: string | null;
}

export type Listing =
  | { readonly kind: 'feed' | 'sitemap' | 'urls'; readonly articles: ListingEntry[] }
  /** Listings of listings: an OPML file's feeds, a sitemap index's sitemaps, a home page's feeds. */
  | { readonly kind: 'opml' | 'sitemap-index' | 'home'; readonly listings: string[] };

/** The types of <link rel="alternate"> that name a feed. */
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json', 'application/rdf+xml']);

/** How far into a document to look for the root element. */
const SNIFF_CHARS = 4096;

const xml = new XMLParser({ ignoreAttributes: true, processEntities: false, isArray: (name) => name === 'url' || name === 'sitemap' });

export function readListing(text: string, baseUrl: string | null): Listing | null {
  const head = text.slice(0, SNIFF_CHARS).replace(/^\uFEFF/, '').trimStart();
  const absolute = (url: string | undefined | null) => resolveUrl(url, baseUrl);
  if (head.startsWith('{')) return jsonFeed(text, absolute);
  if (head.startsWith('<')) {
    const root = /<(?!\?|!)([\w:-]+)/.exec(head)?.[1]?.toLowerCase();
    if (root === 'rss' || root === 'feed' || root === 'rdf:rdf') return xmlFeed(text, absolute);
    if (root === 'opml') return opml(text, absolute);
    if (root === 'urlset' || root === 'sitemapindex') return sitemap(text, root, absolute);
    if (root === 'html' && baseUrl !== null && isHomePage(baseUrl)) return homePage(text, absolute);
    return null;
  }
  return urlList(text, absolute);
}

type Absolute = (url: string | undefined | null) => string | null;

/** A site's root (or its index page): the page whose feeds stand for the site. Article pages name the site's feeds too, but are articles. */
function isHomePage(url: string): boolean {
  const { pathname, search } = new URL(url);
  return search === '' && /^\/(index\.\w+)?$/.test(pathname);
}

/** The feeds a home page names, or null when it names none (then it is read as a page). */
function homePage(html: string, absolute: Absolute): Listing | null {
  const links = Array.from(parseDocument(html).querySelectorAll('link[rel~="alternate" i][href]'));
  const feeds = links.filter((link) => FEED_TYPES.has((link.getAttribute('type') ?? '').trim().toLowerCase())).map((link) => absolute(link.getAttribute('href'))).filter((url) => url !== null);
  return feeds.length === 0 ? null : { kind: 'home', listings: [...new Set(feeds)] };
}

function resolveUrl(url: string | undefined | null, base: string | null): string | null {
  if (url === undefined || url === null || url.trim() === '') return null;
  try {
    const resolved = new URL(url.trim(), base ?? undefined);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

function entry(url: string | null, publishedAt: string | undefined | null, title: string | undefined | null): ListingEntry[] {
  if (url === null) return [];
  const date = publishedAt ? new Date(publishedAt) : null;
  return [{ url, publishedAt: date !== null && !Number.isNaN(date.getTime()) ? date.toISOString() : null, title: title?.trim() || null }];
}

function xmlFeed(text: string, absolute: Absolute): Listing | null {
  let parsed;
  try {
    parsed = parseFeed(text);
  } catch {
    return null;
  }
  if (parsed.format === 'atom') {
    const entries = parsed.feed.entries ?? [];
    return { kind: 'feed', articles: entries.flatMap((item) => {
      const link = item.links?.find((candidate) => candidate.rel === undefined || candidate.rel === 'alternate') ?? item.links?.[0];
      return entry(absolute(link?.href), item.published ?? item.updated, item.title?.value);
    }) };
  }
  if (parsed.format === 'rss' || parsed.format === 'rdf') {
    const items = (parsed.feed.items ?? []) as { link?: string; pubDate?: string; title?: string; dc?: { date?: string } }[];
    return { kind: 'feed', articles: items.flatMap((item) => entry(absolute(item.link), item.pubDate ?? item.dc?.date, item.title)) };
  }
  return null;
}

function jsonFeed(text: string, absolute: Absolute): Listing | null {
  let parsed;
  try {
    parsed = parseFeed(text);
  } catch {
    return null;
  }
  if (parsed.format !== 'json') return null;
  return { kind: 'feed', articles: (parsed.feed.items ?? []).flatMap((item) => entry(absolute(item.url ?? item.external_url), item.date_published, item.title)) };
}

interface Outline {
  readonly xmlUrl?: string;
  readonly outlines?: readonly Outline[];
}

function opml(text: string, absolute: Absolute): Listing | null {
  let parsed;
  try {
    parsed = parseOpml(text);
  } catch {
    return null;
  }
  const feeds: string[] = [];
  const walk = (outlines: readonly Outline[] | undefined) => {
    for (const outline of outlines ?? []) {
      const url = absolute(outline.xmlUrl);
      if (url !== null) feeds.push(url);
      walk(outline.outlines);
    }
  };
  walk(parsed.body?.outlines as readonly Outline[] | undefined);
  return { kind: 'opml', listings: feeds };
}

interface SitemapUrl {
  readonly loc?: string;
  readonly lastmod?: string;
  readonly 'news:news'?: { readonly 'news:publication_date'?: string; readonly 'news:title'?: string };
}

function sitemap(text: string, root: 'urlset' | 'sitemapindex', absolute: Absolute): Listing | null {
  let parsed: { urlset?: { url?: SitemapUrl[] }; sitemapindex?: { sitemap?: { loc?: string }[] } };
  try {
    parsed = xml.parse(text) as typeof parsed;
  } catch {
    return null;
  }
  if (root === 'sitemapindex') return { kind: 'sitemap-index', listings: (parsed.sitemapindex?.sitemap ?? []).flatMap((item) => absolute(item.loc) ?? []) };
  return {
    kind: 'sitemap',
    articles: (parsed.urlset?.url ?? []).flatMap((item) => entry(absolute(item.loc), item['news:news']?.['news:publication_date'] ?? item.lastmod, item['news:news']?.['news:title'])),
  };
}

/** Text whose every line (blank lines and # comments aside) is an http(s) URL. */
function urlList(text: string, absolute: Absolute): Listing | null {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  if (lines.length === 0 || !lines.every((line) => /^https?:\/\/\S+$/i.test(line))) return null;
  return { kind: 'urls', articles: lines.flatMap((line) => entry(absolute(line), null, null)) };
}
