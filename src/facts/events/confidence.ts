/**
 * An event's confidence: a logistic model over what the events stage knows of it (how it was
 * coded, who its actors are, its PLOVER category, QuadClass, status and time), fitted on hand
 * judgments of real news and the events gold set by `npm run events:calibrate`, so that a
 * confidence of 0.7 means about 7 in 10 such events are real. data/events/confidence.json holds
 * the model: the features it uses are the names of its weights (any of FEATURES,
 * `plover:CATEGORY` for one PLOVER category, `entry:KIND:NAME` for the dictionary entry that coded
 * the trigger, or `trigger:WORDS` for the trigger's own words), so a feature is added or dropped
 * there and refitted.
 * The default output keeps the events at or above the file's threshold; `--events all` shows the rest.
 */
import Type, { type Static } from 'typebox';
import type { Entity, Quote } from '../../document/contract.js';
import { resource, Strings } from '../../resources.js';
import { checkFeatureNames, probabilityOf, ThresholdedModelSchema } from '../feature-model.js';
import { isPloverCategory } from './cameo.js';

/** The yes-or-no features the model may weigh, besides one `plover:CATEGORY` per PLOVER category. */
const FEATURES = [
  'source', 'source-person', 'source-group', 'target', 'nominal', 'complement', 'pattern', 'curated',
  'verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'not-occurred',
  'counterpart-missing', 'source-named', 'target-named', 'quoted', 'dated', 'target-person', 'target-group', 'placed', 'trigger-ed', 'trigger-ing',
] as const;
const PLOVER_FEATURE = 'plover:';
const ENTRY_FEATURE = 'entry:';
const TRIGGER_FEATURE = 'trigger:';

/** What the features are computed from: the same for the stage and for the calibration script. */
export interface EventEvidence {
  readonly rule: string;
  /** The trigger's words as the text writes them ("met with", "attacks"). */
  readonly trigger: string;
  readonly plover: string;
  readonly quadClass: number;
  readonly status: string;
  /** Entity types of the source actors (PERSON, ORG, GPE, NORP, ...). */
  readonly sourceTypes: readonly string[];
  readonly hasTarget: boolean;
  /** Entity types of the target actors. */
  readonly targetTypes: readonly string[];
  /** Whether a source (a target) is named by name in the event's own sentence, not only by a pronoun, a description or an earlier sentence. */
  readonly sourceNamed: boolean;
  readonly targetNamed: boolean;
  /** Whether the trigger is in someone's own words (a direct or mixed quote): rhetoric more often than a report. */
  readonly quoted: boolean;
  /** Whether the event has a time of its own ("on Tuesday", "last week"). */
  readonly dated: boolean;
  /** Whether the event has a place of its own ("in Des Moines"). */
  readonly placed: boolean;
}

/** Categories whose events are interactions with a counterpart: one told without its target is mostly not one. */
const counterpartCategories = resource('event counterpart categories', (data) => new Set(data.json('events/counterparts.json', Type.Object({ categories: Strings })).categories));

/** The names of the features an event has. */
export function eventFeatures(evidence: EventEvidence): Set<string> {
  const { rule, quadClass, sourceTypes } = evidence;
  const nominal = rule.startsWith('nominal:');
  const values: Record<(typeof FEATURES)[number], boolean> = {
    'source': sourceTypes.length > 0,
    'source-person': sourceTypes.includes('PERSON'),
    'source-group': sourceTypes.some((type) => type === 'ORG' || type === 'GPE' || type === 'NORP'),
    'target': evidence.hasTarget,
    'nominal': nominal,
    'complement': rule.startsWith('complement:'),
    'pattern': rule.includes(':line '),
    // A verb the CAMEO dictionary lacks, coded by the project's own list (data/events/verbs-curated.json).
    'curated': rule.startsWith('curated:'),
    'verbal-cooperation': quadClass === 1,
    'material-cooperation': quadClass === 2,
    'verbal-conflict': quadClass === 3,
    'not-occurred': evidence.status !== 'occurred',
    // An event noun ("the summit", "talks in Geneva") names a happening by itself; a verb of a counterpart's category without one is mostly another sense.
    'counterpart-missing': !evidence.hasTarget && !nominal && counterpartCategories().has(evidence.plover),
    'source-named': evidence.sourceNamed,
    'target-named': evidence.targetNamed,
    'quoted': evidence.quoted,
    'dated': evidence.dated,
    'target-person': evidence.targetTypes.includes('PERSON'),
    'target-group': evidence.targetTypes.some((type) => type === 'ORG' || type === 'GPE' || type === 'NORP'),
    'placed': evidence.placed,
    // The trigger's verb form, read from its first word: a past form ("attacked") is mostly a told
    // happening, a bare form ("to attack", "would attack") more often a plan, a wish or a generic act.
    // The word's own letters, because the events' output keeps no part-of-speech tag to refit from.
    'trigger-ed': /ed$/i.test(firstWord(evidence.trigger)),
    'trigger-ing': /ing$/i.test(firstWord(evidence.trigger)),
  };
  return new Set([...FEATURES.filter((name) => values[name]), `${PLOVER_FEATURE}${evidence.plover}`, entryFeature(rule), triggerFeature(evidence.trigger)]);
}

