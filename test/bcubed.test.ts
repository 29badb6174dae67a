import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bcubedClustering } from '../scripts/lib/bcubed.js';

/** A clustering written as groups of items: [['a', 'b'], ['c']] puts a and b together. */
function clustering(groups: string[][], prefix = 'c'): Map<string, string> {
  return new Map(groups.flatMap((items, index) => items.map((item): [string, string] => [item, `${prefix}${index}`])));
}

describe('bcubedClustering', () => {
  // Bagga & Baldwin (1998), the standard example: gold {1..5} {6,7} {8,9,A,B,C}.
  const gold = clustering([['1', '2', '3', '4', '5'], ['6', '7'], ['8', '9', 'A', 'B', 'C']]);

  it('reproduces the textbook example', () => {
    // Response 1 merges {6,7} into {8..C}: P = (5·1 + 2·2/7 + 5·5/7) / 12 = 16/21, R = 1.
    const merged = bcubedClustering(gold, clustering([['1', '2', '3', '4', '5'], ['6', '7', '8', '9', 'A', 'B', 'C']], 'r'));
    expect(merged.precision).toBeCloseTo(16 / 21, 12);
    expect(merged.recall).toBe(1);
    expect(merged.f1).toBeCloseTo(32 / 37, 12);
    // Response 2 merges {1..5} with {8..C}: P = (10·5/10 + 2·1) / 12 = 7/12, R = 1.
    const worse = bcubedClustering(gold, clustering([['1', '2', '3', '4', '5', '8', '9', 'A', 'B', 'C'], ['6', '7']], 'r'));
    expect(worse.precision).toBeCloseTo(7 / 12, 12);
    expect(worse.recall).toBe(1);
  });

  it('scores a split and a merge at once', () => {
    // Gold {a,b,c} {d}; predicted {a,b} {c,d}.
    // P: a 2/2, b 2/2, c 1/2, d 1/2 -> 3/4.  R: a 2/3, b 2/3, c 1/3, d 1/1 -> 2/3.
    const score = bcubedClustering(clustering([['a', 'b', 'c'], ['d']]), clustering([['a', 'b'], ['c', 'd']], 'r'));
    expect(score.precision).toBeCloseTo(3 / 4, 12);
    expect(score.recall).toBeCloseTo(2 / 3, 12);
    expect(score.f1).toBeCloseTo(12 / 17, 12);
  });

  it('counts an item missing from the prediction as a singleton', () => {
    // Gold {a,b,c}; predicted {a,b}, c absent. P: 1,1,1. R: 2/3, 2/3, 1/3 -> 5/9.
    const score = bcubedClustering(clustering([['a', 'b', 'c']]), clustering([['a', 'b']], 'r'));
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(5 / 9, 12);
    // Two missing items are not linked to each other.
    expect(bcubedClustering(clustering([['a', 'b']]), new Map()).recall).toBe(1 / 2);
  });

  it('leaves out predicted items the gold does not know', () => {
    const score = bcubedClustering(clustering([['a', 'b']]), clustering([['a', 'b', 'x', 'y']], 'r'));
    expect(score).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('gives zeros, not NaN, for an empty gold', () => {
    expect(bcubedClustering(new Map(), new Map())).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('bcubedClustering properties', () => {
  /** Items i0..i(n-1), each given a cluster number below `clusters`. */
  const assignment = fc.integer({ min: 1, max: 6 }).chain((clusters) => fc.array(fc.integer({ min: 0, max: clusters - 1 }), { minLength: 1, maxLength: 30 }));
  const toMap = (labels: number[], prefix: string) => new Map(labels.map((label, i): [string, string] => [`i${i}`, `${prefix}${label}`]));

  it('scores a clustering against itself, under any names, as 1', () => {
    fc.assert(fc.property(assignment, (labels) => {
      expect(bcubedClustering(toMap(labels, 'g'), toMap(labels, 'renamed-'))).toEqual({ precision: 1, recall: 1, f1: 1 });
    }));
  });

  it('gives all-singletons precision 1 and everything-in-one recall 1', () => {
    fc.assert(fc.property(assignment, (labels) => {
      const gold = toMap(labels, 'g');
      const singletons = new Map(labels.map((_, i): [string, string] => [`i${i}`, `s${i}`]));
      const one = new Map(labels.map((_, i): [string, string] => [`i${i}`, 'all']));
      expect(bcubedClustering(gold, singletons).precision).toBe(1);
      expect(bcubedClustering(gold, one).recall).toBe(1);
      // Predicting nothing is the same as predicting all singletons.
      expect(bcubedClustering(gold, new Map())).toEqual(bcubedClustering(gold, singletons));
    }));
  });

  it('swaps precision and recall when gold and prediction swap, and stays within [0, 1]', () => {
    fc.assert(fc.property(assignment, fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 30, maxLength: 30 }), (labels, other) => {
      const gold = toMap(labels, 'g');
      const predicted = toMap(labels.map((_, i) => other[i]!), 'p');
      const forward = bcubedClustering(gold, predicted);
      const backward = bcubedClustering(predicted, gold);
      expect(backward.precision).toBeCloseTo(forward.recall, 12);
      expect(backward.recall).toBeCloseTo(forward.precision, 12);
      for (const value of [forward.precision, forward.recall, forward.f1]) {
        expect(value).toBeGreaterThan(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }));
  });
});
