import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SHARED_DIR, findSharedRuns, readSharedTexts } from '../scripts/lib/shared-text-runs.js';

/** A file the project wrote, with a run of words of the made-up sources below. */
const SAMPLE = 'test/fixtures/article-text/sample.txt';

describe('shared text runs', () => {
  it('finds a copied run however it is punctuated, and joins overlapping hits', () => {
    const source = { name: 'made-up.txt', text: 'The harbour board voted on Tuesday to raise the mooring fee for every visiting yacht.' };
    expect(findSharedRuns([SAMPLE], [source], 8)).toEqual([{ path: SAMPLE, line: 2, words: 'board voted on tuesday to raise the mooring fee for every', source: 'made-up.txt' }]);
    expect(findSharedRuns([SAMPLE], [source], 12)).toEqual([]);
  });

  it('lets a long proper name and a file id made from a headline pass', () => {
    const source = { name: 'made-up.txt', text: 'She joined the Northern Coastal Authority for Harbours and Inland Waterways of Vestland in May.' };
    expect(findSharedRuns([SAMPLE], [source], 8)).toEqual([]);
  });

  it.skipIf(!existsSync(DEFAULT_SHARED_DIR))('finds no text of the shared data sets in the repo', () => {
    const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter((path) => path !== '');
    const runs = findSharedRuns(tracked, readSharedTexts(DEFAULT_SHARED_DIR), 8);
    expect(runs.map((run) => `${run.path}:${run.line}: ${run.words} (${run.source})`)).toEqual([]);
  }, 120_000);
});
