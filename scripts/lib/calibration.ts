/**
 * What the calibration scripts (calibrate-events.ts, calibrate-quotes.ts) share: which judged
 * articles train and which are held out, confidences scored out of fold by cross-validation over
 * the training draws, and how a fitted confidence is reported against the share of facts that are
 * right.
 */
import type { FeatureModel } from '../../src/facts/feature-model.js';
import { probabilityOf } from '../../src/facts/feature-model.js';
import type { Split } from './precision-set.js';

/** One judged fact: its features and whether it is right (a real event; a real quote with the right speaker). */
export interface CalibrationExample {
  readonly features: ReadonlySet<string>;
  readonly right: boolean;
}

/** Where a judged article's facts go: training (dev of a training draw), the held-out test articles, or a held-out draw's dev articles. */
export type CalibrationPart = Split | `draw ${number}`;

/** The `--draws 1,2,3` option: the draws whose dev articles train the model (all when absent). Exits on a malformed list. */
export function trainingDrawsOption(value: string | undefined): number[] | undefined {
  const draws = value?.split(',').map((draw) => Number(draw.trim()));
  if (draws !== undefined && draws.some((draw) => !Number.isInteger(draw) || draw < 1)) {
    console.error(`--draws takes draw numbers separated by commas (1,2,3), not ${value}`);
    process.exit(2);
  }
  return draws;
}

/** A `--threshold` option: a fixed threshold between 0 and 1, or null when not given (the script then finds one). */
export function thresholdOption(value: string | undefined): number | null {
  if (value === undefined) return null;
  const threshold = Number(value);
  if (!(threshold > 0 && threshold < 1)) {
    console.error(`--threshold takes a probability between 0 and 1, not ${value}`);
    process.exit(2);
  }
  return threshold;
}

/** A `--NAME` option that is a share above 0 and at most 1 (`fallback` when not given). */
export function shareOption(name: string, value: string | undefined, fallback: number): number {
  const share = value === undefined ? fallback : Number(value);
  if (!(share > 0 && share <= 1)) {
    console.error(`--${name} takes a share between 0 and 1, not ${value}`);
    process.exit(2);
  }
  return share;
}

/** The highest threshold, in hundredths, at which `keeps` still holds (0.01 when it holds at none above it). */
export function highestThreshold(keeps: (threshold: number) => boolean): number {
  for (let hundredths = 99; hundredths > 1; hundredths--) if (keeps(hundredths / 100)) return hundredths / 100;
  return 0.01;
}

/** A judged example's confidence from a model, and whether the example is right. */
export interface ScoredExample {
  readonly confidence: number;
  readonly right: boolean;
}

/**
 * Cross-validation over draws: each training draw's examples scored by the model fitted (by `fit`,
 * feature choice included) on the other training draws' examples. Pooled, they are what a model
 * fitted on all of them gives a draw it has not seen, so a threshold chosen on them is not flattered
 * by a fit that has seen the very facts it keeps. Deterministic when `fit` is.
 */
export function outOfFoldScores(byDraw: ReadonlyMap<number, readonly CalibrationExample[]>, fit: (training: readonly CalibrationExample[]) => FeatureModel): ScoredExample[] {
  const draws = [...byDraw.keys()].sort((a, b) => a - b);
  if (draws.length < 2) throw new Error(`cross-validation over draws needs two training draws or more, not ${draws.length} (fix the threshold with --threshold instead)`);
  return draws.flatMap((held) => {
    const model = fit(draws.filter((draw) => draw !== held).flatMap((draw) => byDraw.get(draw)!));
    return byDraw.get(held)!.map((example) => ({ confidence: probabilityOf(model, example.features), right: example.right }));
  });
}

/**
 * The highest threshold, in hundredths, that keeps the share `keptRight` or more of the right
 * scored examples. Scored out of fold, the pooled share right of those kept rose with the
 * threshold over every threshold this allowed (the quotes, draws 1-12), so this is also the one
 * that keeps the highest share right.
 */
export function keptRightThreshold(scored: readonly ScoredExample[], keptRight: number): number {
  const right = scored.filter((example) => example.right).map((example) => example.confidence);
  return highestThreshold((at) => right.filter((confidence) => confidence >= at).length >= keptRight * right.length);
}

/** Which part a judged article's facts go to, given the draws that train (all dev articles when none are named). */
export function calibrationPart(split: Split, draw: number | null, trainingDraws: readonly number[] | undefined): CalibrationPart {
  return split === 'test' || trainingDraws === undefined || (draw !== null && trainingDraws.includes(draw)) ? split : `draw ${draw ?? 0}`;
}

/** Each feature name that at least `min` of the examples have, sorted. */
export function frequentFeatures(examples: readonly CalibrationExample[], min: number, keep: (name: string) => boolean = () => true): string[] {
  const counts = new Map<string, number>();
  for (const example of examples) for (const name of example.features) if (keep(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].filter(([, count]) => count >= min).map(([name]) => name).sort();
}

/**
 * Predicted confidence against the share right, in bins; the mean log loss against always
 * predicting the training share; and, with a threshold, how many right facts it keeps.
 */
export function printReliability(title: string, examples: readonly CalibrationExample[], model: FeatureModel, options: { noun: string; trainingShare: number; threshold?: number }): void {
  const { noun, trainingShare, threshold } = options;
  const bins = [0, 0.3, 0.5, 0.7, 0.85, 1.01];
  const scored = examples.map((example) => ({ p: probabilityOf(model, example.features), right: example.right }));
  console.log(`\n${title} (${examples.length} ${noun}):\n\n| confidence | ${noun} | mean confidence | right |\n|---|---|---|---|`);
  for (let b = 0; b < bins.length - 1; b++) {
    const inBin = scored.filter(({ p }) => p >= bins[b]! && p < bins[b + 1]!);
    if (inBin.length === 0) continue;
    const mean = inBin.reduce((sum, { p }) => sum + p, 0) / inBin.length;
    const right = inBin.filter((example) => example.right).length;
    console.log(`| ${bins[b]}–${Math.min(1, bins[b + 1]!)} | ${inBin.length} | ${mean.toFixed(2)} | ${(right / inBin.length).toFixed(2)} (${right}) |`);
  }
  const logLoss = (p: (example: { p: number }) => number) => scored.reduce((sum, example) => {
    const clipped = Math.min(1 - 1e-6, Math.max(1e-6, p(example)));
    return sum - (example.right ? Math.log(clipped) : Math.log(1 - clipped));
  }, 0) / Math.max(1, scored.length);
  console.log(`\nLog loss ${logLoss(({ p }) => p).toFixed(3)} (the training share ${trainingShare.toFixed(2)} for every one: ${logLoss(() => trainingShare).toFixed(3)}).`);
  if (threshold === undefined) return;
  console.log(keptAt(scored.map(({ p, right }) => ({ confidence: p, right })), threshold, noun));
}

/** What a threshold keeps of scored examples: how many, the share right, and how many right ones it leaves out. */
export function keptAt(scored: readonly ScoredExample[], threshold: number, noun: string): string {
  const kept = scored.filter((example) => example.confidence >= threshold);
  const keptRight = kept.filter((example) => example.right).length;
  const allRight = scored.filter((example) => example.right).length;
  return `At the threshold ${threshold}: ${kept.length} kept, ${keptRight} of them right (${(100 * keptRight / Math.max(1, kept.length)).toFixed(1)}%), ${keptRight} of ${allRight} right ${noun} kept; ${scored.length - kept.length} left out, ${allRight - keptRight} of them right.`;
}

export function roundWeight(value: number): number {
  return Math.round(value * 1000) / 1000;
}
