import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { succeeded } from './helpers.js';

const analyzed = (text: string) => succeeded(analyze({ text, publishedAt: '2016-05-02' }));
/** "what: status" for each commitment of a text. */
const commitments = (text: string) => analyzed(text).commitments.map((commitment) => `${commitment.what}: ${commitment.status}`);

describe('commitment status', () => {
  it.each([
    ['promised when the text says nothing more', 'Governor Lisa Park promised to fix the bridge.', 'fix the bridge: promised'],
    ['conditional, without the condition in what is promised', 'Senator Jane Doe pledged to cut taxes if she is elected.', 'cut taxes: conditional'],
    ['kept when the next sentence says the promise was kept', 'Governor Lisa Park promised to fix the bridge. In March, Park kept her promise.', 'fix the bridge: kept'],
    ['withdrawn when the sentence says it was walked back', 'Mayor Tom Ortiz vowed to open a library, but he later walked back the pledge.', 'open a library: withdrawn'],
  ])('is %s', (_status, text, expected) => {
    expect(commitments(text)).toEqual([expected]);
  });
});

describe('what is not a commitment', () => {
  it.each([
    ['a prediction', 'Hillary Clinton is now assured of winning the state.'],
    ['a delegate count', 'Bernie Sanders trails among pledged delegates.'],
    ['a bare plan', 'Mayor Tom Ortiz is planning to buy a boat.'],
    ['an assurance that something is so', 'Senator Jane Doe assured the crowd that the claims are false.'],
  ])('finds none in %s', (_kind, text) => {
    expect(commitments(text)).toEqual([]);
  });
});
