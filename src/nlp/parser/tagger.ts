/**
 * A greedy left-to-right part-of-speech tagger (averaged perceptron, Collins 2002), trained
 * on the treebank beside the parser because the parser reads pre-tokenised words, which
 * wink-nlp's tagger cannot take. Its classes are UPOS and XPOS pairs ("NOUN NN"), so one
 * decision gives both: the parser reads the fine tag, callers the universal one.
 */
import { featureKey } from './hashing.js';
import type { Scorer } from './weights.js';
import type { WordAtoms } from './word-atoms.js';

/** Feature templates; the numbers only have to differ. */
const enum T {
  Bias = 1, Form, Prefix1, Suffix2, Suffix3, Shape, Prev, Prev2, PrevPrev2, PrevForm, FormPrev,
  PrevWord, PrevSuffix3, Prev2Word, NextWord, NextSuffix3, Next2Word, NextShape, PrevShape, First, FormNext,
  Coarse, Middle, Fine, PrevMiddle, NextMiddle, PrevTagMiddle, Raw, Prefix3, Suffix4, NextNextShape,
}

export const TAGGER_FEATURES = 31;
const NONE = 0x5bd1e995;

function atom(values: Int32Array, i: number): number {
  return i >= 0 && i < values.length ? values[i]! : NONE;
}

/** Writes the features of word `i` (after previous tags `prev`, `prev2`; -1 for none) into `keys`; returns their count. */
export function taggerFeatures(atoms: WordAtoms, i: number, prev: number, prev2: number, keys: Uint32Array): number {
  const form = atoms.form[i]!;
  let k = 0;
  keys[k++] = featureKey(T.Bias, 0);
  keys[k++] = featureKey(T.Form, form);
  keys[k++] = featureKey(T.Prefix1, atoms.prefix1[i]!);
  keys[k++] = featureKey(T.Suffix2, atoms.suffix2[i]!);
  keys[k++] = featureKey(T.Suffix3, atoms.suffix3[i]!);
  keys[k++] = featureKey(T.Shape, atoms.shape[i]!);
  keys[k++] = featureKey(T.Prev, prev);
  keys[k++] = featureKey(T.Prev2, prev2);
  keys[k++] = featureKey(T.PrevPrev2, prev, prev2);
  keys[k++] = featureKey(T.PrevForm, prev, form);
  keys[k++] = featureKey(T.FormPrev, form, atom(atoms.form, i - 1));
  keys[k++] = featureKey(T.FormNext, form, atom(atoms.form, i + 1));
  keys[k++] = featureKey(T.PrevWord, atom(atoms.form, i - 1));
  keys[k++] = featureKey(T.PrevSuffix3, atom(atoms.suffix3, i - 1));
  keys[k++] = featureKey(T.Prev2Word, atom(atoms.form, i - 2));
  keys[k++] = featureKey(T.NextWord, atom(atoms.form, i + 1));
  keys[k++] = featureKey(T.NextSuffix3, atom(atoms.suffix3, i + 1));
  keys[k++] = featureKey(T.Next2Word, atom(atoms.form, i + 2));
  keys[k++] = featureKey(T.NextShape, atom(atoms.shape, i + 1));
  keys[k++] = featureKey(T.PrevShape, atom(atoms.shape, i - 1));
  keys[k++] = featureKey(T.First, i === 0 ? 1 : 0, atoms.shape[i]!);
  keys[k++] = featureKey(T.Coarse, atoms.coarseCluster[i]!);
  keys[k++] = featureKey(T.Middle, atoms.cluster[i]!);
  keys[k++] = featureKey(T.Fine, atoms.fineCluster[i]!);
  keys[k++] = featureKey(T.PrevMiddle, atom(atoms.cluster, i - 1));
  keys[k++] = featureKey(T.NextMiddle, atom(atoms.cluster, i + 1));
  keys[k++] = featureKey(T.PrevTagMiddle, prev, atoms.cluster[i]!);
  keys[k++] = featureKey(T.Raw, atoms.raw[i]!);
  keys[k++] = featureKey(T.Prefix3, atoms.prefix3[i]!);
  keys[k++] = featureKey(T.Suffix4, atoms.suffix4[i]!);
  keys[k++] = featureKey(T.NextNextShape, atom(atoms.shape, i + 1), atom(atoms.shape, i + 2));
  return k;
}

/** Called for each decision while training: the gold tag to follow, after any update. */
export type TagDecision = (i: number, keys: Uint32Array, count: number, predicted: number, scores: Float64Array) => number;

/** Tags the words of `atoms` with class ids of `model`; `decide` (training) may replace each prediction. */
export function tagWords(atoms: WordAtoms, model: Scorer, decide?: TagDecision): Int32Array {
  const n = atoms.form.length;
  const tags = new Int32Array(n);
  const keys = new Uint32Array(TAGGER_FEATURES);
  const scores = new Float64Array(model.classCount);
  for (let i = 0; i < n; i++) {
    const count = taggerFeatures(atoms, i, i > 0 ? tags[i - 1]! : -1, i > 1 ? tags[i - 2]! : -1, keys);
    model.score(keys, count, scores);
    let best = 0;
    for (let c = 1; c < model.classCount; c++) if (scores[c]! > scores[best]!) best = c;
    tags[i] = decide ? decide(i, keys, count, best, scores) : best;
  }
  return tags;
}
