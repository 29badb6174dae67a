/**
 * Trains the NER tagger, deterministically, on CoNLL-2003, GUM's named entities (its training
 * part, also in lower case), UD English-EWT train (web text, labelled O outside proper nouns) and
 * UNER English-EWT dev (web text, PER/ORG/LOC).
 *
 *   npm run train:ner              CoNLL train+dev, GUM, EWT, UNER dev → data/ner/model.bin.gz (the shipped model)
 *   npm run train:ner -- --dev     CoNLL train only and half 'a' of UNER dev (with GUM and EWT), scored on
 *                                  CoNLL dev, UNER dev's half 'b' and GUM's held-out part (for choosing
 *                                  settings); --dev --half b trains on half 'b' and scores half 'a'
 *   options: --corpora conll,gum,ewt,uner (default all four); --lower gum (corpora also trained on
 *            in lower case, default gum); --uner-copies N (UNER seen N times an epoch, default 3);
 *            --uner-misc O|unknown (UNER's O on proper nouns kept, or unknown as possible MISC);
 *            --epochs N; --seed N; --out FILE; --gazetteers FILE (other name lists, for ablations). Data folders from
 *            $NEWSGRAPH_CONLL, $NEWSGRAPH_GUM, $NEWSGRAPH_UD, $NEWSGRAPH_UNER (defaults under ../shared/data).
 */
import { writeFileSync } from 'node:fs';
import { scriptArgs } from './lib/script-args.js';
import { fileURLToPath } from 'node:url';
import { encodeModel } from '../src/nlp/ner/model.js';
import { decoderFor, MODEL_FILE, tagTokens } from '../src/nlp/ner/tagger.js';
import { trainTagger, type TrainingDocument } from '../src/nlp/ner/training.js';
import { dataUrl } from '../src/resources.js';
import { EntityScorer } from './lib/conlleval.js';
import { CONLL_TYPES, conllSplit, DEFAULT_CONLL_DIR } from './lib/conll-set.js';
import { ewtNerTrain } from './lib/ewt-ner-set.js';
import { DEFAULT_GUM_DIR, gumSplit } from './lib/gum-set.js';
import { scriptResources } from './lib/ner-resources.js';
import { DEFAULT_UNER_DIR, EWT_DEV_CONLLU, UNER_TYPES, unerDevHalf, unerSplit, withMiscUnknown } from './lib/uner-set.js';

const { values } = scriptArgs(import.meta.url, {
  options: {
    corpora: { type: 'string', default: 'conll,gum,ewt,uner' },
    lower: { type: 'string', default: 'gum' },
    'uner-copies': { type: 'string', default: '3' },
    'uner-misc': { type: 'string', default: 'O' },
    dev: { type: 'boolean', default: false },
    half: { type: 'string', default: 'a' },
    epochs: { type: 'string', default: '15' },
    seed: { type: 'string', default: '2003' },
    'min-weight': { type: 'string', default: '0.05' },
    out: { type: 'string' },
    gazetteers: { type: 'string' },
  },
});

const epochs = Number(values.epochs);
const minWeight = Number(values['min-weight']);
const corpora = new Set(values.corpora.split(','));
if (values.half !== 'a' && values.half !== 'b') throw new Error(`--half is a or b, not "${values.half}"`);
const trainHalf = values.half;
const scoreHalf = trainHalf === 'a' ? 'b' : 'a';
const out = values.out ?? (values.dev ? '.tmp/ner-dev-model.bin.gz' : fileURLToPath(dataUrl(MODEL_FILE)));

function devF1(bytes: Uint8Array, documents: readonly TrainingDocument[], types: readonly string[]): string {
  const decoder = decoderFor(bytes, resources);
  const kept = new Set(types);
  const scorer = new EntityScorer();
  for (const document of documents) {
    const predicted = tagTokens(document.sentences.map((sentence) => sentence.tokens), decoder);
    document.sentences.forEach((sentence, i) => scorer.add(sentence.spans, predicted[i]!.filter((span) => kept.has(span.type))));
  }
  const perType = scorer.byType().map(([type, score]) => `${type} ${(100 * score.f1).toFixed(2)}`);
  return `${(100 * scorer.overall().f1).toFixed(2)} (${perType.join(', ')})`;
}

