/**
 * A logistic model over yes-or-no features, as the fact stages' confidences use it: a bias and a
 * weight per feature name, fitted by the calibration scripts (`npm run events:calibrate`, `npm run
 * quotes:calibrate`) and kept as data. A feature the model does not weigh counts for nothing.
 */
export interface FeatureModel {
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
}

/** The probability the model gives to something with these features, rounded to two places. */
export function probabilityOf(model: FeatureModel, features: Iterable<string>): number {
  let sum = model.bias;
  for (const name of features) sum += model.weights[name] ?? 0;
  return Math.round(100 / (1 + Math.exp(-sum))) / 100;
}
