import { describe, expect, it } from 'vitest';
import type { EventGold } from '../scripts/lib/corpus-gold.js';
import { alignReport, goldReportClusters, mergedDistinctPairs, reportKey, summarizeClustering, type AlignableRecord } from '../scripts/lib/corpus-scoring.js';
import { anchorOf } from '../scripts/lib/text-anchor.js';

/** The anchor of a whole run of words. */
const anchored = (words: string) => anchorOf(words, [0, words.length]);

/** A record of `text` split into sentences at ". ", with events at the first occurrence of each trigger word. */
function record(text: string, triggers: string[]): AlignableRecord {
  const sentences: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(/\. /g)) {
    sentences.push([start, match.index + 1]);
    start = match.index + 2;
  }
  sentences.push([start, text.length]);
  const events = triggers.map((word, i) => {
    const at = text.indexOf(word);
    return { id: `ev${i}`, trigger: { start: at, end: at + word.length } };
  });
  return { article: { text }, sentences, events };
}

describe('alignReport', () => {
  const text = 'Clinton met Sanders in Miami. Trump said he would debate Cruz, then attacked Rubio. Nothing happened.';
  const doc = record(text, ['met', 'said', 'debate', 'attacked']);

  it('takes the event whose trigger lies in the anchored words', () => {
    expect(alignReport(doc, anchored('then attacked Rubio.'))).toEqual({ kind: 'event', eventId: 'ev3' });
    expect(alignReport(doc, anchored('he would debate'))).toEqual({ kind: 'event', eventId: 'ev2' });
  });

  it('else the nearest trigger in the same sentence, never one in another sentence', () => {
    expect(alignReport(doc, anchored('Sanders in Miami.'))).toEqual({ kind: 'event', eventId: 'ev0' });
    expect(alignReport(doc, anchored('Cruz,'))).toEqual({ kind: 'event', eventId: 'ev2' });
  });

  it('reports a sentence without events, and words the text does not hold', () => {
    expect(alignReport(doc, anchored('Nothing happened.'))).toEqual({ kind: 'no-event' });
    expect(alignReport(doc, anchored('Kasich won Ohio.'))).toEqual({ kind: 'not-located' });
  });
});

describe('event clusterings', () => {
  const gold: EventGold = {
    version: 1,
    events: [
      { id: 'e-debate-1', date: '2016-09-26', label: 'first debate', reports: [{ article: 'a', anchor: anchored('x') }, { article: 'b', anchor: anchored('y') }] },
      { id: 'e-debate-2', date: '2016-10-09', label: 'second debate', reports: [{ article: 'c', anchor: anchored('z') }] },
    ],
    distinct: [{ events: ['e-debate-1', 'e-debate-2'], why: 'two debates' }],
  };

  it('keys every report by its event', () => {
    expect([...goldReportClusters(gold)]).toEqual([['e-debate-1#0', 'e-debate-1'], ['e-debate-1#1', 'e-debate-1'], ['e-debate-2#0', 'e-debate-2']]);
  });

  it('finds the look-alike pairs a prediction merged', () => {
    const merged = new Map([[reportKey('e-debate-1', 0), 'p1'], [reportKey('e-debate-1', 1), 'p2'], [reportKey('e-debate-2', 0), 'p2']]);
    expect(mergedDistinctPairs(gold, merged)).toEqual([['e-debate-1', 'e-debate-2']]);
    // Reports the prediction does not place merge with nothing.
    expect(mergedDistinctPairs(gold, new Map([[reportKey('e-debate-1', 0), 'p1']]))).toEqual([]);
  });
});

describe('summarizeClustering', () => {
  it('counts clusters and the singleton share over the gold items, missing items alone', () => {
    const gold = new Map([['a', 's1'], ['b', 's1'], ['c', 's2'], ['d', 's3']]);
    const predicted = new Map([['a', 'p1'], ['b', 'p1'], ['c', 'p2'], ['x', 'p2']]);
    const summary = summarizeClustering(gold, predicted);
    expect(summary.clusters).toBe(3); // {a,b}, {c}, and d alone
    expect(summary.singletonShare).toBe(2 / 4);
    expect(summary.score).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
