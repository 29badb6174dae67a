/**
 * Trains the part-of-speech tagger and the dependency parser on Universal Dependencies
 * English, deterministically, and writes `data/parser/tagger.bin.gz`, `parser.bin.gz` (moves)
 * and `labeller.bin.gz` (relations).
 * The parser learns from tags the tagger predicts (jack-knifed: each fold of the training
 * data is tagged by a tagger trained on the other folds), as it will see them when parsing.
 *
 *   npm run train:parser                 en-ewt train + dev (+ GUM) → data/parser/ (the shipped model)
 *   npm run train:parser -- --dev        en-ewt train (+ GUM) → .tmp/parser-dev/parser/, scored on en-ewt dev
 *   options: --ud DIR (default ../shared/data/ud or $NEWSGRAPH_UD), --no-gum, --epochs N, --tagger-epochs N,
 *            --folds N (jack-knife folds; 1 = train the parser on gold tags), --explore P, --explore-from EPOCH,
 *            --min-weight W (parser and labeller weights below it are dropped), --seed N, --out DIR,
 *            --tags-cache FILE (keep the jack-knifed tags there and reuse them while trying parser settings)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scriptArgs } from './lib/script-args.js';
import { LABELLER_FILE, loadParserWeights, loadWordClusters, PARSER_FILE, TAGGER_FILE } from '../src/nlp/parser/parser.js';
import { isProjective, relationsIn, trainParser, type TaggedSentence } from '../src/nlp/parser/parser-training.js';
import { tagWords } from '../src/nlp/parser/tagger.js';
import { tagClassesOf, trainTagger } from '../src/nlp/parser/tagger-training.js';
import type { TreebankSentence } from '../src/nlp/parser/treebank.js';
import { wordAtoms } from '../src/nlp/parser/word-atoms.js';
import { encodeWeights, HashedWeights, type TrainedModel } from '../src/nlp/parser/weights.js';
import { dataUrl } from '../src/resources.js';
import { AttachmentScorer } from './lib/attachment-score.js';
import { DEFAULT_UD_DIR, ewtSplit, gumSentences } from './lib/ud-set.js';

const { values } = scriptArgs(import.meta.url, {
  options: {
    ud: { type: 'string', default: DEFAULT_UD_DIR },
    dev: { type: 'boolean', default: false },
    'no-gum': { type: 'boolean', default: false },
    epochs: { type: 'string', default: '15' },
    'tagger-epochs': { type: 'string', default: '8' },
    folds: { type: 'string', default: '5' },
    explore: { type: 'string', default: '0.9' },
    'explore-from': { type: 'string', default: '2' },
    seed: { type: 'string', default: '2011' },
    'min-weight': { type: 'string', default: '1' },
    out: { type: 'string' },
    'tags-cache': { type: 'string' },
  },
});

const seed = Number(values.seed);
const taggerEpochs = Number(values['tagger-epochs']);
const folds = Number(values.folds);
const minWeight = Number(values['min-weight']);
const outDir = values.out !== undefined ? pathToFileURL(`${values.out.replace(/\/$/, '')}/`) : values.dev ? pathToFileURL(`${process.cwd()}/.tmp/parser-dev/`) : dataUrl('');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (line: string) => console.error(`${line} (${elapsed()})`);

const train: TreebankSentence[] = [...ewtSplit(values.ud, 'train'), ...(values.dev ? [] : ewtSplit(values.ud, 'dev'))];
if (!values['no-gum']) train.push(...gumSentences(values.ud));
const data = `UD English-EWT train${values.dev ? '' : ' + dev'}${values['no-gum'] ? '' : ' + GUM (85 documents)'}`;
log(`training on ${data}: ${train.length} sentences, ${train.reduce((n, s) => n + s.words.length, 0)} words`);

const clusters = loadWordClusters(dataUrl(''));
const tagClasses = tagClassesOf(train);
const tagIds = new Map(tagClasses.map((name, i) => [name, i]));

function tagWith(model: TrainedModel, sentences: readonly TreebankSentence[]): Int32Array[] {
  const weights = HashedWeights.decode(encodeWeights('tagger', model, {}, 0), 'tagger', 'tagger');
  return sentences.map((sentence) => tagWords(wordAtoms(sentence.words, clusters), weights));
}

// Jack-knifing: the parser trains on tags as wrong as the tagger's on unseen text.
const tagged: TaggedSentence[] = train.map((gold) => ({ gold, tags: Int32Array.from(gold.upos, (upos, i) => tagIds.get(`${upos} ${gold.xpos[i]}`)!) }));
/** The jack-knifed tags of a previous run with the same data and tagger settings, if kept. */
function cachedTags(file: string | undefined, key: string): number[][] | undefined {
  if (file === undefined || !existsSync(file)) return undefined;
  const cache = JSON.parse(readFileSync(file, 'utf8')) as { key: string; tags: number[][] };
  return cache.key === key ? cache.tags : undefined;
}

