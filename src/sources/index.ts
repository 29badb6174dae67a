import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SourceRef } from '../document/contract.js';
import { InputError, toInputError } from '../errors.js';
import { gunzipCapped, isGzip } from './decode.js';
import { formatOfContentType, formatOfPath, charsetOfContentType } from './formats.js';
import { looksLikeJsonl, parseRecord } from './records.js';
import { DEFAULT_SOURCE_LIMITS, type RawDocument, type SourceItem, type SourceLimits } from './types.js';
import { fetchPage, isHttpUrl } from './url.js';

export type { RawDocument, RawContent, SourceItem, SourceLimits } from './types.js';
export { DEFAULT_SOURCE_LIMITS } from './types.js';
export { decodeBytes } from './decode.js';

export interface ReadOptions {
  readonly limits?: Partial<SourceLimits>;
  /** Read from here when an input is `-`. */
  readonly stdin?: NodeJS.ReadableStream;
}

/**
 * Turns command-line inputs (files, directories, `-`, http(s) URLs, JSONL files) into raw
 * documents, one at a time and in a stable order. A failing input becomes a failed item;
 * it never stops the inputs after it.
 */
export async function* readSources(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const limits = { ...DEFAULT_SOURCE_LIMITS, ...options.limits };
  for (const input of inputs) {
    if (input === '-') yield* readStdin(options.stdin ?? process.stdin, limits);
    else if (isHttpUrl(input)) yield await readUrl(input, { uri: input, kind: 'url' }, limits, { publishedAt: null });
    else yield* readPath(input, limits, true);
  }
}

async function* readPath(path: string, limits: SourceLimits, explicit: boolean): AsyncGenerator<SourceItem> {
  const source: SourceRef = { uri: pathToFileURL(resolve(path)).href, kind: 'file' };
  let info;
  try {
    info = await stat(path);
  } catch {
    yield failed(source, new InputError('NG_INPUT_NOT_FOUND', `no such file or directory: ${path}`));
    return;
  }
  if (info.isDirectory()) {
    yield* readDirectory(path, limits);
    return;
  }
  const format = formatOfPath(path);
  if (!format && !explicit) return;
  if (info.size > limits.maxBytes) {
    yield failed(source, new InputError('NG_INPUT_TOO_LARGE', `${path} is ${info.size} bytes, over the ${limits.maxBytes}-byte limit`));
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield failed(source, new InputError('NG_INPUT_NOT_FOUND', `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`));
    return;
  }
  try {
    if (format?.gzip || isGzip(bytes)) bytes = gunzipCapped(bytes, limits.maxBytes);
  } catch (error) {
    yield failed(source, toInputError(error));
    return;
  }
  if (format?.format === 'jsonl') {
    yield* readRecords(Buffer.from(bytes).toString('utf8'), path, limits);
    return;
  }
  yield {
    ok: true,
    raw: {
      source,
      content: { kind: 'bytes', bytes, charset: null },
      format: format?.format ?? 'auto',
      url: null,
      publishedAt: null,
    },
  };
}

async function* readDirectory(dir: string, limits: SourceLimits): AsyncGenerator<SourceItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield failed({ uri: pathToFileURL(resolve(dir)).href, kind: 'file' }, toInputError(error));
    return;
  }
  const names = entries.map((entry) => entry.name).sort();
  for (const name of names) {
    if (name.startsWith('.')) continue;
    yield* readPath(join(dir, name), limits, false);
  }
}

async function* readStdin(stream: NodeJS.ReadableStream, limits: SourceLimits): AsyncGenerator<SourceItem> {
  const source: SourceRef = { uri: 'stdin:', kind: 'stdin' };
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
      total += buffer.byteLength;
      if (total > limits.maxBytes) {
        throw new InputError('NG_INPUT_TOO_LARGE', `stdin sent more than the ${limits.maxBytes}-byte limit`);
      }
      chunks.push(buffer);
    }
    let bytes: Uint8Array = Buffer.concat(chunks);
    if (isGzip(bytes)) bytes = gunzipCapped(bytes, limits.maxBytes);
    const asText = Buffer.from(bytes).toString('utf8');
    if (looksLikeJsonl(asText)) {
      yield* readRecords(asText, 'stdin', limits);
      return;
    }
    yield { ok: true, raw: { source, content: { kind: 'bytes', bytes, charset: null }, format: 'auto', url: null, publishedAt: null } };
  } catch (error) {
    yield failed(source, toInputError(error));
  }
}

async function* readRecords(text: string, origin: string, limits: SourceLimits): AsyncGenerator<SourceItem> {
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (!line) continue;
    const where = `${origin}:${index + 1}`;
    const fallback: SourceRef = { uri: where, kind: 'record' };
    let record;
    try {
      record = parseRecord(line, where);
    } catch (error) {
      yield failed(fallback, toInputError(error));
      continue;
    }
    const source: SourceRef = { uri: record.url ?? where, kind: 'record' };
    if (record.html === null && record.text === null) {
      yield await readUrl(record.url!, source, limits, record);
      continue;
    }
    const html = record.html !== null;
    yield {
      ok: true,
      raw: {
        source,
        content: { kind: 'text', text: (html ? record.html : record.text)! },
        format: html ? 'html' : 'text',
        url: record.url,
        publishedAt: record.publishedAt,
        title: record.title,
        publisher: record.publisher,
      },
    };
  }
}

async function readUrl(url: string, source: SourceRef, limits: SourceLimits, supplied: Pick<RawDocument, 'publishedAt' | 'title' | 'publisher'>): Promise<SourceItem> {
  try {
    const page = await fetchPage(url, limits);
    return {
      ok: true,
      raw: {
        source: { uri: source.uri, kind: source.kind, ...(page.contentType ? { contentType: page.contentType } : {}) },
        content: { kind: 'bytes', bytes: page.bytes, charset: charsetOfContentType(page.contentType) },
        format: formatOfContentType(page.contentType),
        url: page.finalUrl,
        publishedAt: supplied.publishedAt,
        title: supplied.title ?? null,
        publisher: supplied.publisher ?? null,
      },
    };
  } catch (error) {
    return failed(source, toInputError(error));
  }
}

function failed(source: SourceRef, error: InputError): SourceItem {
  return { ok: false, source, error };
}
