/**
 * Decoding over a whole document, sentence by sentence. Inference finds each sentence's
 * best-scoring valid BILOU sequence exactly (second-order Viterbi: the label features look at
 * the previous two labels); training decodes greedily left to right, each token's label the best
 * one allowed after the previous, which is what the perceptron's updates are made against.
 * Greedy decoding commits to a wrong `B-` and must then continue the entity ("Association
 * told"); Viterbi weighs the whole sequence. Labels of earlier sentences become features (the
 * extended prediction history), recorded when a sentence is done.
 */
import { bilouFinal, bilouTransitions } from './tags.js';
import {
  afterLabelFeature, FeatureExtractor, historyFeatures, labelPairFeature, previousLabelFeature, recordLabel,
  type LabelHistory, type NerResources, type SentenceFeatures, type WordEntry,
} from './features.js';
import { addRow, SparseRows, type WeightTable } from './model.js';

/** Lets training watch and steer decoding; inference passes none. */
export interface DecodeHooks {
  /** Precomputed label-independent feature ids of a sentence. */
  sentenceFeatures?(sentence: number): SentenceFeatures;
  /**
   * Called with each prediction and the features behind it (the token's ids are
   * `features.ids[from..to)`); returns the label the rest of the document should see
   * (training may substitute the gold label).
   */
  decided?(sentence: number, token: number, predicted: number, features: SentenceFeatures, labelFeatureNames: string[]): number;
}

/**
 * Viterbi drops paths whose log-probability falls this far below the best path so far (a
 * factor of e^-12, about 6 in a million): they practically never win, and most of the
 * 18 × 18 label pairs are such paths at any token.
 */
const PRUNE_BELOW_BEST = 12;

/** How plain decoding searches: the exact best sequence, or the greedy one (for comparison). */
export type Search = 'viterbi' | 'greedy';

export class BilouDecoder {
  readonly labels: readonly string[];
  private readonly features: FeatureExtractor;
  /** Ids of the label features, by label index (the model is fixed at inference). */
  private readonly previousIds: number[];
  private readonly pairIds: number[];
  private readonly allowed: boolean[][];
  private readonly final: boolean[];
  /** The fixed model's non-zero weights, built on the first plain decoding. */
  private sparse: SparseRows | null = null;
  private readonly historyIds = new Map<string, number>();
  /** Dense label-feature scores for Viterbi, built with `sparse`: `[previous][label]` and `[beforePrevious][previous][label]`. */
  private transitions: { previous: Float64Array; pair: Float64Array } | null = null;
  private moves: { next: number[][]; nextFinal: number[][]; before: number[][] } | null = null;
  private lattice: Lattice | null = null;

  constructor(
    private readonly model: WeightTable,
    resources: NerResources,
    private readonly search: Search = 'viterbi',
  ) {
    this.labels = model.labels;
    this.features = new FeatureExtractor(resources, (name) => model.featureId(name), model.featureNames?.());
    const withStart = [...model.labels.map((_, i) => this.labelName(i)), this.labelName(model.labels.length)];
    this.previousIds = withStart.map((previous) => model.featureId(previousLabelFeature(previous)));
    this.pairIds = withStart.flatMap((beforePrevious) => withStart.map((previous) => model.featureId(labelPairFeature(beforePrevious, previous))));
    this.allowed = bilouTransitions(model.labels);
    this.final = bilouFinal(model.labels);
  }

