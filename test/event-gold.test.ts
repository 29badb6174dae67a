import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EVENT_GOLD, EVENT_STATUSES, parseEventGold, readEventGold } from '../scripts/lib/event-gold.js';

const TINY = [
  '# guidelines (ignored)',
  '',
  '## t1',
  'published: 2025-03-05',
  'covers: meet, occurrence',
  'text: Stubb met Michal in Tallinn on Monday and said they had met before.',
  'events:',
  '- met | CONSULT | Alexander Stubb | Kristen Michal | occurred | 2025-03-03..2025-03-04 | Tallinn',
  '- met#2 | CONSULT | Alexander Stubb; Kristen Michal | - | denied | - | -',
  '',
  '## t2',
  'published: 2025-03-06',
  'text: The minister told reporters the economy would grow.',
  'events:',
].join('\n');

/** TINY with its first event line replaced. */
function withEvent(line: string): string {
  return TINY.replace(/^- met \|.*$/m, line);
}

describe('event gold parser', () => {
  it('reads items, triggers, actors, statuses, times and places', () => {
    const { items, errors } = parseEventGold(TINY);
    expect(errors).toEqual([]);
    expect(items.map((item) => [item.id, item.publishedAt, item.covers, item.line])).toEqual([
      ['t1', '2025-03-05', ['meet', 'occurrence'], 3],
      ['t2', '2025-03-06', [], 11],
    ]);
    const [first, second] = items[0]!.events;
    expect(first).toEqual({
      trigger: 'met',
      occurrence: 1,
      start: 6,
      end: 9,
      category: 'CONSULT',
      sources: ['Alexander Stubb'],
      targets: ['Kristen Michal'],
      status: 'occurred',
      time: { start: '2025-03-03', end: '2025-03-04' },
      place: 'Tallinn',
      line: 8,
    });
    expect(second).toMatchObject({ trigger: 'met', occurrence: 2, sources: ['Alexander Stubb', 'Kristen Michal'], targets: [], status: 'denied', time: null, place: null });
    expect(items[0]!.text.slice(second!.start, second!.end)).toBe('met');
    expect(second!.start).toBeGreaterThan(first!.start);
    expect(items[1]!.events).toEqual([]);
  });

  it.each([
    ['a bad category', '- met | MEET | Alexander Stubb | - | occurred | - | -', 'unknown category "MEET"'],
    ['a bad status', '- met | CONSULT | Alexander Stubb | - | happened | - | -', 'unknown status "happened"'],
    ['a trigger not in the text', '- visited | CONSULT | Alexander Stubb | - | occurred | - | -', 'trigger "visited" not found'],
    ['a trigger inside a longer word', '- Tall | CONSULT | Alexander Stubb | - | occurred | - | -', 'trigger "Tall" not found'],
    ['an occurrence the text lacks', '- met#3 | CONSULT | Alexander Stubb | - | occurred | - | -', 'trigger "met#3" not found'],
    ['a bad time', '- met | CONSULT | Alexander Stubb | - | occurred | 2025-03-03 | -', 'bad time "2025-03-03"'],
    ['a day that does not exist', '- met | CONSULT | Alexander Stubb | - | occurred | 2025-02-29..2025-03-01 | -', 'bad time'],
    ['a time that ends before it starts', '- met | CONSULT | Alexander Stubb | - | occurred | 2025-03-04..2025-03-04 | -', 'ends before it starts'],
    ['a place not in the text', '- met | CONSULT | Alexander Stubb | - | occurred | - | Oslo', 'place "Oslo" not found'],
    ['a missing cell', '- met | CONSULT | Alexander Stubb | occurred | - | -', 'needs 7 cells'],
    ['an empty actor', '- met | CONSULT | Alexander Stubb; | - | occurred | - | -', 'empty name'],
    ['the same trigger twice', '- met#2 | CONSULT | Alexander Stubb | - | occurred | - | -', 'already annotated on line 8'],
  ])('rejects %s with an error naming the line', (_case, line, message) => {
    const { items, errors } = parseEventGold(withEvent(line));
    const lineOf = line.startsWith('- met#2') ? 9 : 8;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: lineOf, item: 't1' });
    expect(errors[0]!.message).toContain(message);
    expect(items.map((item) => item.id)).toEqual(['t2']);
  });

  it('rejects missing fields, bad dates, stray lines and repeated ids', () => {
    const { errors } = parseEventGold([
      '## a1',
      'published: 2025-13-01',
      'text: Police arrested him.',
      'events:',
      '## a2',
      'text: Nothing happened.',
      'stray line',
      '## a2',
      '## two words',
    ].join('\n'));
    expect(errors.map((e) => [e.line, e.item])).toEqual([
      [2, 'a1'],
      [5, 'a2'],
      [5, 'a2'],
      [7, 'a2'],
      [8, 'a2'],
      [9, null],
    ]);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/published "2025-13-01"[\s\S]*no "published:"[\s\S]*no "events:"[\s\S]*unexpected line "stray line"[\s\S]*already defined on line 5[\s\S]*not an item id/);
  });

  it('readEventGold throws one error listing each problem with its file and line', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'newsgraph-test-')), 'bad.md');
    writeFileSync(file, withEvent('- met | MEET | Alexander Stubb | - | occurred | - | -'));
    expect(() => readEventGold(file)).toThrow(`${file}:8: [t1] unknown category "MEET"`);
  });
});

describe('the project events gold set', () => {
  const items = readEventGold(DEFAULT_EVENT_GOLD);
  const events = items.flatMap((item) => item.events);

  it('parses, with at least 90 items and 150 events', () => {
    expect(items.length).toBeGreaterThanOrEqual(90);
    expect(events.length).toBeGreaterThanOrEqual(150);
  });

  it('covers every status and at least 12 PLOVER categories', () => {
    expect(new Set(events.map((e) => e.status))).toEqual(new Set(EVENT_STATUSES));
    expect(new Set(events.map((e) => e.category)).size).toBeGreaterThanOrEqual(12);
  });

  it('dates no event before 2019 or long after its publication', () => {
    for (const item of items) {
      for (const event of item.events) {
        if (!event.time) continue;
        expect(event.time.start >= '2019-01-01', `${item.id} line ${event.line}`).toBe(true);
        expect(Date.parse(event.time.start) - Date.parse(item.publishedAt), `${item.id} line ${event.line}`).toBeLessThan(200 * 86_400_000);
      }
    }
  });
});
