/**
 * A quote's confidence: the probability that it is a real quote with the right speaker, from a
 * logistic model over what the quotes stage knows of it (the rule that found it, its kind, its cue
 * word, how its speaker is named, how far the speaker stands from it and on which side, its length), fitted on the
 * precision set's hand judgments by `npm run quotes:calibrate`, so that 0.7 means about 7 in 10
 * such quotes are right. data/quotes/confidence.json holds the model: the calibration script
 * writes a weight for every feature value common enough in its training judgments; a value it
 * never saw counts for nothing. The default output keeps the quotes at or above the file's
 * threshold (set so that 99% of the right quotes it was fitted on are kept when each draw of them is
 * scored by the model fitted on the other draws); `--quotes all` shows the rest.
 */
import type { Entity, Quote } from '../../document/contract.js';
import { resource } from '../../resources.js';
import { checkFeatureNames, probabilityOf, ThresholdedModelSchema } from '../feature-model.js';
import { wordAt } from '../words.js';

/** A speaker this many characters or fewer from the quote stands beside it ("..., Smith said"). */
const ADJACENT_CHARACTERS = 3;
/** A speaker this far or nearer is in the quote's own clause or sentence, mostly. */
const NEAR_CHARACTERS = 40;
const SHORT_QUOTE_CHARACTERS = 60;
const LONG_QUOTE_CHARACTERS = 200;

/** The prefixes of the features a quote can have; the model's weights are named with them. */
const FEATURE_KINDS = ['rule', 'kind', 'cue', 'speaker', 'speaker-type', 'distance', 'length', 'side'] as const;

/** What a quote's features are read from: the quote as the stage emits it, before its id and confidence. */
export type QuoteEvidence = Pick<Quote, 'kind' | 'start' | 'end' | 'cue' | 'speaker' | 'rule'>;

/**
 * The features of each quote of a document, with its entities looked up once: "speaker:pronoun"
 * for a speaker that is a pronoun of a known entity, "speaker:unlinked" for one that names no
 * entity, "speaker:none" for no speaker.
 */
export function quoteFeatureReader(entities: readonly Entity[]): (quote: QuoteEvidence) => Set<string> {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  // A speaker's entity's mentions by start, sorted when it first speaks, so that finding the
  // speaker's takes a binary search, not a scan: a long article can hold thousands of quotes of
  // one speaker with thousands of mentions.
  const sortedMentions = new Map<string, Entity['mentions']>();
  const mentionsOf = (entity: Entity) => {
    let sorted = sortedMentions.get(entity.id);
    if (sorted === undefined) sortedMentions.set(entity.id, sorted = [...entity.mentions].sort((a, b) => a.start - b.start));
    return sorted;
  };
  return (quote) => {
    const features = new Set([`rule:${quote.rule}`, `kind:${quote.kind}`, `cue:${quote.cue?.text.toLowerCase() ?? 'none'}`]);
    const length = quote.end - quote.start;
    features.add(`length:${length < SHORT_QUOTE_CHARACTERS ? 'short' : length < LONG_QUOTE_CHARACTERS ? 'middle' : 'long'}`);
    const { speaker } = quote;
    if (speaker === null) {
      features.add('speaker:none');
      return features;
    }
    const entity = speaker.entity === null ? undefined : byId.get(speaker.entity);
    features.add(`speaker:${entity === undefined ? 'unlinked' : mentionOverlapping(mentionsOf(entity), speaker.start, speaker.end)?.kind ?? 'elsewhere'}`);
    if (entity !== undefined) features.add(`speaker-type:${entity.type}`);
    const after = speaker.start >= quote.end;
    const before = speaker.end <= quote.start;
    // A speaker named after the words ("..., Smith said") is read off the cue's own clause more
    // often than one named before them, which a quotation may have carried over from earlier.
    features.add(`side:${after ? 'after' : before ? 'before' : 'within'}`);
    const gap = after ? speaker.start - quote.end : before ? quote.start - speaker.end : 0;
    features.add(`distance:${gap <= ADJACENT_CHARACTERS ? 'adjacent' : gap <= NEAR_CHARACTERS ? 'near' : 'far'}`);
    return features;
  };
}

/** The last of the mentions (sorted by start, not overlapping one another) that overlaps [start, end), if any. */
function mentionOverlapping(mentions: Entity['mentions'], start: number, end: number): Entity['mentions'][number] | undefined {
  const before = mentions[wordAt(mentions, end) - 1];
  return before !== undefined && before.end > start ? before : undefined;
}

/** Whether a name is one of the features quoteFeatureReader gives. */
export function isQuoteFeature(name: string): boolean {
  return FEATURE_KINDS.some((kind) => name.startsWith(`${kind}:`));
}

const model = resource('quote confidence', (data) => {
  const loaded = data.json('quotes/confidence.json', ThresholdedModelSchema);
  checkFeatureNames(loaded, 'quotes/confidence.json', 'quotes', isQuoteFeature);
  return loaded;
});

/** The probability that a quote with these features is real and has the right speaker. */
export function quoteConfidence(features: Iterable<string>): number {
  return probabilityOf(model(), features);
}

/** The confidence at or above which a quote is in the default output. */
export function likelyQuoteThreshold(): number {
  return model().threshold;
}
