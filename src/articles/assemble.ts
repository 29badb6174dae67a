import type { Article, ArticleFlag } from '../document/contract.js';

const PARAGRAPH_SEPARATOR = '\n\n';

export interface ArticleParts {
  readonly title: string | null;
  readonly byline: string[];
  readonly publisher: string | null;
  readonly publishedAt: string | null;
  readonly updatedAt: string | null;
  readonly language: string | null;
  readonly url: string | null;
  readonly paragraphs: string[];
  readonly flags: ArticleFlag[];
}

/**
 * Joins paragraphs with blank lines into `article.text` and records each one's offsets.
 * `fallbackPublishedAt` (the caller's `--published-at`) fills in a missing date; the
 * `no-date` flag still says the input itself carried none.
 */
export function assembleArticle(parts: ArticleParts, fallbackPublishedAt: string | null = null): Article {
  const paragraphs: [number, number][] = [];
  let text = '';
  for (const paragraph of parts.paragraphs) {
    if (text) text += PARAGRAPH_SEPARATOR;
    paragraphs.push([text.length, text.length + paragraph.length]);
    text += paragraph;
  }
  const flags = new Set(parts.flags);
  if (!parts.publishedAt) flags.add('no-date');
  if (parts.language && parts.language !== 'en') flags.add('not-english');
  return {
    title: parts.title,
    byline: parts.byline,
    publisher: parts.publisher,
    publishedAt: parts.publishedAt ?? fallbackPublishedAt,
    updatedAt: parts.updatedAt,
    language: parts.language,
    url: parts.url,
    text,
    paragraphs,
    flags: [...flags].sort(),
  };
}
