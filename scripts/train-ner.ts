/**
 * Trains the NER tagger on CoNLL-2003, deterministically.
 *
 *   npm run train:ner                      train+dev → data/ner/model.bin.gz (the shipped model)
 *   npm run train:ner -- --dev             train only, scored on dev after each epoch (for choosing settings)
 *   options: --data DIR (default ../shared/data/ner/conll2003 or $NEWSGRAPH_CONLL), --epochs N, --out FILE,
 *            --gazetteers FILE (other name lists, for ablations)
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { encodeModel } from '../src/nlp/ner/model.js';
import { decoderFor, MODEL_FILE, tagTokens } from '../src/nlp/ner/tagger.js';
import { trainTagger, type TrainingDocument } from '../src/nlp/ner/training.js';
import { dataUrl } from '../src/resources.js';
import { EntityScorer } from './lib/conlleval.js';
import { CONLL_TYPES, conllSplit, DEFAULT_CONLL_DIR } from './lib/conll-set.js';
import { scriptResources } from './lib/ner-resources.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_CONLL_DIR },
    dev: { type: 'boolean', default: false },
    epochs: { type: 'string', default: '15' },
    seed: { type: 'string', default: '2003' },
    'min-weight': { type: 'string', default: '0.05' },
    out: { type: 'string' },
    gazetteers: { type: 'string' },
  },
});

const epochs = Number(values.epochs);
const minWeight = Number(values['min-weight']);
const out = values.out ?? (values.dev ? '.tmp/ner-dev-model.bin.gz' : fileURLToPath(dataUrl(MODEL_FILE)));

function devF1(bytes: Uint8Array, documents: readonly TrainingDocument[]): number {
  const decoder = decoderFor(bytes, resources);
  const scorer = new EntityScorer();
  for (const document of documents) {
    const predicted = tagTokens(document.sentences.map((sentence) => sentence.tokens), decoder);
    document.sentences.forEach((sentence, i) => scorer.add(sentence.spans, predicted[i]!));
  }
  return scorer.overall().f1;
}

const resources = scriptResources(values.gazetteers);

const started = Date.now();
const train = conllSplit(values.data, 'train');
const dev = conllSplit(values.data, 'dev');
const documents = values.dev ? train : [...train, ...dev];
const tokens = documents.reduce((sum, d) => sum + d.sentences.reduce((n, s) => n + s.tokens.length, 0), 0);
console.error(`training on ${documents.length} documents, ${tokens} tokens (${values.dev ? 'train' : 'train+dev'}), ${epochs} epochs`);

const trained = trainTagger(documents, CONLL_TYPES, resources, {
  epochs,
  seed: Number(values.seed),
  onEpoch: (epoch, errorRate) => console.error(`epoch ${epoch}: ${(100 * errorRate).toFixed(2)}% tokens wrong (${((Date.now() - started) / 1000).toFixed(0)} s)`),
});
const config = {
  data: values.dev ? 'CoNLL-2003 train' : 'CoNLL-2003 train+dev',
  epochs,
  seed: Number(values.seed),
  minWeight,
  trainedFeatures: trained.names.length,
};
const bytes = encodeModel(trained.labels, trained.names, trained.weights, config, minWeight);
writeFileSync(out, bytes);
console.error(`wrote ${out}: ${(bytes.length / 1e6).toFixed(2)} MB, ${trained.names.length} features before pruning`);
if (values.dev) console.error(`dev F1 ${(100 * devF1(bytes, dev)).toFixed(2)}`);
