/**
 * wink's English model, read for one wink instance. The package's own loader (`model.core()`)
 * parses its 3 MB model when the package is imported, then deep-copies it for each instance
 * (JSON.stringify then JSON.parse, so that each instance can grow its own lexicon): a fifth of
 * newsgraph's start-up. This reads the model file with JSON.parse into a fresh object for each
 * instance and applies the same preparation as the package's read-core-model.js and
 * load-core-model.js; the other parts are the package's own files, assembled as its model.js
 * does (wink-eng-lite-web-model 1.8.1, pinned), without importing model.js, which would parse
 * the model once more. test/tokenizer.test.ts checks the two give the same tokens
 * and tags, and that a process can start many wink instances (see `metaCER`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type model from 'wink-eng-lite-web-model';

interface Feature {
  list: string[];
  hash: Record<string, number>;
  index?: number;
  intrinsicSize?: number;
  maxIndex?: number;
}

/** The parts of the core model this preparation touches; the rest passes through untouched. */
interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: (string | Set<number>)[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

const require = createRequire(import.meta.url);
const PACKAGE = 'wink-eng-lite-web-model/dist';
const MODEL_JSON = require.resolve(`${PACKAGE}/languages/cur/models/eng-core-web-model.json`);

function uint32FromBase64(data: string): Uint32Array {
  const bytes = Buffer.from(data, 'base64');
  // A copy into a buffer of its own: Buffer.from may hand out a slice of a shared pool at any offset.
  return new Uint32Array(new Uint8Array(bytes).buffer);
}

function indexOf(list: string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}

/** A fresh core model, prepared as wink-eng-lite-web-model's `core()` prepares it. */
export function readWinkCoreModel(): CoreModel {
  const core = JSON.parse(readFileSync(MODEL_JSON, 'utf8')) as CoreModel;
  const { packing, features, pos } = core;
  core.lexicon = uint32FromBase64(core.lexicon as string);
  core.xpansions = uint32FromBase64(core.xpansions as string);
  packing.efList = [];
  for (const name in packing.layout) {
    const layout = packing.layout[name]!;
    if (layout[3] === 0) {
      const feature = features[name]!;
      feature.hash = indexOf(feature.list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(name);
  }
  features.lexeme.hash = indexOf(features.lexeme.list);
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0));
  return core;
}

/**
 * The custom-entity meta model, as the package's `metaCER()` gives it the first time. The
 * package's loader stringifies the machines into the variable it read them from, so each later
 * call stringifies the string again, doubling its escapes: by the tenth wink instance in one
 * process the string no longer fits in memory. Stringified here from the JSON itself instead.
 */
function metaCER(): { machines: string; transformers: unknown } {
  return {
    machines: JSON.stringify(require(`${PACKAGE}/languages/cur/models/eng-cer-meta-model.json`)),
    transformers: require(`${PACKAGE}/cer-transformers.js`),
  };
}

const part = (file: string): unknown => require(`${PACKAGE}/${file}`);

/** The package's model with `core()` and `metaCER()` as above, every other part the package's own. */
export function winkModel(onCore: (core: CoreModel) => void): typeof model {
  const core = () => {
    const read = readWinkCoreModel();
    onCore(read);
    return read;
  };
  return {
    core,
    sbd: part('load-sbd-model.js'),
    pos: part('load-pos-model.js'),
    ner: part('load-ner-model.js'),
    negation: part('load-negation-model.js'),
    sa: part('load-sa-model.js'),
    metaCER,
    featureFn: part('feature.js'),
    addons: { stem: part('porter-stemmer.js'), lemmatize: part('lemmatize.js'), readabilityStats: part('readability-stats.js'), wordVectors: undefined },
  } as unknown as typeof model;
}
