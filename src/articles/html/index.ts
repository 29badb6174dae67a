import type { ArticleFlag } from '../../document/contract.js';
import { InputError } from '../../errors.js';
import type { ArticleParts } from '../assemble.js';
import { detectLanguage } from '../language.js';
import { looksTruncated, removePaywallPrompt } from '../quality.js';
import { extractBody } from './body.js';
import { parseDocument } from './dom.js';
import { readMetadata, splitByline } from './metadata.js';

/** A page that never closes its document was cut off in transit or on disk. */
const CLOSED_DOCUMENT = /<\/(html|body)\s*>\s*$/i;

/** HTML page → article parts: metadata first (Readability rewrites the DOM), then the body. */
export function htmlToArticle(html: string, sourceUrl: string | null): ArticleParts {
  const document = parseDocument(html);
  const metadata = readMetadata(document, sourceUrl);
  const body = extractBody(document, html, metadata.title);
  if (body.paragraphs.length === 0) {
    throw new InputError('NG_NO_ARTICLE', 'no article text was found in the page');
  }
  const { paragraphs, paywall } = removePaywallPrompt(body.paragraphs);
  const flags: ArticleFlag[] = [];
  if (paywall || metadata.paywalled) flags.push('paywall');
  if (!CLOSED_DOCUMENT.test(html.slice(-200)) && looksTruncated(paragraphs)) flags.push('truncated');
  if (body.hasComments) flags.push('comments');
  const text = paragraphs.join('\n');
  return {
    title: metadata.title,
    byline: metadata.byline.length > 0 ? metadata.byline : splitByline(body.byline ? [body.byline] : [], metadata.publisher),
    publisher: metadata.publisher,
    publishedAt: metadata.publishedAt,
    updatedAt: metadata.updatedAt,
    language: detectLanguage(text, metadata.language),
    url: metadata.url,
    paragraphs,
    flags,
  };
}
