import { cpSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyze.js';
import { SCHEMA_VERSION } from '../src/document/contract.js';
import { DataFolder, ResourceError, ResourceSet, SHIPPED_DATA_DIR } from '../src/resources.js';
import { VERSION } from '../src/version.js';
import { runCli, tempDir } from './helpers.js';

/** A copy of the shipped data folder, changed by `edit`. */
function dataCopy(edit: (dir: string) => void): string {
  const dir = join(tempDir(), 'data');
  cpSync(fileURLToPath(SHIPPED_DATA_DIR), dir, { recursive: true });
  edit(dir);
  return dir;
}

describe('createAnalyzer', () => {
  it('describes itself: version, contract version and a hash of the data it loaded', () => {
    const { info } = createAnalyzer();
    expect(info).toEqual({ name: 'newsgraph', version: VERSION, schemaVersion: SCHEMA_VERSION, data: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(createAnalyzer({ dataDir: dataCopy(() => {}) }).info.data).toBe(info.data);
  });

  it('keeps a title and publisher the caller supplies over what the text says, in memory and in JSONL records', async () => {
    const text = 'Harbour reopens\nOfficials in Bodo said on Monday that the harbour would reopen to fishing boats after two weeks of repairs.';
    const doc = createAnalyzer().analyze({ text, title: 'Bodo harbour reopens to boats', publisher: 'Coastal Press' });
    expect(doc.status === 'ok' && [doc.article.title, doc.article.publisher]).toEqual(['Bodo harbour reopens to boats', 'Coastal Press']);
    const file = join(tempDir(), 'records.jsonl');
    writeFileSync(file, `${JSON.stringify({ text, title: 'Bodo harbour reopens to boats', publisher: 'Coastal Press' })}\n`);
    const { out } = await runCli(['analyze', file, '--format', 'jsonl']);
    expect(JSON.parse(out).article).toMatchObject({ title: 'Bodo harbour reopens to boats', publisher: 'Coastal Press' });
  });

  it('skips checking files whose exact contents already passed their schemas (npm run data:check records them)', () => {
    const folder = new DataFolder();
    new ResourceSet(folder).loadAll();
    expect([...folder.checksRun.keys()], 'data/checked.json is out of date: run npm run data:check').toEqual([]);
    const rechecked = new DataFolder(undefined, { recheck: true });
    new ResourceSet(rechecked).loadAll();
    expect(rechecked.checksRun.size).toBeGreaterThan(20);
  });

  it.each([
    ['a missing folder', (dir: string) => rmSync(dir, { recursive: true }), /data folder .* does not exist/],
    ['a missing file', (dir: string) => rmSync(join(dir, 'quotes/cues.json')), /data file quotes\/cues\.json cannot be read/],
    ['a file that is not JSON', (dir: string) => writeFileSync(join(dir, 'stances/cues.json'), '{"verbs": '), /data file stances\/cues\.json is not valid JSON/],
    ['a file that does not match its schema', (dir: string) => writeFileSync(join(dir, 'events/status.json'), '{"negations": "not"}'), /data file events\/status\.json does not match its schema: .*\/negations must be array/],
    ['an actor index built from other files', (dir: string) => {
      const file = join(dir, 'actors/transliteration.json');
      writeFileSync(file, `${readFileSync(file, 'utf8')} `);
    }, /kb-index\.json was built from other versions .*npm run actors:index/],
    ['an event confidence model weighing a feature the events stage does not compute', (dir: string) => {
      const file = join(dir, 'events/confidence.json');
      const model = JSON.parse(readFileSync(file, 'utf8')) as { weights: Record<string, number> };
      writeFileSync(file, JSON.stringify({ ...model, weights: { ...model.weights, 'plover:PARLEY': 0.5 } }));
    }, /events\/confidence\.json weighs features the events stage does not compute: plover:PARLEY/],
    ['a quote confidence model weighing a feature the quotes stage does not compute', (dir: string) => {
      const file = join(dir, 'quotes/confidence.json');
      const model = JSON.parse(readFileSync(file, 'utf8')) as { weights: Record<string, number> };
      writeFileSync(file, JSON.stringify({ ...model, weights: { ...model.weights, 'mood:angry': 0.5 } }));
    }, /quotes\/confidence\.json weighs features the quotes stage does not compute: mood:angry/],
  ])('stops at start-up with a message naming the problem: %s', (_what, edit, message) => {
    const dir = dataCopy(edit);
    expect(() => createAnalyzer({ dataDir: dir })).toThrow(ResourceError);
    expect(() => createAnalyzer({ dataDir: dir })).toThrow(message);
  });

  it('makes the command line exit 2 with the message, before reading any input', async () => {
    const dir = dataCopy((folder) => rmSync(join(folder, 'ner/model.bin.gz')));
    const { status, out, err } = await runCli(['analyze', 'examples/harbour-talks.txt', '--data-dir', dir]);
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/newsgraph: cannot start: data file ner\/model\.bin\.gz cannot be read/);
    // The same when worker threads load the analyzer (several inputs).
    const threaded = await runCli(['analyze', 'examples/harbour-talks.txt', 'examples', '--workers', '1', '--data-dir', dir]);
    expect(threaded.status).toBe(2);
    expect(threaded.err).toMatch(/newsgraph: cannot start: data file ner\/model\.bin\.gz cannot be read/);
  }, 60_000);
});
