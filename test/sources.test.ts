import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../src/sources/web/private-addresses.js';
import { decodeBytes } from '../src/sources/decode.js';
import { readSources, type SourceItem } from '../src/sources/index.js';
import { tempDir } from './helpers.js';

/** The tests' pages are served on 127.0.0.1, which fetches refuse unless allowed. */
const LOCAL = { limits: { allowPrivateNetworks: true } };

async function collect(inputs: string[], options: Parameters<typeof readSources>[1] = {}): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(inputs, options)) items.push(item);
  return items;
}

const codeOf = (item: SourceItem | undefined) => (item && !item.ok ? item.error.code : 'ok');

describe('files and directories', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'b'));
  writeFileSync(join(dir, 'b', 'second.txt'), 'Second article text.');
  writeFileSync(join(dir, 'a.html.gz'), gzipSync('<html><body><p>First</p></body></html>'));
  writeFileSync(join(dir, 'notes.pdf'), 'ignored in directory walks');
  writeFileSync(join(dir, '.hidden.txt'), 'ignored');
  writeFileSync(join(dir, 'c.jsonl'), '{"text": "Record one."}\nnot json\n{"html": "<p>Two</p>", "publishedAt": "2024-01-02"}\n');

  it('walks directories recursively in sorted order, reading only known formats', async () => {
    const items = await collect([dir]);
    const uris = items.map((item) => (item.ok ? item.raw.source.uri : item.source.uri));
    expect(uris[0]).toMatch(/a\.html\.gz$/);
    expect(uris[1]).toMatch(/b\/second\.txt$/);
    expect(uris.some((uri) => uri.includes('notes.pdf') || uri.includes('.hidden'))).toBe(false);
  });

  it('expands .gz and keeps the declared format', async () => {
    const [item] = await collect([join(dir, 'a.html.gz')]);
    expect(item?.ok && item.raw.format).toBe('html');
    expect(item?.ok && item.raw.content.kind === 'bytes' && Buffer.from(item.raw.content.bytes).toString()).toContain('<p>First</p>');
  });

  it('reads JSONL records one by one; a bad line fails alone', async () => {
    const items = await collect([join(dir, 'c.jsonl')]);
    expect(items.map(codeOf)).toEqual(['ok', 'NG_RECORD_INVALID', 'ok']);
    const last = items[2]!;
    expect(last.ok && last.raw.format).toBe('html');
    expect(last.ok && last.raw.publishedAt).toBe('2024-01-02');
  });

  it('streams a JSONL export of any size, the size limit applying to each record, gzipped or not', async () => {
    const record = (i: number) => JSON.stringify({ text: `Record ${i} says the harbour reopened on Monday after the repairs.` });
    const lines = [...Array.from({ length: 300 }, (_, i) => record(i)), JSON.stringify({ text: 'long '.repeat(2000) }), record(300)];
    writeFileSync(join(dir, 'export.jsonl'), lines.join('\n'));
    writeFileSync(join(dir, 'export.jsonl.gz'), gzipSync(lines.join('\n')));
    for (const file of ['export.jsonl', 'export.jsonl.gz']) {
      const items = await collect([join(dir, file)], { limits: { maxBytes: 4096 } });
      expect(items).toHaveLength(302);
      expect(items.filter((item) => item.ok)).toHaveLength(301);
      expect(codeOf(items[300]!)).toBe('NG_INPUT_TOO_LARGE');
      const last = items[301]!;
      expect(last.ok && last.raw.content.kind === 'text' && last.raw.content.text).toContain('Record 300');
    }
  });

  it('reports a missing path without stopping the others', async () => {
    const items = await collect([join(dir, 'missing.txt'), join(dir, 'b', 'second.txt')]);
    expect(items.map(codeOf)).toEqual(['NG_INPUT_NOT_FOUND', 'ok']);
  });

  it('refuses files over the size limit and gzip that expands past it', async () => {
    writeFileSync(join(dir, 'big.txt'), 'a '.repeat(5000));
    writeFileSync(join(dir, 'bomb.txt.gz'), gzipSync(Buffer.alloc(200_000, 0x61)));
    const items = await collect([join(dir, 'big.txt'), join(dir, 'bomb.txt.gz')], { limits: { maxBytes: 4096 } });
    expect(items.map(codeOf)).toEqual(['NG_INPUT_TOO_LARGE', 'NG_GZIP_TOO_LARGE']);
  });

  it('reads through a gzipped JSONL bomb quickly, then the records after it', async () => {
    // 2 GiB of zero bytes with no newline, then a good record. Expanded in zlib's 16 KiB pieces, each decoded
    // and split as text, this took 11-25 s; now the overlong line is skipped undecoded, a megabyte at a time.
    const zeros = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    writeFileSync(join(dir, 'bomb.jsonl.gz'), Buffer.concat([...Array.from({ length: 32 }, () => zeros), gzipSync('\n{"text": "The record after the bomb."}\n')]));
    const started = performance.now();
    const items = await collect([join(dir, 'bomb.jsonl.gz')]);
    expect(items.map(codeOf)).toEqual(['NG_INPUT_TOO_LARGE', 'ok']);
    expect(performance.now() - started).toBeLessThan(6_000);
  });

  it('reports a truncated gzip stream', async () => {
    writeFileSync(join(dir, 'cut.txt.gz'), gzipSync('some text '.repeat(100)).subarray(0, 30));
    expect(codeOf((await collect([join(dir, 'cut.txt.gz')]))[0])).toBe('NG_GZIP_INVALID');
  });

  it('reads standard input, and JSONL from it', async () => {
    const plain = await collect(['-'], { stdin: Readable.from([Buffer.from('Hello from stdin.')]) });
    expect(plain[0]?.ok && plain[0].raw.source.kind).toBe('stdin');
    const records = await collect(['-'], { stdin: Readable.from(['{"text": "One."}\n{"text": "Two."}\n']) });
    expect(records).toHaveLength(2);
  });
});

