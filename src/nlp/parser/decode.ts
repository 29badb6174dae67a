/**
 * Greedy arc-hybrid decoding: at each configuration, the highest-scoring valid move; after
 * an arc move, the highest-scoring relation for that arc (the root arc is always `root`, no
 * other arc is). Scoring moves and relations apart costs a little accuracy against one
 * classifier over every labelled move, and makes parsing several times faster: a feature's
 * row holds three move weights instead of a hundred. Training runs the same loop through a
 * `Teacher`, which may replace each decision; it reads every feature's key, where parsing alone
 * keeps the scores of the features that read one word's fixed facts (`GroupMoveScores`).
 */
import { LABEL_FEATURES, labelFeatures } from './label-features.js';
import { contextFeatures, FEATURE_GROUPS, groupFeatures, groupWords, PARSER_FEATURES, parserFeatures, sentenceAtoms, type SentenceAtoms } from './parser-features.js';
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

/**
 * The move scores of each feature group (parser-features.ts) for each word of one sentence,
 * scored the first time the word takes the group's place and kept: the group reads nothing a
 * later move changes. About a third of a configuration's features are looked up again this way
 * instead of hashed and fetched from the large weight table. Scores are sums of integer
 * weights, exact in any order, so the moves are those that scoring every key gives.
 */
class GroupMoveScores {
  private readonly wordCount: number;
  /** `sums[(group * wordCount + word) * 3 + move]`, valid where `known[group * wordCount + word]` is 1. */
  private readonly sums: Float64Array;
  private readonly known: Uint8Array;
  private readonly groupScores = new Float64Array(MOVES.length);
  private readonly words = new Int32Array(FEATURE_GROUPS);

  constructor(private readonly moves: Scorer, config: Configuration) {
    this.wordCount = config.root + 1;
    this.sums = new Float64Array(FEATURE_GROUPS * this.wordCount * MOVES.length);
    this.known = new Uint8Array(FEATURE_GROUPS * this.wordCount);
  }

  /** Adds every group's scores in `config` to `scores`; `keys` is scratch. */
  addTo(config: Configuration, atoms: SentenceAtoms, keys: Uint32Array, scores: Float64Array): void {
    const { sums, known, groupScores, words } = this;
    groupWords(config, words);
    for (let group = 0; group < FEATURE_GROUPS; group++) {
      const cell = group * this.wordCount + words[group]!;
      const base = cell * MOVES.length;
      if (known[cell] === 0) {
        this.moves.score(keys, groupFeatures(group, words[group]!, config, atoms, keys, 0), groupScores);
        for (let m = 0; m < MOVES.length; m++) sums[base + m] = groupScores[m]!;
        known[cell] = 1;
      }
      for (let m = 0; m < MOVES.length; m++) scores[m]! += sums[base + m]!;
    }
  }
}

/** The one valid move, or -1 when there are several. */
function onlyValidMove(valid: Uint8Array): number {
  let move = -1;
  for (let m = 0; m < MOVES.length; m++) {
    if (valid[m] === 0) continue;
    if (move >= 0) return -1;
    move = m;
  }
  return move;
}

/** The valid move of highest score (the first of equal ones). */
function bestValidMove(valid: Uint8Array, scores: Float64Array): number {
  let move = -1;
  for (let m = 0; m < MOVES.length; m++) if (valid[m] && (move < 0 || scores[m]! > scores[move]!)) move = m;
  return move;
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
  const groupScores = teacher ? undefined : new GroupMoveScores(moves, config);
  while (!config.done) {
    validMoves(config, valid);
    let move: number;
    if (groupScores) {
      // The only valid move (a shift onto an empty stack, the arcs left once the buffer holds
      // only the root) needs no scores: they could not choose another.
      move = onlyValidMove(valid);
      if (move < 0) {
        moves.score(keys, contextFeatures(config, atoms, keys), moveScores);
        groupScores.addTo(config, atoms, keys, moveScores);
        move = bestValidMove(valid, moveScores);
      }
    } else {
      const count = parserFeatures(config, atoms, keys);
      moves.score(keys, count, moveScores);
      move = bestValidMove(valid, moveScores);
      if (teacher) move = teacher.move(config, keys, count, move, moveScores, valid);
    }
    if (move === SHIFT) {
      config.apply(move, -1);
      continue;
    }
    const head = config.headFor(move);
    const dependent = config.s(0);
    let label = rootLabel;
    if (head !== config.root) {
      const count = labelFeatures(config, atoms, head, dependent, keys);
      labels.score(keys, count, labelScores);
      label = -1;
      for (let l = 0; l < labels.classCount; l++) if (l !== rootLabel && (label < 0 || labelScores[l]! > labelScores[label]!)) label = l;
      if (teacher) label = teacher.label(config, head, dependent, keys, count, label, labelScores);
    }
    config.apply(move, label);
  }
  return config;
}
