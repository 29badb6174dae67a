/**
 * The shipped NER tagger: weights from data/ner/model.bin.gz, gazetteers from
 * data/ner/gazetteers.json and word clusters from data/ner/word-clusters.txt.gz, resources
 * of the analyzer that holds them.
 */
import Type from 'typebox';
import { resource, Strings } from '../../resources.js';
import { parseWordClusters } from './clusters.js';
import { BilouDecoder, type Search } from './decode.js';
import type { NerResources } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { withKnownOrganisations } from './known-names.js';
import { NerModel } from './model.js';
import { spansFromBilou, type TagSpan } from './tags.js';

export const MODEL_FILE = 'ner/model.bin.gz';

export const shippedGazetteer = resource('NER gazetteer', (data) => new Gazetteer(data.json('ner/gazetteers.json', Type.Object({ lists: Type.Record(Type.String(), Strings) }))));
export const shippedClusters = resource('NER word clusters', (data) => parseWordClusters(data.bytes('ner/word-clusters.txt.gz')));
export const nerResources = resource('NER features', (): NerResources => ({ gazetteer: shippedGazetteer(), clusters: shippedClusters() }));

const shippedDecoder = resource('NER model', (data) => decoderFor(data.bytes(MODEL_FILE)));
/** The gazetteer lists whose names are organisations even where the tagger saw none (data/ner/entity-types.json). */
const knownOrganisationLists = resource('known organisation lists', (data) => new Set(data.json('ner/entity-types.json', Type.Object({ knownOrganisationLists: Strings })).knownOrganisationLists));

/** A decoder over model bytes: the shipped model, or one a script just trained. */
export function decoderFor(modelBytes: Uint8Array, resources: NerResources = nerResources(), search: Search = 'viterbi'): BilouDecoder {
  return new BilouDecoder(NerModel.decode(modelBytes), resources, search);
}

/** The shipped model of the analyzer in scope. */
export function loadTagger(): BilouDecoder {
  return shippedDecoder();
}

/** Entity spans (CoNLL types PER, ORG, LOC, MISC) for each sentence of one document. */
export function tagTokens(sentences: readonly (readonly string[])[], decoder: BilouDecoder = shippedDecoder()): TagSpan[][] {
  const labels = decoder.labels;
  const { gazetteer } = nerResources();
  const lists = knownOrganisationLists();
  return decoder.decodeDocument(sentences).map((sentence, s) => withKnownOrganisations(spansFromBilou(sentence.map((label) => labels[label]!)), sentences[s]!, gazetteer, lists));
}
