import { InputError } from '../errors.js';

/** One JSONL line: `{url?, html?, text?, publishedAt?, title?, publisher?, byline?}`. */
export interface ArticleRecord {
  readonly url: string | null;
  readonly html: string | null;
  readonly text: string | null;
  readonly publishedAt: string | null;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly byline: string | null;
}

const RECORD_FIELDS = ['url', 'html', 'text', 'publishedAt', 'title', 'publisher', 'byline'] as const;

/** Parses and checks one JSONL line; throws NG_RECORD_INVALID naming what is wrong. */
export function parseRecord(line: string, where: string): ArticleRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new InputError('NG_RECORD_INVALID', `${where}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('NG_RECORD_INVALID', `${where}: a record must be a JSON object`);
  }
  const record = value as Record<string, unknown>;
  for (const field of RECORD_FIELDS) {
    const fieldValue = record[field];
    if (fieldValue !== undefined && fieldValue !== null && typeof fieldValue !== 'string') {
      throw new InputError('NG_RECORD_INVALID', `${where}: "${field}" must be a string`);
    }
  }
  const str = (field: (typeof RECORD_FIELDS)[number]) => (record[field] as string | undefined) ?? null;
  if (!str('html') && !str('text') && !str('url')) {
    throw new InputError('NG_RECORD_INVALID', `${where}: a record needs "html", "text" or "url"`);
  }
  return { url: str('url'), html: str('html'), text: str('text'), publishedAt: str('publishedAt'), title: str('title'), publisher: str('publisher'), byline: str('byline') };
}

/** True when text reads as JSONL records rather than an article (used to sniff stdin). */
export function looksLikeJsonl(text: string): boolean {
  const firstLine = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  if (!firstLine.startsWith('{') || !firstLine.endsWith('}')) return false;
  try {
    const value = JSON.parse(firstLine) as Record<string, unknown>;
    return ['html', 'text', 'url'].some((field) => typeof value[field] === 'string');
  } catch {
    return false;
  }
}