const cacheKey = JSON.stringify({ data, sentences: train.length, folds, taggerEpochs, seed, tagClasses });
const cached = cachedTags(values['tags-cache'], cacheKey);
if (cached) {
  cached.forEach((tags, i) => tagged[i]!.tags.set(tags));
  log(`jack-knifed tags read from ${values['tags-cache']}`);
} else if (folds > 1) {
  let right = 0;
  let total = 0;
  for (let fold = 0; fold < folds; fold++) {
    const inFold = (i: number) => i % folds === fold;
    const model = trainTagger(train.filter((_, i) => !inFold(i)), tagClasses, clusters, { epochs: taggerEpochs, seed: seed + fold });
    const held = tagged.filter((_, i) => inFold(i));
    tagWith(model, held.map((s) => s.gold)).forEach((tags, i) => {
      const sentence = held[i]!;
      sentence.tags.forEach((gold, t) => {
        total++;
        if (gold === tags[t]) right++;
      });
      sentence.tags.set(tags);
    });
    log(`jack-knife fold ${fold + 1}/${folds} tagged`);
  }
  log(`jack-knifed tags: ${((100 * right) / total).toFixed(2)}% UPOS+XPOS pairs right`);
  if (values['tags-cache'] !== undefined) writeFileSync(values['tags-cache'], JSON.stringify({ key: cacheKey, tags: tagged.map((s) => Array.from(s.tags)) }));
}

const tagger = trainTagger(train, tagClasses, clusters, {
  epochs: taggerEpochs,
  seed,
  onEpoch: (epoch, errorRate) => log(`tagger epoch ${epoch}: ${(100 * errorRate).toFixed(2)}% words wrong`),
});

const relations = relationsIn(train);
const projective = tagged.filter(({ gold }) => isProjective(gold.heads));
log(`parser trains on the ${projective.length} projective sentences of ${tagged.length}`);
const parser = trainParser(projective, relations, clusters, {
  epochs: Number(values.epochs),
  seed,
  explore: Number(values.explore),
  exploreFrom: Number(values['explore-from']),
  onEpoch: (epoch, errorRate) => log(`parser epoch ${epoch}: ${(100 * errorRate).toFixed(2)}% moves wrong (against the least-cost moves)`),
});

const config = {
  data,
  taggerEpochs,
  parserEpochs: Number(values.epochs),
  jackknifeFolds: folds,
  explore: Number(values.explore),
  exploreFrom: Number(values['explore-from']),
  seed,
  minWeight,
};
const files = [[TAGGER_FILE, 'tagger', tagger], [PARSER_FILE, 'parser', parser.moves], [LABELLER_FILE, 'labeller', parser.labels]] as const;
for (const [file, kind, model] of files) {
  const path = fileURLToPath(new URL(file, outDir));
  const bytes = encodeWeights(kind, model, { ...config, trainedFeatures: model.keys.length }, kind === 'tagger' ? 0 : minWeight);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  log(`wrote ${path}: ${(bytes.length / 1e6).toFixed(2)} MB, ${model.keys.length} features before pruning`);
}

if (values.dev) {
  const loaded = loadParserWeights(outDir, clusters);
  const scorer = new AttachmentScorer();
  for (const sentence of ewtSplit(values.ud, 'dev')) scorer.add(sentence, loaded.parse(sentence.words));
  const percent = (value: number) => (100 * value).toFixed(2);
  log(`en-ewt dev: UAS ${percent(scorer.uas)}, LAS ${percent(scorer.las)} (full labels ${percent(scorer.lasFullLabels)}), UPOS ${percent(scorer.uposAccuracy)}`);
}
