/** The web app's text handling that needs no browser: marks over text, snippets, query edits, time windows. */
import { describe, expect, it } from 'vitest';
import { timeWindow } from '../web/src/format.js';
import { addFilter, filterValue, withMonth } from '../web/src/query.js';
import { snippetParts } from '../web/src/snippet.js';
import { segmentText } from '../web/src/spans.js';
import { COMMITMENT_STATUSES, EVENT_STATUSES, PLOVER_CATEGORIES } from '../web/src/vocabulary.js';
import { readFileSync } from 'node:fs';
import { CommitmentStatusSchema, EventStatusSchema } from '../src/document/contract.js';

describe('segmentText', () => {
  it('cuts overlapping and nested marks into segments covering the range, the longest mark outermost', () => {
    const quote = { start: 0, end: 20, id: 'quote' };
    const entity = { start: 5, end: 10, id: 'entity' };
    const trigger = { start: 8, end: 14, id: 'trigger' };
    const segments = segmentText(0, 24, [entity, quote, trigger]);
    expect(segments.map(({ start, end, highlights }) => [start, end, highlights.map((mark) => mark.id)])).toEqual([
      [0, 5, ['quote']],
      [5, 8, ['quote', 'entity']],
      [8, 10, ['quote', 'trigger', 'entity']],
      [10, 14, ['quote', 'trigger']],
      [14, 20, ['quote']],
      [20, 24, []],
    ]);
  });

  it('clips marks to the range (a paragraph) and drops empty ones', () => {
    const segments = segmentText(10, 20, [{ start: 0, end: 12 }, { start: 15, end: 15 }, { start: 18, end: 40 }]);
    expect(segments.map(({ start, end, highlights }) => [start, end, highlights.length])).toEqual([[10, 12, 1], [12, 18, 0], [18, 20, 1]]);
  });
});

describe('snippetParts', () => {
  it('takes the text between [ and ] as matches and leaves an unpaired bracket as text', () => {
    expect(snippetParts('a [talk] on [peace] ] [x')).toEqual([
      { text: 'a ', match: false }, { text: 'talk', match: true }, { text: ' on ', match: false },
      { text: 'peace', match: true }, { text: ' ] [x', match: false },
    ]);
  });
});

describe('query edits', () => {
  it('adds a filter once, quoting values with spaces', () => {
    expect(addFilter('talks', `outlet:${filterValue('Daily Ledger')}`)).toBe('talks outlet:"Daily Ledger"');
    expect(addFilter('talks type:AID', 'type:AID')).toBe('talks type:AID');
    expect(addFilter('', 'type:AID')).toBe('type:AID');
  });

  it('limits a query to a month, replacing the dates it had', () => {
    expect(withMonth('talks from:2016-01-01 to:2016-02-01', '2016-12')).toBe('talks from:2016-12-01 to:2017-01-01');
  });
});

describe('timeWindow', () => {
  it('reads half-open windows as the days they cover', () => {
    expect(timeWindow('2025-02-12', '2025-02-13')).toBe('2025-02-12');
    expect(timeWindow('2025-03-01', '2025-06-01')).toBe('2025-03-01 – 2025-05-31');
    expect(timeWindow('2025-03-01T15:00:00', '2025-03-02T09:00:00')).toBe('2025-03-01 – 2025-03-02');
    expect(timeWindow(null, null)).toBe('');
  });
});

describe('the filters\' vocabulary', () => {
  it('offers the PLOVER categories the event dictionary codes and the statuses the contract names', () => {
    const codes = JSON.parse(readFileSync(new URL('../data/events/cameo-codes.json', import.meta.url), 'utf8')) as { codes: Record<string, { plover: string }> };
    expect([...PLOVER_CATEGORIES].sort()).toEqual([...new Set(Object.values(codes.codes).map((code) => code.plover))].sort());
    expect([...EVENT_STATUSES].sort()).toEqual([...EventStatusSchema.enum].sort());
  });

  it('offers the commitment statuses the contract names, in its order', () => {
    expect([...COMMITMENT_STATUSES]).toEqual([...CommitmentStatusSchema.enum]);
  });
});
