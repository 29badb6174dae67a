import { describe, expect, it } from 'vitest';
import type { Commitment, Entity, Stance } from '../src/document/contract.js';
import type { GoldCommitment, GoldStance } from '../scripts/lib/stance-gold.js';
import {
  dueRight, figures, greedyPairs, holdsHead, phraseRight, readReadabilityLists, scoreCommitments, scoreStances, sharesHeadWord, unreadableReason, type Placed,
} from '../scripts/lib/stance-scoring.js';
import { clauseVerbReasons } from '../scripts/lib/issue-clause.js';
import { analyze } from '../src/analyze.js';
import { succeeded } from './helpers.js';

// Invented records: a made-up article about a harbour council, never text from shared data.
const TEXT = 'Mayor Ana Ruiz backs the new harbour levy. The fishers union opposes the levy. Ruiz pledged to publish the accounts by June.';
const sentence = (n: number): [number, number] => {
  const bounds: [number, number][] = [[0, 42], [43, 78], [79, TEXT.length]];
  return bounds[n]!;
};
const span = ([start, end]: [number, number]) => ({ start, end, text: TEXT.slice(start, end) });
const entity = (id: string, name: string, mentions: string[] = [name]): Entity => ({
  id, name, type: 'PERSON', country: null, sector: null, roles: [], kb: null, salience: 1, key: null,
  mentions: mentions.map((text) => ({ start: 0, end: text.length, text, kind: 'name' as const })),
});
const ENTITIES = [entity('e1', 'Ana Ruiz', ['Ana Ruiz', 'Ruiz']), entity('e2', 'Fishers Union', ['fishers union'])];

const goldStance = (n: number, fields: Partial<GoldStance>): Placed<GoldStance> => ({
  article: 'a', anchor: { words: 1, chars: 1, sha256: '0000000000000000' }, evidence: sentence(n), placed: sentence(n), holder: ['Ana Ruiz'], issue: 'the new harbour levy', head: 'harbour levy', polarity: 'support', changed: false, ...fields,
});
const stance = (n: number, fields: Partial<Stance>): Stance => ({
  id: 's1', holder: ['e1'], issue: 'new harbour levy', polarity: 'support', changed: false, evidence: span(sentence(n)), rule: 'test', ...fields,
});

describe('phrase matching', () => {
  it('wants every word of the head, or of one of its alternatives', () => {
    expect(holdsHead('the new harbour levy', 'harbour levy')).toBe(true);
    expect(holdsHead('the levy', 'harbour levy')).toBe(false);
    expect(holdsHead('Medicare for all', 'single-payer | Medicare for all')).toBe(true);
    expect(sharesHeadWord('the levy', 'harbour levy')).toBe(true);
    expect(sharesHeadWord('of it', 'harbour of')).toBe(false);
  });

  it('refuses a phrase much longer than the gold one', () => {
    expect(phraseRight('new harbour levy', 'the new harbour levy', 'harbour levy')).toBe(true);
    expect(phraseRight('the new harbour levy that the council will vote on when it meets again next month in the old town hall', 'the new harbour levy', 'harbour levy')).toBe(false);
  });
});

describe('stance scoring', () => {
  it('matches by evidence and holder and scores each field', () => {
    const gold = [goldStance(0, {}), goldStance(1, { holder: ['fishers union'], issue: 'the levy', head: 'levy', polarity: 'oppose' })];
    const predicted = [
      stance(0, {}),
      stance(1, { holder: ['e2'], issue: 'the levy', polarity: 'support' }),
      stance(2, { issue: 'the accounts', polarity: 'demand' }),
    ];
    const { tally, outcomes, unmatched } = scoreStances(gold, predicted, ENTITIES);
    expect(tally).toMatchObject({ gold: 2, emitted: 3, matched: 2, fullyRight: 1, right: { holder: 2, issue: 2, polarity: 1, changed: 2 } });
    expect(outcomes[1]!.right).toEqual({ holder: true, issue: true, polarity: false, changed: true });
    expect(unmatched.map((item) => item.issue)).toEqual(['the accounts']);
    const m = figures(tally);
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBe(1);
    expect(m.fullyRight).toBeCloseTo(1 / 3);
    expect(m.accuracy.polarity).toBe(0.5);
  });

  it('matches a wrong holder when the issue head is there, and nothing with neither', () => {
    const gold = [goldStance(0, {})];
    expect(scoreStances(gold, [stance(0, { holder: ['e2'] })], ENTITIES).outcomes[0]!.right).toMatchObject({ holder: false, issue: true });
    expect(scoreStances(gold, [stance(0, { holder: ['e2'], issue: 'the accounts' })], ENTITIES).tally.matched).toBe(0);
    expect(scoreStances(gold, [stance(1, {})], ENTITIES).tally.matched).toBe(0);
  });

  it('pairs one to one, best pair first', () => {
    const pairs = greedyPairs([{ gold: 0, predicted: 0, score: 1 }, { gold: 0, predicted: 1, score: 5 }, { gold: 1, predicted: 1, score: 3 }, { gold: 1, predicted: 0, score: 2 }]);
    expect([...pairs]).toEqual([[0, 1], [1, 0]]);
  });
});

