/**
 * Trains the transition classifier: an averaged perceptron taught by the arc-hybrid dynamic
 * oracle (Goldberg & Nivre 2012, 2013). At each configuration the model is updated towards
 * its best-scoring move of least cost; after the first epochs the parser then follows its
 * own prediction, right or wrong, with probability `explore`, so it learns to recover from
 * its mistakes. Deterministic: shuffles and exploration draw from one seeded generator.
 */
import { seededRandom } from '../ner/random.js';
import { moveClasses, ROOT_RELATION } from './classes.js';
import { parseTagged, type MoveDecision } from './decode.js';
import { AveragedPerceptron } from './perceptron.js';
import { shuffle, type TrainingOptions } from './tagger-training.js';
import { moveCosts } from './transitions.js';
import type { TreebankSentence } from './treebank.js';
import type { TrainedModel } from './weights.js';
import { wordAtoms } from './word-atoms.js';

export interface ParserTrainingOptions extends TrainingOptions {
  /** Probability of following a wrong prediction, from epoch `exploreFrom` on. */
  readonly explore: number;
  readonly exploreFrom: number;
}

/** A training sentence with the tags the parser will see (the tagger's, jack-knifed). */
export interface TaggedSentence {
  readonly gold: TreebankSentence;
  readonly tags: Int32Array;
}

/** Relation labels are kept as bits of two 32-bit sets per word (see Configuration). */
const MAX_RELATIONS = 64;

export function relationsIn(sentences: readonly TreebankSentence[]): string[] {
  const relations = [...new Set(sentences.flatMap((s) => s.deprels))].sort();
  if (!relations.includes(ROOT_RELATION)) throw new Error('the training data has no root relation');
  if (relations.length > MAX_RELATIONS) throw new Error(`the training data has ${relations.length} relations; at most ${MAX_RELATIONS} are supported`);
  return relations;
}

export function trainParser(sentences: readonly TaggedSentence[], relations: readonly string[], options: ParserTrainingOptions): TrainedModel {
  const classes = moveClasses(relations);
  const labelCount = relations.length;
  const relationIndex = new Map(relations.map((r, i) => [r, i]));
  const model = new AveragedPerceptron(classes);
  const transitions = { scorer: model, labelCount, rootLabel: relationIndex.get(ROOT_RELATION)! };
  const prepared = sentences.map(({ gold, tags }) => {
    const n = gold.words.length;
    const goldHeads = new Int32Array(n + 2);
    const goldLabels = new Int32Array(n + 2);
    gold.heads.forEach((head, i) => {
      goldHeads[i + 1] = head === 0 ? n + 1 : head;
      goldLabels[i + 1] = relationIndex.get(gold.deprels[i]!) ?? -1;
    });
    return { forms: wordAtoms(gold.words).form, tags, goldHeads, goldLabels };
  });

  const next = seededRandom(options.seed);
  const order = prepared.map((_, i) => i);
  const costs = new Int32Array(classes.length);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, next);
    const explore = epoch >= options.exploreFrom ? options.explore : 0;
    let errors = 0;
    let total = 0;
    for (const index of order) {
      const { forms, tags, goldHeads, goldLabels } = prepared[index]!;
      const decide: MoveDecision = (config, keys, count, predicted, scores, valid) => {
        moveCosts(config, goldHeads, goldLabels, labelCount, valid, costs);
        let least = Infinity;
        for (let move = 0; move < valid.length; move++) if (valid[move] && costs[move]! < least) least = costs[move]!;
        let best = -1;
        for (let move = 0; move < valid.length; move++) {
          if (valid[move] && costs[move] === least && (best < 0 || scores[move]! > scores[best]!)) best = move;
        }
        total++;
        model.tick();
        if (costs[predicted] === least) return predicted;
        errors++;
        model.update(keys, count, best, predicted);
        return explore > 0 && next() < explore ? predicted : best;
      };
      parseTagged(forms, tags, transitions, decide);
    }
    options.onEpoch?.(epoch, errors / Math.max(total, 1));
  }
  return model.averaged();
}
