/**
 * Trains the move classifier and the relation classifier: averaged perceptrons taught by the
 * arc-hybrid dynamic oracle (Goldberg & Nivre 2012, 2013). At each configuration the move
 * model is updated towards its best-scoring move of least cost; after the first epochs the
 * parser then follows its own prediction, right or wrong, with probability `explore`, so it
 * learns to recover from its mistakes. The relation model learns on every arc whose head is
 * right. Deterministic: shuffles and exploration draw from one seeded generator.
 */
import { seededRandom } from '../ner/random.js';
import { ROOT_RELATION } from './classes.js';
import type { WordClusterTable } from './clusters.js';
import { parseTagged, type Teacher } from './decode.js';
import { AveragedPerceptron } from './perceptron.js';
import { shuffle, type TrainingOptions } from './tagger-training.js';
import { MOVES, moveCosts } from './transitions.js';
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

/**
 * Whether every arc's span holds only words under its head. The arc-hybrid oracle's costs
 * assume a projective tree, so the parser trains only on such sentences.
 */
export function isProjective(heads: readonly number[]): boolean {
  const dominates = (head: number, word: number): boolean => {
    for (let at = word; at !== 0; at = heads[at - 1]!) if (at === head) return true;
    return false;
  };
  return heads.every((head, i) => {
    if (head === 0) return true;
    const [from, to] = head < i + 1 ? [head, i + 1] : [i + 1, head];
    for (let k = from + 1; k < to; k++) if (!dominates(head, k)) return false;
    return true;
  });
}

export interface TrainedParser {
  readonly moves: TrainedModel;
  readonly labels: TrainedModel;
}

export function trainParser(sentences: readonly TaggedSentence[], relations: readonly string[], clusters: WordClusterTable, options: ParserTrainingOptions): TrainedParser {
  const relationIndex = new Map(relations.map((r, i) => [r, i]));
  const moves = new AveragedPerceptron(MOVES);
  const labels = new AveragedPerceptron(relations);
  const model = { moves, labels, rootLabel: relationIndex.get(ROOT_RELATION)! };
  const prepared = sentences.map(({ gold, tags }) => {
    const n = gold.words.length;
    const goldHeads = new Int32Array(n + 2);
    const goldLabels = new Int32Array(n + 2);
    gold.heads.forEach((head, i) => {
      goldHeads[i + 1] = head === 0 ? n + 1 : head;
      goldLabels[i + 1] = relationIndex.get(gold.deprels[i]!)!;
    });
    return { words: wordAtoms(gold.words, clusters), tags, goldHeads, goldLabels };
  });

  const next = seededRandom(options.seed);
  const order = prepared.map((_, i) => i);
  const costs = new Int32Array(MOVES.length);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, next);
    const explore = epoch >= options.exploreFrom ? options.explore : 0;
    let errors = 0;
    let total = 0;
    for (const index of order) {
      const { words, tags, goldHeads, goldLabels } = prepared[index]!;
      const teacher: Teacher = {
        move(config, keys, count, predicted, scores, valid) {
          moveCosts(config, goldHeads, valid, costs);
          let least = Infinity;
          for (let move = 0; move < MOVES.length; move++) if (valid[move] && costs[move]! < least) least = costs[move]!;
          let best = -1;
          for (let move = 0; move < MOVES.length; move++) {
            if (valid[move] && costs[move] === least && (best < 0 || scores[move]! > scores[best]!)) best = move;
          }
          total++;
          moves.tick();
          if (costs[predicted] === least) return predicted;
          errors++;
          moves.update(keys, count, best, predicted);
          return explore > 0 && next() < explore ? predicted : best;
        },
        label(_config, head, dependent, keys, count, predicted) {
          if (goldHeads[dependent] !== head) return predicted;
          const gold = goldLabels[dependent]!;
          labels.tick();
          if (predicted !== gold) labels.update(keys, count, gold, predicted);
          return gold;
        },
      };
      parseTagged(words, tags, model, teacher);
    }
    options.onEpoch?.(epoch, errors / Math.max(total, 1));
  }
  return { moves: moves.averaged(), labels: labels.averaged() };
}
