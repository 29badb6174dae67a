import { describe, expect, it } from 'vitest';
import type { Entity, Event } from '../src/document/contract.js';
import type { GoldEvent } from '../scripts/lib/event-gold.js';
import { namesEntity, prf, sameActors, samePlace, scoreItem } from '../scripts/lib/event-scoring.js';

const entity = (id: string, name: string, mentions: string[] = [name]): Entity => ({
  id, name, type: 'PERSON', country: null, sector: null, roles: [], kb: null, salience: 1, key: null,
  mentions: mentions.map((text) => ({ start: 0, end: text.length, text, kind: 'name' as const })),
});
const span = (start: number, end: number) => ({ start, end, text: '' });
const predicted = (trigger: [number, number], fields: Partial<Event>): Event => ({
  id: 'ev1', cameo: '040', plover: 'CONSULT', label: 'Consult', quadClass: 1, goldstein: 1, trigger: span(...trigger), source: [], target: [],
  place: null, time: null, status: 'occurred', evidence: span(0, 10), rule: 'test', confidence: 0.5, ...fields,
});
const gold = (start: number, end: number, fields: Partial<GoldEvent>): GoldEvent => ({
  trigger: 'met', occurrence: 1, start, end, category: 'CONSULT', sources: [], targets: [], status: 'occurred', time: null, place: null, line: 1, ...fields,
});

describe('event scoring', () => {
  const putin = entity('e1', 'Vladimir Putin', ['Putin', 'Vladimir Putin']);
  const norway = entity('e2', 'Norway');

  it('matches a gold actor name to an entity by its name, a mention or a surname', () => {
    expect(namesEntity('Putin', putin)).toBe(true);
    expect(namesEntity('Vladimir Putin', putin)).toBe(true);
    expect(namesEntity('the Norway', norway)).toBe(true);
    expect(namesEntity('Iceland', norway)).toBe(false);
  });

  it('reads a name with or without its middle initial as the same name', () => {
    const senator = entity('e3', 'Mary K. Osgood', ['Mary K. Osgood']);
    expect(namesEntity('Mary Osgood', senator)).toBe(true);
    expect(namesEntity('Mary K. Osgood', entity('e4', 'Mary Osgood'))).toBe(true);
    expect(namesEntity('Mary Osgood', entity('e5', 'Mary K. Lindqvist'))).toBe(false);
    expect(namesEntity('U.S. Senate', entity('e6', 'U.S. Senate'))).toBe(true);
  });

  it('wants exactly the gold actors, one to one', () => {
    const byId = new Map([putin, norway].map((item) => [item.id, item]));
    expect(sameActors(['Putin', 'Norway'], ['e2', 'e1'], byId)).toBe(true);
    expect(sameActors(['Putin'], ['e1', 'e2'], byId)).toBe(false);
    expect(sameActors([], [], byId)).toBe(true);
  });

  it('matches by trigger overlap and scores category, actors, status and time on the match', () => {
    const { tally, unmatched } = scoreItem(
      [gold(10, 13, { sources: ['Putin'], targets: ['Norway'], time: { start: '2025-03-04', end: '2025-03-05' } }), gold(30, 35, { category: 'ASSAULT' })],
      [predicted([10, 13], { source: ['e1'], target: ['e2'], time: { span: null, start: '2025-03-04', end: '2025-03-05' } }), predicted([50, 55], {})],
      [putin, norway],
      (offset) => offset,
    );
    expect(tally).toMatchObject({ gold: 2, predicted: 2, matched: 1, categoryRight: 1, actorsRight: 1, statusRight: 1, timeRight: 1 });
    expect(unmatched).toHaveLength(1);
    expect(prf(1, 2, 2)).toEqual({ p: 0.5, r: 0.5, f1: 0.5 });
  });

  it('scores a place as right when both have none, or the place as written or its name is the gold one or ends with it', () => {
    const place = (text: string, name = text) => ({ span: { start: 0, end: text.length, text }, entity: 'e9', name });
    expect(samePlace(null, null)).toBe(true);
    expect(samePlace('Geneva', null)).toBe(false);
    expect(samePlace(null, place('Geneva'))).toBe(false);
    expect(samePlace('North Atlantic', place('the North Atlantic'))).toBe(true);
    expect(samePlace('Kyiv', place('the capital', 'Kyiv'))).toBe(true);
    expect(samePlace('San Pedro Sula', place('San Pedro'))).toBe(false);
    const { tally } = scoreItem([gold(10, 13, { place: 'Oslo' })], [predicted([10, 13], { place: place('Oslo') })], [], (offset) => offset);
    expect(tally.placeRight).toBe(1);
  });
});