function firstWord(words: string): string {
  return words.split(/\s+/, 1)[0]!;
}

/**
 * The feature of the dictionary entry that coded an event, from its rule: the CAMEO verb class
 * ("cameo:MEET_PEOPLE" from "cameo:MEET_PEOPLE:line 3502+appos"), the event noun ("nominal:talks"),
 * the complement's kind ("complement:demand") or the curated verb ("curated:rejected"). Some entries
 * are mostly right on news and some mostly another sense; the model learns which from the judgments.
 */
export function entryFeature(rule: string): string {
  const coding = rule.split('+', 1)[0]!;
  return `${ENTRY_FEATURE}${coding.split(':').slice(0, 2).join(':')}`;
}

/** Whether a feature name is an entry feature (see entryFeature). */
export function isEntryFeature(name: string): boolean {
  return name.startsWith(ENTRY_FEATURE);
}

/**
 * The feature of a trigger's own words, lower-cased ("trigger:met with"). One dictionary entry
 * codes many verbs, and within it some words are mostly right on news ("met") and some mostly
 * another sense ("pressed", "delivered"); the model learns which from the judgments.
 */
export function triggerFeature(trigger: string): string {
  return `${TRIGGER_FEATURE}${trigger.toLowerCase().replace(/\s+/g, ' ')}`;
}

/** Whether a feature name is a trigger-words feature (see triggerFeature). */
export function isTriggerFeature(name: string): boolean {
  return name.startsWith(TRIGGER_FEATURE);
}

/** Whether one of the entities is named by name within [start, end). */
export function namedWithin(entities: readonly (Entity | undefined)[], start: number, end: number): boolean {
  return entities.some((entity) => entity?.mentions.some((mention) => mention.kind === 'name' && mention.start >= start && mention.end <= end) ?? false);
}

/** Whether the offset is inside a direct or mixed quote's words. */
export function inOwnWords(quotes: readonly Quote[], offset: number): boolean {
  return quotes.some((quote) => quote.kind !== 'indirect' && quote.start <= offset && offset < quote.end);
}

export type EventConfidenceModel = Static<typeof ThresholdedModelSchema>;

const isFeature = (name: string) => (FEATURES as readonly string[]).includes(name) || isEntryFeature(name) || isTriggerFeature(name)
  || (name.startsWith(PLOVER_FEATURE) && isPloverCategory(name.slice(PLOVER_FEATURE.length)));

const model = resource('event confidence', (data) => {
  const loaded = data.json('events/confidence.json', ThresholdedModelSchema);
  checkFeatureNames(loaded, 'events/confidence.json', 'events', isFeature);
  return loaded;
});

/** The fitted model of data/events/confidence.json: its features, weights and threshold. */
export function eventConfidenceModel(): EventConfidenceModel {
  return model();
}

export function eventConfidence(evidence: EventEvidence): number {
  return probabilityOf(model(), eventFeatures(evidence));
}

/** The confidence at or above which an event is in the default output. */
export function likelyEventThreshold(): number {
  return model().threshold;
}
