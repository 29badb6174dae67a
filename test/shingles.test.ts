import { describe, expect, it } from 'vitest';
import { sameWords, scorePage, scoreSet } from '../scripts/lib/shingles.js';

describe('extraction metric (4-word shingles)', () => {
  const gold = 'one two three four five six seven eight';

  it('scores a perfect extraction 1/1, whitespace and punctuation aside', () => {
    expect(scorePage('one, two three\n\nfour five six seven eight.', gold)).toEqual({ precision: 1, recall: 1 });
    expect(sameWords('One two', 'One\ntwo!')).toBe(true);
  });

  it('loses precision for extra text and recall for missing text', () => {
    const extra = scorePage(`${gold} menu home sport weather`, gold);
    expect(extra.recall).toBe(1);
    expect(extra.precision).toBeCloseTo(5 / 9);
    const missing = scorePage('one two three four five', gold);
    expect(missing.precision).toBe(1);
    expect(missing.recall).toBeCloseTo(2 / 5);
  });

  it('gives an empty extraction of a non-empty page zero', () => {
    expect(scorePage('', gold)).toEqual({ precision: 0, recall: 0 });
  });

  it('averages precision and recall over pages before taking F1', () => {
    const set = scoreSet([
      { predicted: gold, gold },
      { predicted: '', gold },
    ]);
    expect(set.precision).toBeCloseTo(0.5);
    expect(set.recall).toBeCloseTo(0.5);
    expect(set.f1).toBeCloseTo(0.5);
    expect(set.accuracy).toBe(0.5);
  });
});
