import Type from 'typebox';
import { resource, Strings } from '../../resources.js';
import { dateFromUrl, normalizeDate } from '../dates.js';
import { normalizeSpace } from './dom.js';

const MetadataKeysSchema = Type.Object({
  title: Strings,
  byline: Strings,
  publisher: Strings,
  publishedAt: Strings,
  updatedAt: Strings,
  language: Strings,
  url: Strings,
  articleTypes: Strings,
});

const metadataKeys = resource('HTML metadata keys', (data) => data.json('html-metadata.json', MetadataKeysSchema));

/** What a page says about itself, each field from the most trusted place that has it. */
export interface PageMetadata {
  readonly title: string | null;
  readonly byline: string[];
  readonly publisher: string | null;
  readonly publishedAt: string | null;
  readonly updatedAt: string | null;
  /** Primary language subtag the page declares (`en`), not yet checked against the text. */
  readonly language: string | null;
  readonly url: string | null;
  /** The page marks itself as not free to read (JSON-LD `isAccessibleForFree: false`). */
  readonly paywalled: boolean;
}

type JsonObject = Record<string, unknown>;

/** Reads `<meta>` tags into a map from lower-cased key to the first non-empty content. */
function readMetaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** Every object in the page's JSON-LD blocks, with `@graph` and arrays flattened. */
function readJsonLd(document: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      objects.push(value as JsonObject);
      const graph = (value as JsonObject)['@graph'];
      if (graph) collect(graph);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; the page's other metadata still counts.
    }
  }
  return objects;
}

function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** The JSON-LD object describing the article itself (a NewsArticle before a WebPage). */
function findArticleObject(objects: JsonObject[]): JsonObject | null {
  const ranked = metadataKeys().articleTypes;
  let best: JsonObject | null = null;
  let bestRank = Infinity;
  for (const object of objects) {
    for (const type of typesOf(object)) {
      const rank = ranked.indexOf(type);
      if (rank >= 0 && rank < bestRank) {
        best = object;
        bestRank = rank;
      }
    }
  }
  return best;
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return normalizeSpace(value) || null;
  if (Array.isArray(value)) return stringOf(value[0]);
  return null;
}

/** Names of JSON-LD authors or publishers: strings, `{name}` objects, or arrays of either. */
function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (value && typeof value === 'object') {
    const name = (value as JsonObject).name;
    return typeof name === 'string' ? [name] : [];
  }
  return [];
}

function firstMeta(tags: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return normalizeSpace(value);
  }
  return null;
}

const LOOKS_LIKE_URL = /^(https?:|www\.|\/)/i;

/** Splits "By Jane Doe and John Roe" / "Jane Doe, John Roe" into clean author names. */
/** A name a byline writes in capitals ("JIM RUTENBERG"), as the name is written in prose ("Jim Rutenberg"); initials stay. */
function titleCasedIfShouted(name: string): string {
  if (!/\p{Lu}{3}/u.test(name) || name !== name.toUpperCase()) return name;
  return name.replace(/\p{Lu}{2,}/gu, (word) => word[0] + word.slice(1).toLowerCase());
}

export function splitByline(raw: string[], publisher: string | null): string[] {
  const names = raw
    .flatMap((entry) => normalizeSpace(entry).replace(/^by\s+/i, '').split(/\s*(?:,|;|\band\b|&|\|)\s*/i))
    .map((name) => titleCasedIfShouted(name.trim()))
    .filter((name) => name.length > 1 && name.length < 80 && !LOOKS_LIKE_URL.test(name) && !name.includes('@'));
  const unique = [...new Set(names)];
  return unique.filter((name) => !publisher || name.toLowerCase() !== publisher.toLowerCase());
}

/** `en-US`, `en_GB`, `EN` → `en`. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const match = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag?.trim() ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

/** Drops a " | Site" or " - Site" suffix (or prefix) from a `<title>`. */
export function cleanTitle(title: string | null, publisher: string | null): string | null {
  if (!title) return null;
  const parts = title.split(/\s+[|–—•·»-]\s+/);
  if (parts.length < 2) return title;
  if (publisher) {
    const site = publisher.toLowerCase();
    const rest = parts.filter((part) => part.toLowerCase() !== site);
    if (rest.length < parts.length) return rest.join(' - ');
  }
  // Without a known site name, keep the longest segment: headlines outlast site names.
  return parts.reduce((longest, part) => (part.length > longest.length ? part : longest), '');
}

function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** A `<time datetime>` marked as the publication time, then any `<time datetime>` at all. */
function timeElementDate(document: Document): string | null {
  const marked = document.querySelector('time[itemprop="datePublished"], time[pubdate], [itemprop="datePublished"][datetime]');
  const fallback = document.querySelector('time[datetime]');
  return normalizeDate((marked ?? fallback)?.getAttribute('datetime'));
}

/** Reads the page's own metadata. Run it before Readability, which rewrites the document. */
export function readMetadata(document: Document, sourceUrl: string | null): PageMetadata {
  const keys = metadataKeys();
  const tags = readMetaTags(document);
  const article = findArticleObject(readJsonLd(document));

  const publisher =
    firstMeta(tags, keys.publisher) ?? stringOf(namesOf(article?.publisher)[0]) ?? null;
  const rawTitle =
    firstMeta(tags, keys.title) ??
    stringOf(article?.headline) ??
    (normalizeSpace(document.querySelector('title')?.textContent ?? '') || null) ??
    (normalizeSpace(document.querySelector('h1')?.textContent ?? '') || null);

  const url =
    absoluteUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), sourceUrl) ??
    absoluteUrl(firstMeta(tags, keys.url), sourceUrl) ??
    absoluteUrl(stringOf(article?.url), sourceUrl) ??
    sourceUrl;

  const publishedAt =
    normalizeDate(firstMeta(tags, keys.publishedAt)) ??
    normalizeDate(stringOf(article?.datePublished)) ??
    timeElementDate(document) ??
    dateFromUrl(url) ??
    dateFromUrl(sourceUrl);
  const updatedAt = normalizeDate(firstMeta(tags, keys.updatedAt)) ?? normalizeDate(stringOf(article?.dateModified));

  const authorSources = namesOf(article?.author);
  const metaAuthor = firstMeta(tags, keys.byline);
  const byline = splitByline(authorSources.length > 0 ? authorSources : metaAuthor ? [metaAuthor] : [], publisher);

  const language =
    primaryLanguage(document.documentElement?.getAttribute('lang')) ??
    primaryLanguage(firstMeta(tags, keys.language)) ??
    primaryLanguage(stringOf(article?.inLanguage));

  const free = article?.isAccessibleForFree;
  return {
    title: cleanTitle(rawTitle, publisher),
    byline,
    publisher,
    publishedAt,
    updatedAt,
    language,
    url,
    paywalled: free === false || free === 'False' || free === 'false',
  };
}
