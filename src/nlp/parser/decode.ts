/**
 * Greedy arc-hybrid decoding: at each configuration, the highest-scoring valid move. Training
 * runs the same loop and may replace each prediction (the dynamic oracle's exploration).
 */
import { PARSER_FEATURES, parserFeatures, sentenceAtoms } from './parser-features.js';
import { Configuration, validMoves } from './transitions.js';
import type { Scorer } from './weights.js';

/** Called for each move while training: the move to apply, after any update. */
export type MoveDecision = (config: Configuration, keys: Uint32Array, count: number, predicted: number, scores: Float64Array, valid: Uint8Array) => number;

export interface TransitionModel {
  readonly scorer: Scorer;
  readonly labelCount: number;
  readonly rootLabel: number;
}

/** Parses one sentence given its hashed word forms and tag ids; the configuration holds the tree. */
export function parseTagged(forms: Int32Array, tags: Int32Array, model: TransitionModel, decide?: MoveDecision): Configuration {
  const { scorer, labelCount, rootLabel } = model;
  const config = new Configuration(forms.length);
  const atoms = sentenceAtoms(forms, tags);
  const keys = new Uint32Array(PARSER_FEATURES);
  const scores = new Float64Array(scorer.classCount);
  const valid = new Uint8Array(scorer.classCount);
  while (!config.done) {
    const count = parserFeatures(config, atoms, keys);
    scorer.score(keys, count, scores);
    validMoves(config, labelCount, rootLabel, valid);
    let best = -1;
    for (let move = 0; move < valid.length; move++) {
      if (valid[move] && (best < 0 || scores[move]! > scores[best]!)) best = move;
    }
    config.apply(decide ? decide(config, keys, count, best, scores, valid) : best, labelCount);
  }
  return config;
}
