/**
 * Fits the quotes' confidence model (src/facts/quotes/confidence.ts) and writes it to
 * data/quotes/confidence.json:
 *
 *   npm run quotes:calibrate -- [--polnear DIR] [--min N] [--kept-right R | --threshold P] [--out FILE] [--draws 1,2,...]
 *
 * Training examples: every quote the analyzer finds (`quotes: 'all'`) on the dev articles of the precision set
 * (test/fixtures/precision), right when the judgment says it is a real quote with the right
 * speaker; the test articles are held out and only scored. The features are every value of the
 * stage's quote features (rule, kind, cue word, how the speaker is named, distance, length) that at
 * least N training quotes have (`--min`, 5). The model is an L2-regularised logistic regression
 * fitted by Newton's method (deterministic, no seed). The default output keeps the quotes whose
 * confidence reaches the threshold written with the model, chosen by cross-validation over the
 * training draws: each draw's quotes are scored by the model fitted (features chosen afresh) on the
 * other draws, and the threshold is the highest (in hundredths) at which these out-of-fold
 * confidences still keep the share R or more of the right training quotes (`--kept-right`, 0.99: a
 * quote's recall matters too, so only the quotes least likely right are left out); the model
 * written is then fitted on all the training draws. Chosen on the confidences the model gave the
 * quotes it was fitted on, the threshold came out higher than a draw it had not seen bears (0.48
 * fitted on draws 1-12, keeping 98.3% of the right quotes of the test articles; out of fold 0.41,
 * 99.3%). `--threshold` fixes it instead. Prints the reliability of the fitted confidence on the
 * training quotes and on the held-out ones. `--draws 1,2,3,4` trains on those draws' dev articles
 * only (two draws or more, unless `--threshold` is given): each other draw's dev articles are then
 * held out and scored apart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptArgs } from './lib/script-args.js';
import { analyze } from '../src/analyze.js';
import { isFailed } from '../src/document/contract.js';
import { quoteFeatureReader } from '../src/facts/quotes/confidence.js';
import type { FeatureModel } from '../src/facts/feature-model.js';
import { calibrationPart, frequentFeatures, keptAt, keptRightThreshold, outOfFoldScores, printReliability, roundWeight, shareOption, thresholdOption, trainingDrawsOption, type CalibrationExample, type CalibrationPart } from './lib/calibration.js';
import { fitLogistic } from './lib/logistic.js';
import { DEFAULT_POLNEAR_DIR, readPolnearMetadata } from './lib/polnear.js';
import { articleToFileMapper, emittedFacts, matchQuotes, readPrecisionSet, sameNames } from './lib/precision-set.js';

const { values } = scriptArgs(import.meta.url, { options: { polnear: { type: 'string' }, min: { type: 'string' }, 'kept-right': { type: 'string' }, threshold: { type: 'string' }, out: { type: 'string' }, draws: { type: 'string' } } });
const dir = values.polnear ?? DEFAULT_POLNEAR_DIR;
const min = values.min === undefined ? 5 : Number(values.min);
if (!Number.isInteger(min) || min < 1) {
  console.error(`--min takes a whole number of quotes, 1 or more, not ${values.min}`);
  process.exit(2);
}
const fixedThreshold = thresholdOption(values.threshold);
const keptRight = shareOption('kept-right', values['kept-right'], 0.99);
const out = values.out ?? 'data/quotes/confidence.json';
const trainingDraws = trainingDrawsOption(values.draws);

const judged = new Map<CalibrationPart, CalibrationExample[]>([['dev', []], ['test', []]]);
/** The training quotes (judged[dev]) by draw, the folds of the threshold's cross-validation. */
const trainingByDraw = new Map<number, CalibrationExample[]>();
const metadata = readPolnearMetadata(dir);
for (const article of readPrecisionSet()) {
  if (!article.judgedQuotes) continue;
  const text = readFileSync(join(dir, 'text', `${article.id}.txt`), 'utf8');
  const date = metadata.get(article.id)?.publishedAt;
  const doc = analyze({ text, ...(date ? { publishedAt: date } : {}) }, { quotes: 'all' });
  if (isFailed(doc)) continue;
  const quoteOf = emittedFacts(doc, articleToFileMapper(text, doc.article.text)).quotes;
  const featuresOf = quoteFeatureReader(doc.entities);
  const part = calibrationPart(article.split, article.draw, trainingDraws);
  if (!judged.has(part)) judged.set(part, []);
  if (part === 'dev' && !trainingByDraw.has(article.draw ?? 0)) trainingByDraw.set(article.draw ?? 0, []);
  for (const { judgment, emitted } of matchQuotes(article.quotes, [...quoteOf.keys()]).matched) {
    const example = { features: featuresOf(quoteOf.get(emitted)!), right: judgment.real && sameNames(judgment.speaker ?? [], emitted.speaker) };
    judged.get(part)!.push(example);
    if (part === 'dev') trainingByDraw.get(article.draw ?? 0)!.push(example);
  }
}

/** The model fitted on these quotes: a weight for every feature value at least `min` of them have. */
function fit(quotes: readonly CalibrationExample[]): FeatureModel {
  const featureNames = frequentFeatures(quotes, min);
  const rows = quotes.map((example) => featureNames.map((name) => (example.features.has(name) ? 1 : 0)));
  const { bias, weights } = fitLogistic(rows, quotes.map((example) => (example.right ? 1 : 0)));
  return { bias: roundWeight(bias), weights: Object.fromEntries(featureNames.map((name, i) => [name, roundWeight(weights[i]!)])) };
}

const training = judged.get('dev')!;
const model = fit(training);
const outOfFold = fixedThreshold === null ? outOfFoldScores(trainingByDraw, fit) : [];
const threshold = fixedThreshold ?? keptRightThreshold(outOfFold, keptRight);
writeFileSync(out, `${JSON.stringify({ _comment: `Bias and weights written by npm run quotes:calibrate (scripts/calibrate-quotes.ts): every quote feature value that at least ${min} judged training quotes have; the default output keeps the quotes whose confidence reaches the threshold.`, ...model, threshold }, null, 1)}\n`);

console.log(`Fitted on ${training.length} quotes judged on the precision set's dev articles${trainingDraws === undefined ? '' : ` of draws ${trainingDraws.join(', ')}`}; wrote ${out}\n`);
console.log(`Threshold ${threshold}${fixedThreshold === null ? `, the highest that keeps ${keptRight} or more of the right training quotes scored out of fold (each draw by the model fitted on the other ${trainingByDraw.size - 1})` : ''}`);
if (fixedThreshold === null) console.log(`Out of fold: ${keptAt(outOfFold, threshold, 'quotes')}`);
console.log('');
console.log('| feature | weight |\n|---|---|');
console.log(`| (bias) | ${model.bias} |`);
Object.entries(model.weights).forEach(([name, weight]) => console.log(`| ${name} | ${weight} |`));
const trainingShare = training.filter((example) => example.right).length / Math.max(1, training.length);
const reliability = (title: string, examples: readonly CalibrationExample[]) => printReliability(title, examples, model, { noun: 'quotes', trainingShare, threshold });
reliability('training quotes', training);
reliability('held out: the precision set\'s test articles', judged.get('test')!);
for (const [part, examples] of [...judged].filter(([part]) => part.startsWith('draw')).sort()) reliability(`held out: ${part}'s dev articles`, examples);