describe('commitment scoring', () => {
  const gold: Placed<GoldCommitment> = {
    article: 'a', anchor: { words: 1, chars: 1, sha256: '0000000000000000' }, evidence: sentence(2), placed: sentence(2), actor: ['Ruiz'], beneficiary: [], what: 'publish the accounts', head: 'publish', due: 'by June', condition: null, status: 'promised',
  };
  const june = TEXT.indexOf('by June');
  const commitment = (fields: Partial<Commitment>): Commitment => ({
    id: 'c1', actor: ['e1'], beneficiary: [], what: 'publish the accounts', due: { span: span([june, june + 7]), start: '2026-06-01', end: '2026-07-01' }, event: null, status: 'promised', evidence: span(sentence(2)), rule: 'test', ...fields,
  });

  it('scores actor, beneficiary, what, due and status', () => {
    const { tally } = scoreCommitments([gold], [commitment({})], ENTITIES, TEXT);
    expect(tally).toMatchObject({ matched: 1, fullyRight: 1 });
    const wrong = scoreCommitments([{ ...gold, status: 'kept' }], [commitment({ beneficiary: ['e2'], due: null })], ENTITIES, TEXT);
    expect(wrong.outcomes[0]!.right).toEqual({ actor: true, beneficiary: false, what: true, due: false, status: false });
  });

  it('takes a due right when the spans overlap, or both have none', () => {
    expect(dueRight(gold, commitment({ due: { span: span([june + 3, june + 7]), start: null, end: null } }), TEXT)).toBe(true);
    expect(dueRight({ ...gold, due: null }, commitment({ due: null }), TEXT)).toBe(true);
    expect(dueRight({ ...gold, due: null }, commitment({}), TEXT)).toBe(false);
  });
});

describe('issue readability', () => {
  const lists = readReadabilityLists();
  it.each<[string, boolean]>([
    ['a higher minimum wage', true],
    ["Smith's nomination", true],
    ['Medicare for all', true],
    ['the trade deal', true],
    ['it', false],
    ['the plan to', false],
    ['of the other candidates', false],
    ['everything I said Cruz is', false],
    ['the (new levy', false],
    ['', false],
  ])('%j reads on its own: %s', (issue, readable) => {
    expect(unreadableReason(issue, lists) === null).toBe(readable);
  });
});

describe('the readability check read from the parse', () => {
  const text = "News of Acme Corp's opposition to the grain levy angered farmers across the county. Senator Jane Doe said the mayor should resign.";
  const doc = succeeded(analyze({ text }));
  const stanceOn = (issue: string, sentenceEnd: number): Stance => ({
    id: 's1', holder: [], issue, polarity: 'oppose', changed: false, evidence: { start: 0, end: sentenceEnd, text: text.slice(0, sentenceEnd) }, rule: 'test',
  });
  const first = text.indexOf('.') + 1;

  it.each<[string, number, boolean]>([
    ['grain levy angered farmers across the county', first, false],
    ['grain levy', first, true],
    // An act asked of someone has its subject before it and apart: it reads.
    ['resign', text.length, true],
  ])('%j reads as an issue: %s', (issue, end, readable) => {
    expect(clauseVerbReasons(doc.article, [stanceOn(issue, end)])[0] === null).toBe(readable);
  });
});
