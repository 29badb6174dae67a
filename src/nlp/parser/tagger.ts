/**
 * A greedy left-to-right part-of-speech tagger (averaged perceptron, Collins 2002), trained
 * on the treebank beside the parser because the parser reads pre-tokenised words, which
 * wink-nlp's tagger cannot take. Its classes are UPOS and XPOS pairs ("NOUN NN"), so one
 * decision gives both: the parser reads the fine tag, callers the universal one.
 */
import { featureKey } from './hashing.js';
import type { HashedWeights, Scorer } from './weights.js';
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

/**
 * Where `taggerFeatures` writes the features that read nothing but the word itself (its forms,
 * affixes, shape and clusters): they sum to the same scores wherever the word stands. (A
 * position listed wrongly would cost cache hits, never a wrong tag: a hit needs every key equal.)
 */
const WORD_ONLY_FEATURES = [0, 1, 2, 3, 4, 5, 21, 22, 23, 27, 28, 29] as const;

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

/** How many words' summed scores `CachingTagger` keeps (1.8 MB). */
const CACHED_WORDS = 4096;

/**
 * Tags as `tagWords` does with a fixed model, adding up a word's word-only features (12 of
 * 31, a third of the weights a word reads, mostly in rows of all 113 classes) once per word
 * instead of once per occurrence: the tagger runs about 1.2 times as fast. A direct-mapped
 * cache keyed by the word's raw form holds those features' keys and summed scores, so a hit
 * is exact; scores are sums of integers, exact in any order, so the tags are those `tagWords`
 * gives, whatever was tagged before.
 */
export class CachingTagger {
  private readonly classCount: number;
  /** Per cache line: the word-only feature keys of the word it holds (all 0, which no key is: none). */
  private readonly cachedKeys = new Uint32Array(CACHED_WORDS * WORD_ONLY_FEATURES.length);
  /** Per cache line: that word's summed word-only scores, one per class (a dozen int16 weights fit in 32 bits). */
  private readonly cachedScores: Int32Array;
  /** Whether each of `taggerFeatures`' positions is one of the word-only features. */
  private readonly wordOnly = new Uint8Array(TAGGER_FEATURES);
  private readonly keys = new Uint32Array(TAGGER_FEATURES);
  private readonly contextKeys = new Uint32Array(TAGGER_FEATURES);
  private readonly wordKeys = new Uint32Array(WORD_ONLY_FEATURES.length);
  private readonly wordScores: Float64Array;
  private readonly scores: Float64Array;

  constructor(readonly model: HashedWeights) {
    this.classCount = model.classCount;
    this.cachedScores = new Int32Array(CACHED_WORDS * this.classCount);
    this.wordScores = new Float64Array(this.classCount);
    this.scores = new Float64Array(this.classCount);
    for (const position of WORD_ONLY_FEATURES) this.wordOnly[position] = 1;
  }

  tag(atoms: WordAtoms): Int32Array {
    const { model, classCount, keys, contextKeys, wordKeys, wordOnly, scores, cachedKeys, cachedScores } = this;
    const wordCount = WORD_ONLY_FEATURES.length;
    const n = atoms.form.length;
    const tags = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const count = taggerFeatures(atoms, i, i > 0 ? tags[i - 1]! : -1, i > 1 ? tags[i - 2]! : -1, keys);
      let contextCount = 0;
      let wordIndex = 0;
      for (let f = 0; f < count; f++) {
        if (wordOnly[f]) wordKeys[wordIndex++] = keys[f]!;
        else contextKeys[contextCount++] = keys[f]!;
      }
      const line = atoms.raw[i]! & (CACHED_WORDS - 1);
      let hit = true;
      for (let f = 0; f < wordCount; f++) if (cachedKeys[line * wordCount + f] !== wordKeys[f]) hit = false;
      if (!hit) {
        model.score(wordKeys, wordCount, this.wordScores);
        cachedKeys.set(wordKeys, line * wordCount);
        cachedScores.set(this.wordScores, line * classCount);
      }
      model.score(contextKeys, contextCount, scores);
      const base = line * classCount;
      let best = 0;
      for (let c = 0; c < classCount; c++) {
        scores[c]! += cachedScores[base + c]!;
        if (scores[c]! > scores[best]!) best = c;
      }
      tags[i] = best;
    }
    return tags;
  }
}