describe('decoding', () => {
  it('honours a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zürich', 'utf16le')]);
    expect(decodeBytes(bytes, null).text).toBe('Zürich');
  });

  it('uses the charset a page declares in <meta>', () => {
    const bytes = iconv.encode('<html><head><meta charset="windows-1251"></head><body>Москва</body></html>', 'windows-1251');
    expect(decodeBytes(bytes, null).text).toContain('Москва');
  });

  it('recovers when the declared UTF-8 is wrong', () => {
    const bytes = iconv.encode('Le café de la gare a rouvert ses portes après des années de travaux, disent les habitants.', 'latin1');
    const decoded = decodeBytes(bytes, 'utf-8');
    expect(decoded.text).toContain('café');
    expect(decoded.charset).not.toBe('utf-8');
  });

  it('falls back to detection for an unknown declared charset', () => {
    expect(decodeBytes(Buffer.from('plain words'), 'x-no-such-charset').text).toBe('plain words');
  });

  it.each([
    ['PDF', Buffer.from('%PDF-1.7 ...')],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])],
    ['NUL bytes', Buffer.from([0x41, 0x00, 0x42, 0x00, 0x00, 0x01])],
  ])('rejects binary input (%s)', (_name, bytes) => {
    expect(() => decodeBytes(bytes, null)).toThrowError(expect.objectContaining({ code: 'NG_INPUT_BINARY' }) as Error);
  });
});

