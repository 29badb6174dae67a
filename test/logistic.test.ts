import { describe, expect, it } from 'vitest';
import { probabilityOf } from '../src/facts/feature-model.js';
import { calibrationPart, frequentFeatures, highestThreshold, keptAt, keptRightThreshold, outOfFoldScores, type CalibrationExample } from '../scripts/lib/calibration.js';
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

describe('calibration helpers', () => {
  it('keeps the features enough examples have, sorted, and only those the filter allows', () => {
    const examples = [['b', 'a'], ['a', 'c'], ['a', 'b']].map((names) => ({ features: new Set(names), right: true }));
    expect(frequentFeatures(examples, 2)).toEqual(['a', 'b']);
    expect(frequentFeatures(examples, 2, (name) => name !== 'a')).toEqual(['b']);
    expect(frequentFeatures(examples, 4)).toEqual([]);
  });

  it('trains on the dev articles of the training draws and holds out the rest, draw by draw', () => {
    expect(calibrationPart('dev', 3, undefined)).toBe('dev');
    expect(calibrationPart('dev', 3, [1, 2, 3])).toBe('dev');
    expect(calibrationPart('dev', 8, [1, 2, 3])).toBe('draw 8');
    expect(calibrationPart('test', 3, [1, 2, 3])).toBe('test');
  });

  it('finds the highest threshold, in hundredths, at which a condition still holds', () => {
    const rightConfidences = [0.95, 0.9, 0.8, 0.6, 0.45];
    const keepsShare = (share: number) => (at: number) => rightConfidences.filter((p) => p >= at).length >= share * rightConfidences.length;
    expect(highestThreshold(keepsShare(0.8))).toBe(0.6);
    expect(highestThreshold(keepsShare(1))).toBe(0.45);
    expect(highestThreshold(() => false)).toBe(0.01);
  });

  it('scores each draw with the model fitted on the other draws only', () => {
    const example = (name: string, right: boolean): CalibrationExample => ({ features: new Set([name]), right });
    const byDraw = new Map([[2, [example('two', true)]], [1, [example('one', false), example('one', true)]], [3, [example('three', false)]]]);
    const fittedOn: string[][] = [];
    // A stand-in fit that weighs every feature it was fitted on, so a draw's own feature counts for nothing.
    const scored = outOfFoldScores(byDraw, (training) => {
      const names = [...new Set(training.flatMap((each) => [...each.features]))].sort();
      fittedOn.push(names);
      return { bias: 0, weights: Object.fromEntries(names.map((name) => [name, 2])) };
    });
    expect(fittedOn).toEqual([['three', 'two'], ['one', 'three'], ['one', 'two']]);
    expect(scored).toEqual([{ confidence: 0.5, right: false }, { confidence: 0.5, right: true }, { confidence: 0.5, right: true }, { confidence: 0.5, right: false }]);
    expect(() => outOfFoldScores(new Map([[1, [example('one', true)]]]), () => ({ bias: 0, weights: {} }))).toThrow(/two training draws/);
  });

  it('finds the highest threshold that keeps a share of the right scored examples, and tells what it keeps and leaves out', () => {
    const scored = [0.95, 0.9, 0.8, 0.6, 0.45].map((confidence) => ({ confidence, right: true }));
    const withWrong = [...scored, { confidence: 0.99, right: false }, { confidence: 0.3, right: false }];
    expect(keptRightThreshold(withWrong, 0.8)).toBe(0.6);
    expect(keptRightThreshold(withWrong, 1)).toBe(0.45);
    expect(keptAt(withWrong, 0.6, 'quotes')).toBe('At the threshold 0.6: 5 kept, 4 of them right (80.0%), 4 of 5 right quotes kept; 2 left out, 1 of them right.');
  });

  it('scores features by the bias and their weights, ignoring any the model does not weigh', () => {
    const model = { bias: 0, weights: { good: 2, bad: -2 } };
    expect(probabilityOf(model, [])).toBe(0.5);
    expect(probabilityOf(model, ['good', 'unknown'])).toBe(0.88);
    expect(probabilityOf(model, ['good', 'bad'])).toBe(0.5);
    expect(probabilityOf(model, ['bad'])).toBe(0.12);
  });
});
