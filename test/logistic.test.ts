import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../scripts/lib/logistic.js';

describe('fitLogistic', () => {
  const rows = [[1, 0], [1, 0], [1, 1], [0, 1], [0, 1], [0, 0], [1, 0], [0, 0]];
  const labels = [1, 1, 1, 0, 0, 0, 1, 0];

  it('gives a feature that goes with the positive label a positive weight, and the other a negative one', () => {
    const { weights } = fitLogistic(rows, labels);
    expect(weights[0]).toBeGreaterThan(1);
    expect(weights[1]).toBeLessThan(0);
  });

  it('matches the share of positives when the only feature is constant (the bias alone, unpenalised)', () => {
    const { bias, weights } = fitLogistic(labels.map(() => [0]), labels);
    expect(weights).toEqual([0]);
    expect(1 / (1 + Math.exp(-bias))).toBeCloseTo(0.5, 6);
    const skewed = fitLogistic([[0], [0], [0], [0]], [1, 1, 1, 0]);
    expect(1 / (1 + Math.exp(-skewed.bias))).toBeCloseTo(0.75, 6);
  });

  it('counts an example of weight 2 as two copies of it', () => {
    const doubled = fitLogistic([[0], [0], [0]], [1, 1, 0]);
    const weighted = fitLogistic([[0], [0]], [1, 0], [2, 1]);
    expect(weighted.bias).toBeCloseTo(doubled.bias, 9);
  });

  it('refuses rows and labels of different lengths', () => {
    expect(() => fitLogistic([[1]], [1, 0])).toThrow(/as many labels/);
  });
});