  /** BILOU label indices for each token of each sentence of one document. */
  decodeDocument(sentences: readonly (readonly string[])[], hooks: DecodeHooks = {}): number[][] {
    const { labels, weights } = this.model;
    const labelCount = labels.length;
    const start = labels.length;
    // How words are written across the document is read first; each sentence's own words are read
    // when it is decoded, so that a long document's sentences are never all held at once.
    const forms = this.features.documentForms(sentences);
    const history: LabelHistory = new Map();
    const scores = new Float64Array(labelCount);
    const names: string[] = [];
    const collect = (name: string) => names.push(name);
    const scoreName = (name: string) => addRow(weights, labelCount, this.model.featureId(name), scores, 0);

    // Plain decoding has the extractor sum each token's label-independent scores, and finds
    // label features by ids cached for the fixed model; training and hooks that watch work
    // with feature ids and names.
    const watched = hooks.sentenceFeatures !== undefined || hooks.decided !== undefined;
    const rows = watched ? null : (this.sparse ??= new SparseRows(weights, labelCount));
    const scoreHistoryName = (name: string) => rows!.add(this.historyId(name), scores, 0);
    return sentences.map((tokens, s) => {
      const features = watched ? hooks.sentenceFeatures?.(s) ?? this.features.sentenceIds(this.features.readSentence(tokens), forms) : null;
      const scored = rows === null ? null : this.features.sentenceScores(this.features.readSentence(tokens), forms, rows);
      const tokenScores = scored?.scores ?? scoresOfIds(features!, weights, labelCount);
      let result: number[];
      if (scored !== null && this.search === 'viterbi') {
        // Each token's history features are added to its row of the sentence's scores.
        let at = 0;
        const addHistory = (name: string) => rows!.add(this.historyId(name), tokenScores, at);
        for (let t = 0; t < tokens.length; t++) {
          at = t * labelCount;
          historyFeatures(tokens[t]!, scored.words[t]!.lower, history, addHistory);
        }
        result = this.viterbi(tokenScores, scored.words);
      } else {
        result = [];
        let previous = start;
        let beforePrevious = start;
        for (let t = 0; t < tokens.length; t++) {
          const word = tokens[t]!;
          const lower = scored?.words[t]!.lower ?? word.toLowerCase();
          for (let label = 0; label < labelCount; label++) scores[label] = tokenScores[t * labelCount + label]!;
          if (scored === null) {
            // Training: the model grows as it learns, so every name is looked up afresh.
            const previousName = this.labelName(previous);
            names.length = 0;
            names.push(previousLabelFeature(previousName), labelPairFeature(this.labelName(beforePrevious), previousName), afterLabelFeature(previousName, lower));
            historyFeatures(word, lower, history, collect);
            names.forEach(scoreName);
          } else {
            rows!.add(this.previousIds[previous]!, scores, 0);
            rows!.add(this.pairIds[beforePrevious * (labelCount + 1) + previous]!, scores, 0);
            rows!.add(this.features.afterLabelId(scored.words[t]!, previous, this.labelName(previous)), scores, 0);
            historyFeatures(word, lower, history, scoreHistoryName);
          }
          let label = this.best(scores, previous, t === tokens.length - 1);
          if (hooks.decided) label = hooks.decided(s, t, label, features!, names);
          result.push(label);
          beforePrevious = previous;
          previous = label;
        }
      }
      tokens.forEach((word, t) => recordLabel(history, word, scored?.words[t]!.lower ?? word.toLowerCase(), labels[result[t]!]!));
      return result;
    });
  }

  /**
   * The most probable valid label sequence of one sentence, given each token's scores without
   * the label features (`labelCount` per token). The perceptron is trained as a local
   * classifier (each label chosen given the gold labels before it), so its scores are turned
   * into a distribution over the labels allowed in each context (a softmax, as in a maximum
   * entropy Markov model) and the sequence maximises the product: summing raw perceptron scores
   * along a path instead rewards paths through labels whose continuations score high. States are
   * (previous label, label) pairs, because the label-pair feature looks two labels back.
   *
   * Pruning leaves about one label history per token, so each token visits only the states
   * still live (the list `lattice.live`) rather than all 306, and the tables are the decoder's
   * own, kept from sentence to sentence; states are still tried in the order that breaks ties.
   */
  private viterbi(tokenScores: Float64Array, words: readonly WordEntry[]): number[] {
    const labelCount = this.labels.length;
    const states = labelCount + 1;
    const start = labelCount;
    const { previous: previousScores, pair: pairScores } = (this.transitions ??= this.denseTransitions());
    const n = words.length;
    if (n === 0) return [];
    const lattice = (this.lattice ??= new Lattice(states * labelCount, labelCount));
    const back = lattice.backPointers(n * states * labelCount);
    const { local, values, previousLive, previousList } = lattice;
    const { next: nextLabels, nextFinal, before: labelsBefore } = (this.moves ??= this.validMoves());
    const rows = this.rows();
    // best[p * labelCount + c]: the best log-probability of a sequence ending in labels p, c
    // (-Infinity for a state no sequence reaches); `live` lists the states that one reaches.
    let { best, next, live, nextLive } = lattice;
    for (let t = 0; t < n; t++) {
      const choices = t === n - 1 ? nextFinal : nextLabels;
      // The previous labels (p) of the states a sequence reaches above the floor; before the
      // first token, only the start.
      let floor = -PRUNE_BELOW_BEST;
      previousList.length = 0;
      if (t === 0) previousList.push(start);
      else {
        let top = -Infinity;
        for (const state of live) if (best[state]! > top) top = best[state]!;
        floor = top - PRUNE_BELOW_BEST;
        for (const state of live) {
          const p = state % labelCount;
          if (best[state]! >= floor && previousLive[p] === 0) {
            previousLive[p] = 1;
            previousList.push(p);
          }
        }
      }
      for (const p of previousList) {
        previousLive[p] = 0;
        const allowed = choices[p]!;
        local.fill(0);
        rows.add(this.features.afterLabelId(words[t]!, p, this.labelName(p)), local, 0);
        for (const c of allowed) local[c] = local[c]! + tokenScores[t * labelCount + c]! + previousScores[p * labelCount + c]!;
        for (const q of t === 0 ? [start] : labelsBefore[p]!) {
          const before = t === 0 ? 0 : best[q * labelCount + p]!;
          if (before < floor) continue;
          const pair = (q * states + p) * labelCount;
          let max = -Infinity;
          for (const c of allowed) {
            values[c] = local[c]! + pairScores[pair + c]!;
            if (values[c]! > max) max = values[c]!;
          }
          let sum = 0;
          for (const c of allowed) sum += Math.exp(values[c]! - max);
          const logZ = max + Math.log(sum);
          for (const c of allowed) {
            const score = before + values[c]! - logZ;
            const state = p * labelCount + c;
            if (score > next[state]!) {
              if (next[state] === -Infinity) nextLive.push(state);
              next[state] = score;
              back[(t * states + p) * labelCount + c] = q;
            }
          }
        }
      }
      for (const state of live) best[state] = -Infinity;
      live.length = 0;
      [best, next, live, nextLive] = [next, best, nextLive, live];
    }
    let bestScore = -Infinity;
    let p = -1;
    let c = -1;
    for (let q = 0; q < states; q++) {
      for (let label = 0; label < labelCount; label++) {
        if (best[q * labelCount + label]! > bestScore) {
          bestScore = best[q * labelCount + label]!;
          p = q;
          c = label;
        }
      }
    }
    for (const state of live) best[state] = -Infinity;
    live.length = 0;
    const result = new Array<number>(n);
    for (let t = n - 1; t >= 0; t--) {
      result[t] = c;
      const q = back[(t * states + p) * labelCount + c]!;
      c = p;
      p = q;
    }
    return result;
  }

