import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult, AnalyzedDocument } from '../src/document/contract.js';
import { errorCode, runCli, tempDir } from './helpers.js';

const run = runCli;

const dir = tempDir();
const good = join(dir, 'good.txt');
const empty = join(dir, 'empty.txt');
writeFileSync(good, 'Ferry service resumes\nThe ferry between the islands resumed on Sunday after repairs to the pier were finished.\nNorth Sea Post\n');
writeFileSync(empty, '');

describe('newsgraph analyze', () => {
  it('prints one JSON object for one input', async () => {
    const { status, out } = await run(['analyze', good, '--format', 'json']);
    expect(status).toBe(0);
    const doc = JSON.parse(out) as AnalyzedDocument;
    expect(doc.article.title).toBe('Ferry service resumes');
    expect(doc.article.publisher).toBe('North Sea Post');
    expect(doc.source.kind).toBe('file');
  });

  it('keeps going after a failed input, reports it on stderr and exits 1', async () => {
    const { status, out, err } = await run(['analyze', empty, good, '--format', 'jsonl']);
    expect(status).toBe(1);
    const lines = out.trim().split('\n').map((line) => JSON.parse(line) as AnalysisResult);
    expect(lines.map(errorCode)).toEqual(['NG_INPUT_EMPTY', 'ok']);
    expect(err).toMatch(/empty\.txt: NG_INPUT_EMPTY/);
  });

  it('prints an array for several inputs in json', async () => {
    const { out } = await run(['analyze', good, good, '--format', 'json']);
    expect(JSON.parse(out)).toHaveLength(2);
  });

  it('reads standard input and applies --published-at', async () => {
    const { out } = await run(['analyze', '-', '--format', 'json', '--published-at', '2025-08-19'], 'Headline\nThe talks ended without agreement on Friday evening.\n');
    const doc = JSON.parse(out) as AnalyzedDocument;
    expect(doc.source.kind).toBe('stdin');
    expect(doc.article.publishedAt).toBe('2025-08-19');
  });

  it('renders a readable summary with --format pretty', async () => {
    const { out } = await run(['analyze', good, '--format', 'pretty']);
    expect(out).toContain('● Ferry service resumes');
    expect(out).toMatch(/publisher\s+North Sea Post/);
  });

  it.each([
    [['analyze']],
    [['analyze', good, '--format', 'xml']],
    [['analyze', good, '--published-at', 'someday']],
    [['analyze', good, '--max-bytes', '-3']],
    [['analyze', good, '--events', 'some']],
    [['analyze', good, '--quotes', 'some']],
    [['analyze', good, '--no-such-flag']],
    [['frobnicate']],
  ])('exits 2 with a hint for bad usage: %j', async (args) => {
    const { status, err } = await run(args);
    expect(status).toBe(2);
    expect(err).toMatch(/newsgraph --help/);
  });

  it('shows every event coded with --events all, the likely ones by default', async () => {
    const likely = JSON.parse((await run(['analyze', good, '--format', 'json'])).out) as { events: unknown[] };
    const all = JSON.parse((await run(['analyze', good, '--format', 'json', '--events', 'all'])).out) as { events: unknown[] };
    expect(all.events.length).toBeGreaterThanOrEqual(likely.events.length);
    expect(all.events).toEqual(expect.arrayContaining(likely.events));
  });

  it('shows every quote found with --quotes all, the likely ones by default', async () => {
    const likely = JSON.parse((await run(['analyze', good, '--format', 'json'])).out) as { quotes: unknown[] };
    const all = JSON.parse((await run(['analyze', good, '--format', 'json', '--quotes', 'all'])).out) as { quotes: unknown[] };
    expect(all.quotes.length).toBeGreaterThanOrEqual(likely.quotes.length);
    expect(all.quotes).toEqual(expect.arrayContaining(likely.quotes));
  });

  it('analyzes in worker threads as in one thread, in input order', async () => {
    const inOne = await run(['analyze', 'examples', good, empty, '--format', 'jsonl', '--workers', '0']);
    const inThreads = await run(['analyze', 'examples', good, empty, '--format', 'jsonl', '--workers', '2']);
    expect(inThreads.status).toBe(1);
    expect(inThreads.out).toBe(inOne.out);
  }, 60_000);

  it('stops an article past its deadline with NG_DEADLINE, and goes on with the next', async () => {
    const { status, out, err } = await run(['analyze', good, 'examples/harbour-talks.txt', '--format', 'jsonl', '--workers', '1', '--deadline-ms', '1']);
    expect(status).toBe(1);
    const records = out.trim().split('\n').map((line) => JSON.parse(line) as AnalysisResult);
    expect(records.map(errorCode)).toEqual(['NG_DEADLINE', 'NG_DEADLINE']);
    expect(err).toMatch(/NG_DEADLINE: the analysis took longer than 1 ms/);
  }, 60_000);

  it('prints help and version', async () => {
    expect((await run(['--help'])).out).toMatch(/Usage:/);
    expect((await run(['--version'])).out).toMatch(/^\d+\.\d+\.\d+/);
  });
});
