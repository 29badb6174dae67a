/**
 * Fits the events' confidence model (src/facts/events/confidence.ts) and writes its weights to
 * data/events/confidence.json:
 *
 *   npm run events:calibrate -- [--polnear DIR] [--gold-recall R | --threshold P] [--entry-min N] [--trigger-min N] [--out FILE] [--draws 1,2,...]
 *
 * Training examples: every event the analyzer codes (`events: 'all'`) on the dev articles of the
 * precision set (test/fixtures/precision, real or not by hand judgment; the test articles are
 * held out and only scored) and on the events gold set (test/fixtures/events; an event that
 * matches a gold event is real, one that matches none is not). The features fitted are those the
 * model file weighs now (add a name there with weight 0 to try one), except the dictionary entries'
 * (`entry:...`) and the trigger words' (`trigger:...`), which are chosen afresh: every entry that
 * coded at least N judged training events (`--entry-min`, 5) and every trigger's words that N
 * judged training events have (`--trigger-min`, 5). The model is an L2-regularised
 * logistic regression fitted by Newton's method (deterministic, no seed), the judged news events
 * weighing as much in all as the gold set's. The threshold of the default output is the highest
 * (in hundredths) at which the gold set's events still reach recall R (`--gold-recall`, 0.905: the
 * issue's floor is 0.90), unless `--threshold` fixes it. Prints the reliability
 * of the fitted confidence on the training examples and on the held-out test articles.
 * `--draws 1,2,3,4` trains on those draws' dev articles only: each other draw's dev articles (a
 * draw kept from a round's rules, RULES.md) are then held out and scored apart, draw by draw.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptArgs } from './lib/script-args.js';
import { analyze } from '../src/analyze.js';
import { isFailed, type AnalyzedDocument, type Entity, type Event, type Quote } from '../src/document/contract.js';
import { eventConfidenceModel, eventFeatures, inOwnWords, isEntryFeature, isTriggerFeature, namedWithin, type EventConfidenceModel } from '../src/facts/events/confidence.js';
import { probabilityOf } from '../src/facts/feature-model.js';
import { calibrationPart, frequentFeatures, highestThreshold, printReliability, roundWeight, shareOption, thresholdOption, trainingDrawsOption, type CalibrationExample, type CalibrationPart } from './lib/calibration.js';
import { DEFAULT_EVENT_GOLD, readEventGold } from './lib/event-gold.js';
import { scoreItem } from './lib/event-scoring.js';
import { fitLogistic } from './lib/logistic.js';
import { alignedOffsetMapper, DEFAULT_POLNEAR_DIR, readPolnearMetadata } from './lib/polnear.js';
import { articleToFileMapper, emittedFacts, matchEvents, readPrecisionSet } from './lib/precision-set.js';

const { values } = scriptArgs(import.meta.url, { options: { polnear: { type: 'string' }, threshold: { type: 'string' }, 'gold-recall': { type: 'string' }, 'entry-min': { type: 'string' }, 'trigger-min': { type: 'string' }, out: { type: 'string' }, draws: { type: 'string' } } });
const dir = values.polnear ?? DEFAULT_POLNEAR_DIR;
const fixedThreshold = thresholdOption(values.threshold);
const goldRecall = shareOption('gold-recall', values['gold-recall'], 0.905);
/** A `--NAME` option's whole number of judged events, 1 or more (5 when not given). */
function minimumEvents(name: 'entry-min' | 'trigger-min'): number {
  const value = values[name] === undefined ? 5 : Number(values[name]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} takes a whole number of events, 1 or more, not ${values[name]}`);
    process.exit(2);
  }
  return value;
}
const entryMin = minimumEvents('entry-min');
const triggerMin = minimumEvents('trigger-min');
const out = values.out ?? 'data/events/confidence.json';
const trainingDraws = trainingDrawsOption(values.draws);

/**
 * The confidence features of each of a document's events, with the entity types looked up once.
 * They are rebuilt from the output, so each is checked against the stage: the shipped model must
 * give the event the confidence the stage gave it, or the fit would learn from other features.
 */
function featuresOf(doc: AnalyzedDocument): (event: Event) => ReadonlySet<string> {
  const entityById = new Map(doc.entities.map((entity) => [entity.id, entity]));
  return (event) => {
    const features = rebuiltFeatures(event, entityById, doc.quotes);
    const rebuilt = probabilityOf(eventConfidenceModel(), features);
    if (rebuilt !== event.confidence) throw new Error(`the features rebuilt for the event "${event.trigger.text}" at ${event.trigger.start} give confidence ${rebuilt}, the stage gave ${event.confidence}: scripts/calibrate-events.ts and src/facts/events/index.ts build the evidence differently`);
    return features;
  };
}

function rebuiltFeatures(event: Event, entityById: ReadonlyMap<string, Entity>, quotes: readonly Quote[]): ReadonlySet<string> {
  return eventFeatures({
    rule: event.rule,
    trigger: event.trigger.text,
    plover: event.plover,
    quadClass: event.quadClass,
    status: event.status,
    sourceTypes: event.source.map((id) => entityById.get(id)?.type ?? ''),
    hasTarget: event.target.length > 0,
    targetTypes: event.target.map((id) => entityById.get(id)?.type ?? ''),
    sourceNamed: namedWithin(event.source.map((id) => entityById.get(id)), event.evidence.start, event.evidence.end),
    targetNamed: namedWithin(event.target.map((id) => entityById.get(id)), event.evidence.start, event.evidence.end),
    quoted: inOwnWords(quotes, event.trigger.start),
    dated: event.time !== null,
    placed: event.place !== null,
  });
}

const judged = new Map<CalibrationPart, CalibrationExample[]>([['dev', []], ['test', []]]);
// Dated as eval:precision dates them: an event's status reads its time against the publication day.
const metadata = readPolnearMetadata(dir);
for (const article of readPrecisionSet()) {
  const text = readFileSync(join(dir, 'text', `${article.id}.txt`), 'utf8');
  const date = metadata.get(article.id)?.publishedAt;
  const doc = analyze({ text, ...(date ? { publishedAt: date } : {}) }, { events: 'all', quotes: 'all' });
  if (isFailed(doc) || !article.judgedEvents) continue;
  const eventOf = emittedFacts(doc, articleToFileMapper(text, doc.article.text)).events;
  const features = featuresOf(doc);
  for (const { judgment, emitted } of matchEvents(article.events, [...eventOf.keys()]).matched) {
    const part = calibrationPart(article.split, article.draw, trainingDraws);
    if (!judged.has(part)) judged.set(part, []);
    judged.get(part)!.push({ features: features(eventOf.get(emitted)!), right: judgment.real });
  }
}

const gold: CalibrationExample[] = [];
let goldEvents = 0;
for (const item of readEventGold(DEFAULT_EVENT_GOLD)) {
  goldEvents += item.events.length;
  const doc = analyze({ text: item.text, publishedAt: item.publishedAt }, { events: 'all', quotes: 'all' });
  if (isFailed(doc)) continue;
  const toArticle = alignedOffsetMapper(item.text, doc.article.text);
  const { outcomes, unmatched } = scoreItem(item.events, doc.events, doc.entities, (offset) => toArticle(offset) ?? -1);
  const features = featuresOf(doc);
  for (const outcome of outcomes) if (outcome.predicted !== null) gold.push({ features: features(outcome.predicted), right: true });
  for (const event of unmatched) gold.push({ features: features(event), right: false });
}

const training = [...judged.get('dev')!, ...gold];
const featureNames = [
  ...Object.keys(eventConfidenceModel().weights).filter((name) => !isEntryFeature(name) && !isTriggerFeature(name)),
  ...frequentFeatures(judged.get('dev')!, entryMin, isEntryFeature),
  ...frequentFeatures(judged.get('dev')!, triggerMin, isTriggerFeature),
];
// Real news and the gold set's short items weigh the same in all: the judged news events are fewer,
// and they are what the model is for.
const newsWeight = gold.length / Math.max(1, judged.get('dev')!.length);
const sampleWeights = [...judged.get('dev')!.map(() => newsWeight), ...gold.map(() => 1)];
const rows = training.map((example) => featureNames.map((name) => (example.features.has(name) ? 1 : 0)));
const { bias, weights } = fitLogistic(rows, training.map((example) => (example.right ? 1 : 0)), sampleWeights);
const fitted: EventConfidenceModel = { bias: roundWeight(bias), weights: Object.fromEntries(featureNames.map((name, i) => [name, roundWeight(weights[i]!)])), threshold: 0 };
const threshold = fixedThreshold ?? highestThreshold((at) => goldRecallAt(fitted, at) >= goldRecall);
const model: EventConfidenceModel = { ...fitted, threshold };
writeFileSync(out, `${JSON.stringify({ _comment: 'Bias, weights and threshold written by npm run events:calibrate (scripts/calibrate-events.ts), which fits the features named in weights (the entry: and trigger: features are chosen afresh, by how many judged events each entry coded and each trigger wording has): to try another feature, add its name there and refit.', ...model }, null, 1)}\n`);

console.log(`Fitted on ${training.length} events (${judged.get('dev')!.length} judged on the precision set's dev articles, ${gold.length} on the events gold set); wrote ${out}`);
console.log(`Threshold ${threshold}${fixedThreshold === null ? `, the highest that keeps the gold set's recall at ${goldRecall} or more` : ''}: gold recall ${goldRecallAt(model, threshold).toFixed(3)}\n`);
console.log('| feature | weight |\n|---|---|');
console.log(`| (bias) | ${model.bias} |`);
Object.entries(model.weights).forEach(([name, weight]) => console.log(`| ${name} | ${weight} |`));
const trainingShare = training.filter((example) => example.right).length / training.length;
const reliability = (title: string, examples: readonly CalibrationExample[]) => printReliability(title, examples, model, { noun: 'events', trainingShare, threshold });
reliability('training examples', training);
reliability('held out: the precision set\'s test articles', judged.get('test')!);
for (const [part, examples] of [...judged].filter(([part]) => part.startsWith('draw')).sort()) reliability(`held out: ${part}'s dev articles`, examples);

/** The share of the gold set's events matched by a coded event whose confidence reaches the threshold. */
function goldRecallAt(scored: EventConfidenceModel, at: number): number {
  return gold.filter((example) => example.right && probabilityOf(scored, example.features) >= at).length / Math.max(1, goldEvents);
}