  /** For each state: the labels allowed next (and next at a sentence's end), and the labels allowed before it. */
  private validMoves(): { next: number[][]; nextFinal: number[][]; before: number[][] } {
    const labelCount = this.labels.length;
    const states = [...Array(labelCount + 1).keys()];
    const labels = states.slice(0, labelCount);
    return {
      next: states.map((p) => labels.filter((c) => this.allowed[p]![c])),
      nextFinal: states.map((p) => labels.filter((c) => this.allowed[p]![c] && this.final[c])),
      before: states.map((p) => (p === labelCount ? [] : states.filter((q) => this.allowed[q]![p]))),
    };
  }

  private rows(): SparseRows {
    return (this.sparse ??= new SparseRows(this.model.weights, this.labels.length));
  }

  /** The previous-label and label-pair feature rows as dense tables, for the fixed model. */
  private denseTransitions(): { previous: Float64Array; pair: Float64Array } {
    const labelCount = this.labels.length;
    const states = labelCount + 1;
    const previous = new Float64Array(states * labelCount);
    const pair = new Float64Array(states * states * labelCount);
    for (let p = 0; p < states; p++) {
      this.rows().add(this.previousIds[p]!, previous, p * labelCount);
      for (let q = 0; q < states; q++) this.rows().add(this.pairIds[q * states + p]!, pair, (q * states + p) * labelCount);
    }
    return { previous, pair };
  }

  /** The id of a label-history feature: a few dozen names, kept in a small map rather than looked up in the model's large one for every token. */
  private historyId(name: string): number {
    let id = this.historyIds.get(name);
    if (id === undefined) this.historyIds.set(name, (id = this.model.featureId(name)));
    return id;
  }

  private labelName(index: number): string {
    return this.model.labels[index] ?? '<s>';
  }

  private best(scores: Float64Array, previous: number, last: boolean): number {
    const allowed = this.allowed[previous]!;
    let best = -1;
    let bestScore = -Infinity;
    for (let label = 0; label < scores.length; label++) {
      if (!allowed[label] || (last && !this.final[label])) continue;
      if (scores[label]! > bestScore) {
        best = label;
        bestScore = scores[label]!;
      }
    }
    return best;
  }
}

/** The label-independent scores of each token, `labelCount` per token, from its feature ids. */
function scoresOfIds({ ids, offsets }: SentenceFeatures, weights: ArrayLike<number>, labelCount: number): Float64Array {
  const scores = new Float64Array((offsets.length - 1) * labelCount);
  for (let t = 0; t + 1 < offsets.length; t++) {
    for (let k = offsets[t]!; k < offsets[t + 1]!; k++) addRow(weights, labelCount, ids[k]!, scores, t * labelCount);
  }
  return scores;
}

/**
 * Viterbi's working tables, kept by a decoder from sentence to sentence: allocating them for
 * every sentence cost more than filling them. `best` and `next` hold -Infinity in every state
 * not listed in `live` and `nextLive`, which each token restores for the states it used.
 */
class Lattice {
  best: Float64Array;
  next: Float64Array;
  live: number[] = [];
  nextLive: number[] = [];
  readonly local: Float64Array;
  readonly values: Float64Array;
  /** Per label, whether it is in `previousList` (the previous labels of a token's live states). */
  readonly previousLive: Uint8Array;
  readonly previousList: number[] = [];
  private back = new Int16Array(0);

  constructor(size: number, labelCount: number) {
    this.best = new Float64Array(size).fill(-Infinity);
    this.next = new Float64Array(size).fill(-Infinity);
    this.local = new Float64Array(labelCount);
    this.values = new Float64Array(labelCount);
    this.previousLive = new Uint8Array(labelCount + 1);
  }

  /** A table of at least `size` back pointers; only the cells a sentence writes are read back. */
  backPointers(size: number): Int16Array {
    if (this.back.length < size) this.back = new Int16Array(Math.max(size, 2 * this.back.length));
    return this.back;
  }
}
