import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type AnalysisResult } from '../src/document/contract.js';
import { analyzedDocumentJsonSchema, JSON_SCHEMA_FILE } from '../src/document/json-schema.js';
import { fixtureRecords } from './fixture-corpus.js';
import { runCli, tempDir } from './helpers.js';

const published = readFileSync(new URL(`../${JSON_SCHEMA_FILE}`, import.meta.url), 'utf8');

/** Every `{ start, end, text }` object anywhere in `value`, with its path. */
function spans(value: unknown, path = ''): { path: string; start: number; end: number; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => spans(item, `${path}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  const own = typeof object.start === 'number' && typeof object.end === 'number' && typeof object.text === 'string'
    ? [{ path, start: object.start, end: object.end, text: object.text }] : [];
  return [...own, ...Object.entries(object).flatMap(([key, item]) => (key === 'article' ? [] : spans(item, `${path}/${key}`)))];
}

describe('the output contract', () => {
  it('is published as the JSON Schema the contract generates (run npm run schema:build after changing it)', () => {
    expect(published).toBe(analyzedDocumentJsonSchema());
  });

  it('holds for every record `analyze --format jsonl` writes over every fixture, failed inputs included', async () => {
    const dir = tempDir();
    const records = fixtureRecords();
    writeFileSync(join(dir, 'fixtures.jsonl'), records.map(({ name: _name, ...record }) => JSON.stringify(record)).join('\n'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const { out } = await runCli(['analyze', dir, '--format', 'jsonl']);
    const results = out.trim().split('\n').map((line) => JSON.parse(line) as AnalysisResult);
    expect(results).toHaveLength(records.length + 1);

    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(published) as object);
    for (const result of results) {
      expect(validate(result) ? [] : validate.errors).toEqual([]);
      expect(result.schemaVersion).toBe(SCHEMA_VERSION);
    }
    const failed = results.filter((result) => result.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.source.uri).toMatch(/empty\.txt$/);

    // Offsets are the spine: every span's text is the article's text between its offsets.
    for (const result of results) {
      if (result.status !== 'ok') continue;
      for (const span of spans(result)) expect({ path: span.path, text: result.article.text.slice(span.start, span.end) }).toEqual({ path: span.path, text: span.text });
    }
  });

  it('rejects a record that breaks it', () => {
    const validate = new Ajv({ strict: false }).compile(JSON.parse(published) as object);
    expect(validate({ id: 'x', schemaVersion: SCHEMA_VERSION, status: 'failed', analyzer: { name: 'newsgraph', version: '0' }, source: { uri: 'a', kind: 'file' } })).toBe(false);
    expect(validate({ id: 'x', schemaVersion: SCHEMA_VERSION, status: 'failed', analyzer: { name: 'newsgraph', version: '0' }, source: { uri: 'a', kind: 'file' }, error: { code: 'NG_INPUT_EMPTY', message: 'empty' } })).toBe(true);
  });
});
