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
 * Groups of `taggerFeatures`' positions whose keys read one thing only, so their summed scores
 * are the same wherever that thing recurs: the word itself (its forms, affixes, shape and
 * clusters), the word before it, the word after it, and the two previous tags. (A position
 * listed wrongly would cost cache hits, never a wrong tag: a hit needs every key equal.)
 */
const WORD_ONLY_FEATURES = [0, 1, 2, 3, 4, 5, 21, 22, 23, 27, 28, 29] as const;
const PREVIOUS_WORD_FEATURES = [12, 13, 19, 24] as const;
const NEXT_WORD_FEATURES = [15, 16, 18, 25] as const;
const PREVIOUS_TAGS_FEATURES = [6, 7, 8] as const;

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

/**
 * The summed scores of a group of feature keys, for the last `lines` groups met (direct-mapped
 * by the keys' xor: they are hashes). A hit compares every key, so it is exact.
 */
class GroupScoreCache {
  /** Per line: the keys of the group it holds (all 0, which no key is: none). */
  private readonly cachedKeys: Uint32Array;
  /** Per line: that group's summed scores, one per class (a dozen int16 weights fit in 32 bits). */
  readonly cachedScores: Int32Array;
  private readonly sums: Float64Array;

  constructor(private readonly model: HashedWeights, private readonly groupSize: number, private readonly lines: number) {
    this.cachedKeys = new Uint32Array(lines * groupSize);
    this.cachedScores = new Int32Array(lines * model.classCount);
    this.sums = new Float64Array(model.classCount);
  }

  /** Where in `cachedScores` the summed scores of `keys[0..groupSize)` start, scoring them on a miss. */
  scoresOf(keys: Uint32Array): number {
    const { cachedKeys, groupSize } = this;
    let mixed = 0;
    for (let f = 0; f < groupSize; f++) mixed ^= keys[f]!;
    const line = mixed & (this.lines - 1);
    let hit = true;
    for (let f = 0; f < groupSize; f++) if (cachedKeys[line * groupSize + f] !== keys[f]) hit = false;
    const base = line * this.model.classCount;
    if (!hit) {
      this.model.score(keys, groupSize, this.sums);
      cachedKeys.set(keys, line * groupSize);
      this.cachedScores.set(this.sums, base);
    }
    return base;
  }
}

/** One group's keys, gathered at each word, and its cache. */
interface FeatureGroup {
  readonly keys: Uint32Array;
  readonly cache: GroupScoreCache;
}

/**
 * Tags as `tagWords` does with a fixed model, adding up each group's features (23 of 31, three
 * quarters of the weights a word reads, mostly in rows of all 113 classes) once per distinct
 * group instead of once per occurrence: a word's own features, those it gives its neighbours
 * as the word before or after, and the two previous tags. Scores are sums of integers, exact
 * in any order, so the tags are those `tagWords` gives, whatever was tagged before.
 */
export class CachingTagger {
  private readonly classCount: number;
  private readonly groups: FeatureGroup[];
  /** Per position of `taggerFeatures`: its group's index, or -1 for a feature scored at each word. */
  private readonly groupOf = new Int8Array(TAGGER_FEATURES).fill(-1);
  private readonly keys = new Uint32Array(TAGGER_FEATURES);
  private readonly contextKeys = new Uint32Array(TAGGER_FEATURES);
  private readonly scores: Float64Array;

  constructor(readonly model: HashedWeights) {
    this.classCount = model.classCount;
    this.scores = new Float64Array(this.classCount);
    // 4,096 lines of words (1.8 MB of scores each), fewer of previous-tag pairs, which are fewer.
    const groups: [readonly number[], number][] = [[WORD_ONLY_FEATURES, 4096], [PREVIOUS_WORD_FEATURES, 4096], [NEXT_WORD_FEATURES, 4096], [PREVIOUS_TAGS_FEATURES, 1024]];
    this.groups = groups.map(([positions, lines], index) => {
      for (const position of positions) this.groupOf[position] = index;
      return { keys: new Uint32Array(positions.length), cache: new GroupScoreCache(model, positions.length, lines) };
    });
  }

  tag(atoms: WordAtoms): Int32Array {
    const { model, classCount, keys, contextKeys, groupOf, scores } = this;
    const [own, previous, next, tagPair] = this.groups as [FeatureGroup, FeatureGroup, FeatureGroup, FeatureGroup];
    const n = atoms.form.length;
    const tags = new Int32Array(n);
    const filled = new Int32Array(this.groups.length);
    for (let i = 0; i < n; i++) {
      const count = taggerFeatures(atoms, i, i > 0 ? tags[i - 1]! : -1, i > 1 ? tags[i - 2]! : -1, keys);
      let contextCount = 0;
      filled.fill(0);
      for (let f = 0; f < count; f++) {
        const group = groupOf[f]!;
        if (group < 0) contextKeys[contextCount++] = keys[f]!;
        else this.groups[group]!.keys[filled[group]!++] = keys[f]!;
      }
      const ownBase = own.cache.scoresOf(own.keys);
      const previousBase = previous.cache.scoresOf(previous.keys);
      const nextBase = next.cache.scoresOf(next.keys);
      const tagPairBase = tagPair.cache.scoresOf(tagPair.keys);
      const ownScores = own.cache.cachedScores;
      const previousScores = previous.cache.cachedScores;
      const nextScores = next.cache.cachedScores;
      const tagPairScores = tagPair.cache.cachedScores;
      model.score(contextKeys, contextCount, scores);
      let best = 0;
      for (let c = 0; c < classCount; c++) {
        scores[c]! += ownScores[ownBase + c]! + previousScores[previousBase + c]! + nextScores[nextBase + c]! + tagPairScores[tagPairBase + c]!;
        if (scores[c]! > scores[best]!) best = c;
      }
      tags[i] = best;
    }
    return tags;
  }
}
