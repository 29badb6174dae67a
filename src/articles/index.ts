import type { Article } from '../document/contract.js';
import { decodeBytes, type RawDocument } from '../sources/index.js';
import { assembleArticle, type ArticleParts } from './assemble.js';
import { normalizeDate } from './dates.js';
import { htmlToArticle } from './html/index.js';
import { splitByline } from './html/metadata.js';
import { assertProse } from './quality.js';
import { textToArticle } from './text.js';
import { InputError } from '../errors.js';

export interface ArticleOptions {
  /** Used as `publishedAt` when the input has no date of its own (ISO 8601). */
  readonly publishedAt?: string | null;
}

/** How far into a document to look for HTML tags when the source did not say what it is. */
const SNIFF_CHARS = 2048;
const HTML_SIGNATURE = /<(!doctype html|html|head|body|article|main|div|p|meta|title)[\s>/]/i;

export function sniffFormat(text: string): 'html' | 'text' {
  const head = text.slice(0, SNIFF_CHARS).trimStart();
  return head.startsWith('<') && HTML_SIGNATURE.test(head) ? 'html' : 'text';
}

function decode(raw: RawDocument): string {
  if (raw.content.kind === 'text') return raw.content.text;
  return decodeBytes(raw.content.bytes, raw.content.charset).text;
}

/**
 * The article stage: raw bytes or text → clean body, paragraphs and metadata.
 * Throws an InputError with a catalogued code when the input holds no article.
 */
export function toArticle(raw: RawDocument, options: ArticleOptions = {}): Article {
  const content = decode(raw);
  if (!content.trim()) throw new InputError('NG_INPUT_EMPTY', 'the input is empty');
  const format = raw.format === 'auto' ? sniffFormat(content) : raw.format;
  if (format === 'text') assertProse(content);
  const parts: ArticleParts = format === 'html' ? htmlToArticle(content, raw.url) : textToArticle(content, raw.url);
  const article = assembleArticle(
    {
      ...parts, publishedAt: normalizeDate(raw.publishedAt) ?? parts.publishedAt, title: raw.title?.trim() || parts.title, publisher: raw.publisher?.trim() || parts.publisher,
      byline: raw.byline?.trim() ? splitByline([raw.byline], raw.publisher ?? parts.publisher) : parts.byline,
    },
    normalizeDate(options.publishedAt),
  );
  if (!article.text) throw new InputError('NG_NO_ARTICLE', 'no article text remained after removing boilerplate');
  assertProse(article.text);
  return article;
}

