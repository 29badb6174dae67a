/**
 * Greedy left-to-right decoding over a whole document, as in Ratinov & Roth's tagger: each
 * token's label is the best-scoring label allowed after the previous one (valid BILOU only),
 * and later tokens see the labels already chosen, in this sentence and earlier ones.
 * Greedy decoding scored as well as Viterbi for them at a fraction of the cost, and it is what
 * lets labels made earlier in the document become features.
 */
import { bilouFinal, bilouTransitions } from './tags.js';
import { documentContext, labelFeatures, recordLabel, sentenceFeatures, type LabelHistory, type NerResources } from './features.js';
import type { WeightTable } from './model.js';

/** Lets training watch and steer decoding; inference passes none. */
export interface DecodeHooks {
  /** Precomputed label-independent feature ids of a token. */
  staticIds?(sentence: number, token: number): ArrayLike<number>;
  /**
   * Called with each prediction and the features behind it; returns the label the rest of
   * the document should see (training may substitute the gold label).
   */
  decided?(sentence: number, token: number, predicted: number, staticIds: ArrayLike<number>, labelFeatureNames: string[]): number;
}

export class GreedyDecoder {
  readonly labels: readonly string[];
  private readonly allowed: boolean[][];
  private readonly final: boolean[];

  constructor(
    private readonly model: WeightTable,
    private readonly resources: NerResources,
  ) {
    this.labels = model.labels;
    this.allowed = bilouTransitions(model.labels);
    this.final = bilouFinal(model.labels);
  }

  /** Label-independent feature ids of every token of one sentence (unknown features dropped). */
  sentenceIds(tokens: readonly string[], context: ReturnType<typeof documentContext>, featureId: (name: string) => number): number[][] {
    const ids: number[][] = tokens.map(() => []);
    sentenceFeatures(tokens, context, this.resources, (i) => (name) => {
      const id = featureId(name);
      if (id >= 0) ids[i]!.push(id);
    });
    return ids;
  }

  /** BILOU label indices for each token of each sentence of one document. */
  decodeDocument(sentences: readonly (readonly string[])[], hooks: DecodeHooks = {}): number[][] {
    const { labels, weights } = this.model;
    const labelCount = labels.length;
    const start = labels.length;
    const context = documentContext(sentences);
    const history: LabelHistory = new Map();
    const scores = new Float64Array(labelCount);
    const dynamicNames: string[] = [];
    const collect = (name: string) => dynamicNames.push(name);

    return sentences.map((tokens, s) => {
      const sentenceIds = hooks.staticIds ? null : this.sentenceIds(tokens, context, (name) => this.model.featureId(name));
      const result: number[] = [];
      let previous = start;
      let beforePrevious = start;
      for (let t = 0; t < tokens.length; t++) {
        const word = tokens[t]!;
        const ids = hooks.staticIds ? hooks.staticIds(s, t) : sentenceIds![t]!;
        dynamicNames.length = 0;
        labelFeatures(word, word.toLowerCase(), this.labelName(previous), this.labelName(beforePrevious), history, collect);
        scores.fill(0);
        addRows(weights, labelCount, ids, scores);
        for (const name of dynamicNames) {
          const id = this.model.featureId(name);
          if (id >= 0) addRow(weights, labelCount, id, scores);
        }
        let label = this.best(scores, previous, t === tokens.length - 1);
        if (hooks.decided) label = hooks.decided(s, t, label, ids, dynamicNames);
        recordLabel(history, word, labels[label]!);
        result.push(label);
        beforePrevious = previous;
        previous = label;
      }
      return result;
    });
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

function addRow(weights: ArrayLike<number>, labelCount: number, feature: number, scores: Float64Array): void {
  const base = feature * labelCount;
  for (let label = 0; label < labelCount; label++) scores[label]! += weights[base + label]!;
}

function addRows(weights: ArrayLike<number>, labelCount: number, features: ArrayLike<number>, scores: Float64Array): void {
  for (let i = 0; i < features.length; i++) addRow(weights, labelCount, features[i]!, scores);
}
