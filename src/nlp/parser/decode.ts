/**
 * Greedy arc-hybrid decoding: at each configuration, the highest-scoring valid move; after
 * an arc move, the highest-scoring relation for that arc (the root arc is always `root`, no
 * other arc is). Scoring moves and relations apart costs a little accuracy against one
 * classifier over every labelled move, and makes parsing several times faster: a feature's
 * row holds three move weights instead of a hundred. Training runs the same loop through a
 * `Teacher`, which may replace each decision.
 */
import { LABEL_FEATURES, labelFeatures } from './label-features.js';
import { PARSER_FEATURES, parserFeatures, sentenceAtoms } from './parser-features.js';
import { Configuration, MOVES, SHIFT, validMoves } from './transitions.js';
import type { Scorer } from './weights.js';
import type { WordAtoms } from './word-atoms.js';

export interface TransitionModel {
  readonly moves: Scorer;
  readonly labels: Scorer;
  readonly rootLabel: number;
}

/** Training's view of each decision: returns the move or relation to apply, after any update. */
export interface Teacher {
  move(config: Configuration, keys: Uint32Array, count: number, predicted: number, scores: Float64Array, valid: Uint8Array): number;
  label(config: Configuration, head: number, dependent: number, keys: Uint32Array, count: number, predicted: number, scores: Float64Array): number;
}

/** Parses one sentence given what is known of its words and their tag ids; the configuration holds the tree. */
export function parseTagged(words: WordAtoms, tags: Int32Array, model: TransitionModel, teacher?: Teacher): Configuration {
  const { moves, labels, rootLabel } = model;
  const config = new Configuration(tags.length);
  const atoms = sentenceAtoms(words, tags);
  const keys = new Uint32Array(Math.max(PARSER_FEATURES, LABEL_FEATURES));
  const moveScores = new Float64Array(MOVES.length);
  const labelScores = new Float64Array(labels.classCount);
  const valid = new Uint8Array(MOVES.length);
  while (!config.done) {
    let count = parserFeatures(config, atoms, keys);
    moves.score(keys, count, moveScores);
    validMoves(config, valid);
    let move = -1;
    for (let m = 0; m < MOVES.length; m++) if (valid[m] && (move < 0 || moveScores[m]! > moveScores[move]!)) move = m;
    if (teacher) move = teacher.move(config, keys, count, move, moveScores, valid);
    if (move === SHIFT) {
      config.apply(move, -1);
      continue;
    }
    const head = config.headFor(move);
    const dependent = config.s(0);
    let label = rootLabel;
    if (head !== config.root) {
      count = labelFeatures(config, atoms, head, dependent, keys);
      labels.score(keys, count, labelScores);
      label = -1;
      for (let l = 0; l < labels.classCount; l++) if (l !== rootLabel && (label < 0 || labelScores[l]! > labelScores[label]!)) label = l;
      if (teacher) label = teacher.label(config, head, dependent, keys, count, label, labelScores);
    }
    config.apply(move, label);
  }
  return config;
}
