import { mkdtempSync, readFileSync } from 'node:fs';
import { isFailed, type AnalysisResult, type AnalyzedDocument } from '../src/document/contract.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import type { RawDocument } from '../src/sources/types.js';

export const FIXTURES = new URL('./fixtures/', import.meta.url);

export function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

export function fixturePath(name: string): string {
  return new URL(name, FIXTURES).pathname;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'newsgraph-test-'));
}

/** A raw document as a source would hand it over. */
export function rawText(text: string, format: RawDocument['format'] = 'auto', url: string | null = null): RawDocument {
  return { source: { uri: 'test:', kind: 'record' }, content: { kind: 'text', text }, format, url, publishedAt: null };
}

export function rawBytes(bytes: Uint8Array, charset: string | null = null, format: RawDocument['format'] = 'auto'): RawDocument {
  return { source: { uri: 'test:', kind: 'file' }, content: { kind: 'bytes', bytes, charset }, format, url: null, publishedAt: null };
}

/** The analyzed document, or a test failure naming the error when the input failed. */
export function succeeded(result: AnalysisResult): AnalyzedDocument {
  if (isFailed(result)) throw new Error(`expected an analyzed document, got ${result.error.code}: ${result.error.message}`);
  return result;
}

/** The error code of a failed result, or 'ok'. */
export function errorCode(result: AnalysisResult): string {
  return isFailed(result) ? result.error.code : 'ok';
}

/** Runs the command line in this process with in-memory streams. */
export async function runCli(args: string[], stdin = ''): Promise<{ status: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const status = await main(args, { stdout, stderr, stdin: Readable.from([stdin]) });
  return { status, out, err };
}

/**
 * The fastest of `runs` timings of `run`, in milliseconds. Other work on the machine only ever
 * adds time, so the minimum is the nearest to the code's own cost: a ratio of two such timings
 * holds on a loaded machine where one timing each would not.
 */
export function fastestMs(run: () => void, runs = 3): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}
