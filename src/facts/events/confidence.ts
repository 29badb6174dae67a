/**
 * An event's confidence: a logistic model over what the events stage knows of it (how it was
 * coded, who its actors are, its QuadClass and status), fitted on hand judgments of real news
 * and the events gold set by `npm run events:calibrate` (weights in data/events/confidence.json),
 * so that a confidence of 0.7 means about 7 in 10 such events are real. The default output keeps
 * the events at or above the file's threshold; `--events all` shows the rest.
 */
import Type, { type Static } from 'typebox';
import type { Entity, Quote } from '../../document/contract.js';
import { resource, Strings } from '../../resources.js';

/** The features, in the order of the weights in data/events/confidence.json. */
export const EVENT_FEATURES = [
  'source', 'source-person', 'source-group', 'target', 'nominal', 'complement', 'pattern',
  'verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'not-occurred',
  'counterpart-missing', 'source-named', 'target-named', 'quoted',
] as const;

/** What the features are computed from: the same for the stage and for the calibration script. */
export interface EventEvidence {
  readonly rule: string;
  readonly plover: string;
  readonly quadClass: number;
  readonly status: string;
  /** Entity types of the source actors (PERSON, ORG, GPE, NORP, ...). */
  readonly sourceTypes: readonly string[];
  readonly hasTarget: boolean;
  /** Whether a source (a target) is named by name in the event's own sentence, not only by a pronoun, a description or an earlier sentence. */
  readonly sourceNamed: boolean;
  readonly targetNamed: boolean;
  /** Whether the trigger is in someone's own words (a direct or mixed quote): rhetoric more often than a report. */
  readonly quoted: boolean;
}

/** Categories whose events are interactions with a counterpart: one told without its target is mostly not one. */
const counterpartCategories = resource('event counterpart categories', (data) => new Set(data.json('events/counterparts.json', Type.Object({ categories: Strings })).categories));

export function eventFeatures(evidence: EventEvidence): number[] {
  const { rule, quadClass, sourceTypes } = evidence;
  const nominal = rule.startsWith('nominal:');
  const values: Record<(typeof EVENT_FEATURES)[number], boolean> = {
    'source': sourceTypes.length > 0,
    'source-person': sourceTypes.includes('PERSON'),
    'source-group': sourceTypes.some((type) => type === 'ORG' || type === 'GPE' || type === 'NORP'),
    'target': evidence.hasTarget,
    'nominal': nominal,
    'complement': rule.startsWith('complement:'),
    'pattern': rule.includes(':line '),
    'verbal-cooperation': quadClass === 1,
    'material-cooperation': quadClass === 2,
    'verbal-conflict': quadClass === 3,
    'not-occurred': evidence.status !== 'occurred',
    // An event noun ("the summit", "talks in Geneva") names a happening by itself; a verb of a counterpart's category without one is mostly another sense.
    'counterpart-missing': !evidence.hasTarget && !nominal && counterpartCategories().has(evidence.plover),
    'source-named': evidence.sourceNamed,
    'target-named': evidence.targetNamed,
    'quoted': evidence.quoted,
  };
  return EVENT_FEATURES.map((name) => (values[name] ? 1 : 0));
}

/** Whether one of the entities is named by name within [start, end). */
export function namedWithin(entities: readonly (Entity | undefined)[], start: number, end: number): boolean {
  return entities.some((entity) => entity?.mentions.some((mention) => mention.kind === 'name' && mention.start >= start && mention.end <= end) ?? false);
}

/** Whether the offset is inside a direct or mixed quote's words. */
export function inOwnWords(quotes: readonly Quote[], offset: number): boolean {
  return quotes.some((quote) => quote.kind !== 'indirect' && quote.start <= offset && offset < quote.end);
}

const ModelSchema = Type.Object({
  features: Strings,
  bias: Type.Number(),
  weights: Type.Array(Type.Number()),
  threshold: Type.Number({ minimum: 0, maximum: 1 }),
});
export type EventConfidenceModel = Static<typeof ModelSchema>;

const model = resource('event confidence', (data) => {
  const loaded = data.json('events/confidence.json', ModelSchema);
  if (loaded.features.join() !== EVENT_FEATURES.join() || loaded.weights.length !== EVENT_FEATURES.length) {
    throw new Error(`events/confidence.json was fitted on other features (${loaded.features.join(', ')}); run npm run events:calibrate`);
  }
  return loaded;
});

/** The probability the model gives, rounded to two places. */
export function scoreFeatures(fitted: EventConfidenceModel, features: readonly number[]): number {
  let sum = fitted.bias;
  for (let i = 0; i < features.length; i++) sum += fitted.weights[i]! * features[i]!;
  return Math.round(100 / (1 + Math.exp(-sum))) / 100;
}

export function eventConfidence(evidence: EventEvidence): number {
  return scoreFeatures(model(), eventFeatures(evidence));
}

/** The confidence at or above which an event is in the default output. */
export function likelyEventThreshold(): number {
  return model().threshold;
}
