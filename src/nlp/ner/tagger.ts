/**
 * The shipped NER tagger: weights from data/ner/model.bin.gz, gazetteers from
 * data/ner/gazetteers.json and word clusters from data/ner/word-clusters.txt.gz, each
 * loaded once on first use.
 */
import { readFileSync } from 'node:fs';
import { dataUrl, lazy, loadDataJson } from '../../resources.js';
import { parseWordClusters } from './clusters.js';
import { GreedyDecoder } from './decode.js';
import type { NerResources } from './features.js';
import { Gazetteer, type GazetteerData } from './gazetteer.js';
import { NerModel } from './model.js';
import { spansFromBilou, type TagSpan } from './tags.js';

export const MODEL_FILE = 'ner/model.bin.gz';

export const shippedGazetteer = lazy(() => new Gazetteer(loadDataJson<GazetteerData>('ner/gazetteers.json')));
export const shippedClusters = lazy(() => parseWordClusters(readFileSync(dataUrl('ner/word-clusters.txt.gz'))));
export const nerResources = lazy((): NerResources => ({ gazetteer: shippedGazetteer(), clusters: shippedClusters() }));

const shippedDecoder = lazy(() => decoderFor(readFileSync(dataUrl(MODEL_FILE))));

/** A decoder over model bytes: the shipped model, or one a script just trained. */
export function decoderFor(modelBytes: Uint8Array, resources: NerResources = nerResources()): GreedyDecoder {
  return new GreedyDecoder(NerModel.decode(modelBytes), resources);
}

/** Loads the shipped model now (otherwise it loads on first use). */
export function loadTagger(): GreedyDecoder {
  return shippedDecoder();
}

/** Entity spans (CoNLL types PER, ORG, LOC, MISC) for each sentence of one document. */
export function tagTokens(sentences: readonly (readonly string[])[], decoder: GreedyDecoder = shippedDecoder()): TagSpan[][] {
  const labels = decoder.labels;
  return decoder.decodeDocument(sentences).map((sentence) => spansFromBilou(sentence.map((label) => labels[label]!)));
}