describe('URLs', () => {
  let server: Server;
  let base: string;
  /** The paths the server was asked for, with their Authorization header. */
  const requests: { path: string; authorization: string | undefined }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '/';
      requests.push({ path, authorization: request.headers.authorization });
      if (path === '/page') {
        response.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
        response.end(iconv.encode('<html><body><p>Señor</p></body></html>', 'latin1'));
      } else if (path.startsWith('/loop')) {
        response.writeHead(302, { location: `/loop${path.length}` });
        response.end();
      } else if (path === '/moved') {
        response.writeHead(301, { location: '/page' });
        response.end();
      } else if (path === '/slow') {
        setTimeout(() => response.end('late'), 2000);
      } else if (path === '/image') {
        response.writeHead(200, { 'content-type': 'image/png' });
        response.end(Buffer.alloc(1000, 0x89));
      } else if (path === '/huge') {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end(Buffer.alloc(50_000, 0x61));
      } else {
        response.writeHead(404);
        response.end('not here');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches a page, following a redirect, with the charset from the header', async () => {
    const [item] = await collect([`${base}/moved`], LOCAL);
    expect(item?.ok).toBe(true);
    if (!item?.ok || item.raw.content.kind !== 'bytes') return;
    expect(item.raw.url).toBe(`${base}/page`);
    expect(item.raw.format).toBe('html');
    expect(decodeBytes(item.raw.content.bytes, item.raw.content.charset).text).toContain('Señor');
  });

  it.each([
    ['/missing', 'NG_FETCH_STATUS'],
    ['/loop', 'NG_FETCH_REDIRECTS'],
    ['/slow', 'NG_FETCH_TIMEOUT'],
    ['/huge', 'NG_INPUT_TOO_LARGE'],
  ])('%s fails with %s', async (path, code) => {
    const items = await collect([`${base}${path}`], { limits: { fetchTimeoutMs: 300, maxRedirects: 3, maxBytes: 10_000, allowPrivateNetworks: true } });
    expect(codeOf(items[0])).toBe(code);
  });

  it('reports an unreachable host', async () => {
    const items = await collect(['http://127.0.0.1:9/'], { limits: { fetchTimeoutMs: 2000, allowPrivateNetworks: true } });
    expect(codeOf(items[0])).toMatch(/NG_FETCH_(FAILED|TIMEOUT)/);
  });

  it('refuses private, loopback and link-local addresses unless allowed: written in the URL or resolved from a name', async () => {
    for (const url of [`${base}/page`, 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://10.0.0.8/admin']) {
      const items = await collect([url], { limits: { fetchTimeoutMs: 2000 } });
      expect({ url, code: codeOf(items[0]) }).toEqual({ url, code: 'NG_URL_PRIVATE' });
    }
    // "localhost" is a name: refused on the address it resolves to, at connection time.
    const named = await collect([base.replace('127.0.0.1', 'localhost')], { limits: { fetchTimeoutMs: 2000 } });
    expect(codeOf(named[0])).toBe('NG_URL_PRIVATE');
  });

  it('never sends credentials written in a URL', async () => {
    const before = requests.length;
    const items = await collect([base.replace('http://', 'http://reader:secret@') + '/page'], LOCAL);
    expect(codeOf(items[0])).toBe('NG_FETCH_FAILED');
    expect(requests.length).toBe(before);
  });

  it('refuses an answer that is no text before reading its body', async () => {
    const items = await collect([`${base}/image`], LOCAL);
    expect(codeOf(items[0])).toBe('NG_INPUT_BINARY');
  });
});

describe('private addresses', () => {
  it.each([
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.16.0.1', true], ['172.32.0.1', false], ['192.168.1.1', true], ['169.254.169.254', true],
    ['100.64.0.1', true], ['0.0.0.0', true], ['224.0.0.1', true], ['8.8.8.8', false], ['93.184.216.34', false],
    ['::1', true], ['[::1]', true], ['fe80::1', true], ['fd00:ec2::254', true], ['::ffff:127.0.0.1', true], ['::ffff:7f00:1', true],
    ['64:ff9b::a9fe:a9fe', true], ['::ffff:8.8.8.8', false], ['2606:4700:4700::1111', false], ['example.com', false],
  ])('%s is private: %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});
