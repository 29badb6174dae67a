import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyze.js';
import { SHIPPED_DATA_DIR } from '../src/resources.js';
import { fixtureRecords, type FixtureRecord } from './fixture-corpus.js';

const records = fixtureRecords();
const input = ({ text, html, publishedAt }: FixtureRecord) => ({ text, html, publishedAt });

describe('determinism', () => {
  it('gives every fixture the same record forward, reversed, and in a second analyzer', () => {
    const analyzer = createAnalyzer();
    const forward = records.map((record) => JSON.stringify(analyzer.analyze(input(record))));
    const reversed = [...records].reverse().map((record) => JSON.stringify(analyzer.analyze(input(record)))).reverse();
    expect(reversed).toEqual(forward);
    // An analyzer with resources of its own (a data folder given explicitly) reads a fresh wink.
    const second = createAnalyzer({ dataDir: SHIPPED_DATA_DIR });
    const interleaved = records.map((_, i) => (i % 2 === 0 ? i : records.length - i)).filter((i) => i < records.length);
    for (const i of interleaved) expect(JSON.stringify(second.analyze(input(records[i]!)))).toBe(forward[i]);
  });

  it('gives the same records in another process', () => {
    const sample = records.filter((_, i) => i % 10 === 0);
    const analyzer = createAnalyzer();
    const here = sample.map((record) => JSON.stringify(analyzer.analyze(input(record))));
    const script = `
      import { createAnalyzer } from './src/analyze.ts';
      const analyzer = createAnalyzer();
      const records = JSON.parse(process.argv[1]);
      process.stdout.write(JSON.stringify(records.map((record) => JSON.stringify(analyzer.analyze(record)))));`;
    const there = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify([...sample].reverse().map(input))], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect((JSON.parse(there) as string[]).reverse()).toEqual(here);
  });
});
