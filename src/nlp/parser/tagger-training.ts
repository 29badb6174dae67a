/**
 * Trains the part-of-speech tagger: an averaged perceptron, greedy, reading its own earlier
 * predictions as it will when tagging (Collins 2002). Deterministic: sentences are shuffled
 * with a seeded generator.
 */
import { seededRandom } from '../ner/random.js';
import { tagClass } from './classes.js';
import type { WordClusterTable } from './clusters.js';
import { AveragedPerceptron } from './perceptron.js';
import { tagWords } from './tagger.js';
import type { TreebankSentence } from './treebank.js';
import type { TrainedModel } from './weights.js';
import { wordAtoms } from './word-atoms.js';

export interface TrainingOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Called after each epoch with its number and the share of decisions that were wrong. */
  readonly onEpoch?: (epoch: number, errorRate: number) => void;
}

/** Shuffles `order` in place with `next` (Fisher-Yates). */
export function shuffle(order: number[], next: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

/** Every "UPOS XPOS" pair of the sentences, sorted: the tagger's classes. */
export function tagClassesOf(sentences: readonly TreebankSentence[]): string[] {
  return [...new Set(sentences.flatMap((s) => s.upos.map((upos, i) => tagClass(upos, s.xpos[i]!))))].sort();
}

/** Trains on `sentences` over `classes` (all the pairs of the whole data, so jack-knifed taggers share class ids). */
export function trainTagger(sentences: readonly TreebankSentence[], classes: readonly string[], clusters: WordClusterTable, options: TrainingOptions): TrainedModel {
  const classIndex = new Map(classes.map((name, i) => [name, i]));
  const gold = sentences.map((s) => s.upos.map((upos, i) => classIndex.get(tagClass(upos, s.xpos[i]!))!));
  const atoms = sentences.map((s) => wordAtoms(s.words, clusters));
  const model = new AveragedPerceptron(classes);
  const next = seededRandom(options.seed);
  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, next);
    let errors = 0;
    let total = 0;
    for (const index of order) {
      const tags = gold[index]!;
      tagWords(atoms[index]!, model, (i, keys, count, predicted) => {
        total++;
        if (predicted !== tags[i]) {
          errors++;
          model.update(keys, count, tags[i]!, predicted);
        }
        model.tick();
        return predicted;
      });
    }
    options.onEpoch?.(epoch, errors / Math.max(total, 1));
  }
  return model.averaged();
}
