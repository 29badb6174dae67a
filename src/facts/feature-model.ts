import Type from 'typebox';

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

/** The JSON a fitted model is kept in: its bias and a weight per feature name. */
export const FeatureModelSchema = Type.Object({
  bias: Type.Number(),
  /** Each feature the model uses, with its weight. */
  weights: Type.Record(Type.String(), Type.Number()),
});

/** A fitted model with the confidence at or above which the default output keeps a fact. */
export const ThresholdedModelSchema = Type.Object({
  ...FeatureModelSchema.properties,
  threshold: Type.Number({ minimum: 0, maximum: 1 }),
});

/** Throws when a model file weighs a feature its stage does not compute (a stale or hand-edited file). */
export function checkFeatureNames(model: FeatureModel, file: string, stage: string, isFeature: (name: string) => boolean): void {
  const unknown = Object.keys(model.weights).filter((name) => !isFeature(name));
  if (unknown.length > 0) throw new Error(`${file} weighs features the ${stage} stage does not compute: ${unknown.join(', ')}`);
}
