/**
 * Greedy left-to-right decoding over a whole document, as in Ratinov & Roth's tagger: each
 * token's label is the best-scoring label allowed after the previous one (valid BILOU only),
 * and later tokens see the labels already chosen, in this sentence and earlier ones.
 * Greedy decoding scored as well as Viterbi for them at a fraction of the cost, and it is what
 * lets labels made earlier in the document become features.
 */
import { bilouFinal, bilouTransitions } from './tags.js';
import {
  afterLabelFeature, FeatureExtractor, historyFeatures, labelPairFeature, previousLabelFeature, recordLabel,
  type LabelHistory, type NerResources, type SentenceFeatures,
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

export class GreedyDecoder {
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

  constructor(
    private readonly model: WeightTable,
    resources: NerResources,
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
    const document = this.features.readDocument(sentences);
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
      const features = watched ? hooks.sentenceFeatures?.(s) ?? this.features.sentenceIds(document, s) : null;
      const scored = rows === null ? null : this.features.sentenceScores(document, s, rows);
      const tokenScores = scored?.scores ?? scoresOfIds(features!, weights, labelCount);
      const result: number[] = [];
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
        recordLabel(history, word, lower, labels[label]!);
        result.push(label);
        beforePrevious = previous;
        previous = label;
      }
      return result;
    });
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