/** A copy of a document in lower case: web text often names people and places without capitals. */
function lowerCased(document: TrainingDocument): TrainingDocument {
  return { sentences: document.sentences.map((sentence) => ({ ...sentence, tokens: sentence.tokens.map((token) => token.toLowerCase()) })) };
}

const resources = scriptResources(values.gazetteers);

const started = Date.now();
const parts: { key: string; name: string; documents: TrainingDocument[] }[] = [];
if (corpora.has('conll')) {
  const conll = values.dev ? conllSplit(DEFAULT_CONLL_DIR, 'train') : [...conllSplit(DEFAULT_CONLL_DIR, 'train'), ...conllSplit(DEFAULT_CONLL_DIR, 'dev')];
  parts.push({ key: 'conll', name: values.dev ? 'CoNLL-2003 train' : 'CoNLL-2003 train+dev', documents: conll });
}
if (corpora.has('ewt')) parts.push({ key: 'ewt', name: 'UD English-EWT train (proper nouns unlabelled, other words O)', documents: ewtNerTrain() });
if (corpora.has('gum')) parts.push({ key: 'gum', name: 'GUM named entities (training part)', documents: gumSplit(DEFAULT_GUM_DIR, 'train') });
if (corpora.has('uner')) {
  const uner = values.dev ? unerDevHalf(DEFAULT_UNER_DIR, trainHalf) : unerSplit(DEFAULT_UNER_DIR, 'dev');
  const copies = Number(values['uner-copies']);
  const miscUnknown = values['uner-misc'] === 'unknown';
  const name = `UNER English-EWT dev${values.dev ? `, half '${trainHalf}'` : ''}${miscUnknown ? ' (O on proper nouns unknown)' : ''}${copies === 1 ? '' : `, ${copies}× an epoch`}`;
  const documents = miscUnknown ? withMiscUnknown(uner, EWT_DEV_CONLLU) : uner;
  parts.push({ key: 'uner', name, documents: Array.from({ length: copies }, () => documents).flat() });
}
const lowerCopies = new Set(values.lower.split(',').filter(Boolean));
for (const part of [...parts]) {
  if (lowerCopies.has(part.key)) parts.push({ key: `${part.key}-lower`, name: `${part.name}, lower-cased`, documents: part.documents.map(lowerCased) });
}
const documents = parts.flatMap((part) => part.documents);
const tokens = documents.reduce((sum, d) => sum + d.sentences.reduce((n, s) => n + s.tokens.length, 0), 0);
const data = parts.map((part) => part.name).join(' + ');
console.error(`training on ${documents.length} documents, ${tokens} tokens (${data}), ${epochs} epochs`);

const trained = trainTagger(documents, CONLL_TYPES, resources, {
  epochs,
  seed: Number(values.seed),
  onEpoch: (epoch, errorRate) => console.error(`epoch ${epoch}: ${(100 * errorRate).toFixed(2)}% tokens wrong (${((Date.now() - started) / 1000).toFixed(0)} s)`),
});
const config = { data, epochs, seed: Number(values.seed), minWeight, trainedFeatures: trained.names.length };
const bytes = encodeModel(trained.labels, trained.names, trained.weights, config, minWeight);
writeFileSync(out, bytes);
console.error(`wrote ${out}: ${(bytes.length / 1e6).toFixed(2)} MB, ${trained.names.length} features before pruning`);
if (values.dev) {
  console.error(`CoNLL dev F1 ${devF1(bytes, conllSplit(DEFAULT_CONLL_DIR, 'dev'), CONLL_TYPES)}`);
  console.error(`UNER-EWT dev half '${scoreHalf}' F1 ${devF1(bytes, unerDevHalf(DEFAULT_UNER_DIR, scoreHalf), UNER_TYPES)}`);
  console.error(`GUM held-out F1 ${devF1(bytes, gumSplit(DEFAULT_GUM_DIR, 'heldout'), UNER_TYPES)}`);
}
