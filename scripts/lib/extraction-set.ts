import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { toArticle } from '../../src/articles/index.js';
import { parseDocument } from '../../src/articles/html/dom.js';

/** One page of a folder shaped like ../shared/data/extraction: html/<id>.html.gz + ground-truth.json. */
export interface ExtractionPage {
  readonly id: string;
  readonly url: string | null;
  readonly html: string;
  readonly gold: string;
}

export const DEFAULT_EXTRACTION_DIR = process.env.NEWSGRAPH_EXTRACTION_DIR ?? '../shared/data/extraction';

export function loadExtractionSet(dir: string): ExtractionPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
  return readdirSync(join(dir, 'html'))
    .filter((name) => name.endsWith('.html.gz') || name.endsWith('.html'))
    .sort()
    .flatMap((name) => {
      const id = name.replace(/\.html(\.gz)?$/, '');
      const entry = truth[id];
      if (!entry) return [];
      const bytes = readFileSync(join(dir, 'html', name));
      const html = (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
      return [{ id, url: entry.url ?? null, html, gold: entry.articleBody }];
    });
}

/** The peer: Mozilla Readability alone on the same DOM implementation, text as it returns it. */
export function readabilityText(html: string): string {
  return new Readability(parseDocument(html)).parse()?.textContent ?? '';
}

/** newsgraph's article stage; an input error counts as an empty extraction. */
export function newsgraphText(page: ExtractionPage): string {
  try {
    return toArticle({
      source: { uri: page.url ?? page.id, kind: 'file' },
      content: { kind: 'text', text: page.html },
      format: 'html',
      url: page.url,
      publishedAt: null,
    }).text;
  } catch {
    return '';
  }
}
