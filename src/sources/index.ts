import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGunzip } from 'node:zlib';
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

/** How much a gzipped JSONL stream expands at a time. */
const GUNZIP_CHUNK_BYTES = 1024 * 1024;

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
  if (format?.format === 'jsonl') {
    // A JSONL export can be any size: it is read as a stream, the size limit applying to each record.
    // Gzip is expanded 1 MiB at a time: in zlib's default 16 KiB pieces, a gigabyte took 13 s.
    const stream = createReadStream(path);
    yield* readRecordLines(format.gzip ? stream.pipe(createGunzip({ chunkSize: GUNZIP_CHUNK_BYTES })) : stream, path, limits);
    return;
  }
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
  yield* recordItems(text.split('\n'), origin, limits);
}

/**
 * The lines of a stream; a line longer than `maxBytes` characters comes back as null. The rest of
 * such a line is neither kept nor decoded: the chunks are searched for the next newline byte (which
 * no multi-byte UTF-8 character contains). Decoding and splitting every chunk of it made a gzipped
 * JSONL bomb (1 GiB of zero bytes, no newline) take 12 s.
 */
async function* streamLines(stream: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<string | null> {
  let partial = '';
  let overlong = false;
  let decoder = new TextDecoder();
  for await (const received of stream) {
    let chunk = received as Uint8Array | string;
    if (overlong) {
      const newline = typeof chunk === 'string' ? chunk.indexOf('\n') : chunk.indexOf(0x0a);
      if (newline < 0) continue;
      yield null;
      overlong = false;
      decoder = new TextDecoder();
      chunk = typeof chunk === 'string' ? chunk.slice(newline + 1) : chunk.subarray(newline + 1);
    }
    const pieces = (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })).split('\n');
    for (let i = 0; i < pieces.length; i++) {
      if (!overlong) partial += pieces[i];
      if (partial.length > maxBytes) {
        overlong = true;
        partial = '';
      }
      if (i < pieces.length - 1) {
        yield overlong ? null : partial;
        partial = '';
        overlong = false;
      }
    }
  }
  if (overlong) yield null;
  else if (partial !== '') yield partial;
}

async function* readRecordLines(stream: NodeJS.ReadableStream, origin: string, limits: SourceLimits): AsyncGenerator<SourceItem> {
  try {
    yield* recordItems(streamLines(stream, limits.maxBytes), origin, limits);
  } catch (error) {
    yield failed({ uri: pathToFileURL(resolve(origin)).href, kind: 'file' }, toInputError(error));
  }
}

async function* recordItems(lines: Iterable<string | null> | AsyncIterable<string | null>, origin: string, limits: SourceLimits): AsyncGenerator<SourceItem> {
  let index = 0;
  for await (const rawLine of lines) {
    index++;
    const where = `${origin}:${index}`;
    const fallback: SourceRef = { uri: where, kind: 'record' };
    if (rawLine === null) {
      yield failed(fallback, new InputError('NG_INPUT_TOO_LARGE', `${where}: the record is over the ${limits.maxBytes}-byte limit`));
      continue;
    }
    const line = rawLine.trim();
    if (!line) continue;
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
        byline: record.byline,
      },
    };
  }
}

async function readUrl(url: string, source: SourceRef, limits: SourceLimits, supplied: Pick<RawDocument, 'publishedAt' | 'title' | 'publisher' | 'byline'>): Promise<SourceItem> {
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
        byline: supplied.byline ?? null,
      },
    };
  } catch (error) {
    return failed(source, toInputError(error));
  }
}

function failed(source: SourceRef, error: InputError): SourceItem {
  return { ok: false, source, error };
}
