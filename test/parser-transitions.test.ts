import { describe, expect, it } from 'vitest';
import { Configuration, LEFT, MOVES, moveCosts, RIGHT, SHIFT, validMoves } from '../src/nlp/parser/transitions.js';
import { readTreebank, type TreebankSentence } from '../src/nlp/parser/treebank.js';
import { fixture } from './helpers.js';

const GOLD = readTreebank(fixture('parser/sentences.conllu'));
const RELATIONS = [...new Set(GOLD.flatMap((s) => s.deprels))].sort();

/** Follows the first least-cost valid move at every step, with the gold relation; returns the tree and the largest cost paid. */
function followOracle(gold: TreebankSentence): { heads: number[]; deprels: string[]; worst: number } {
  const n = gold.words.length;
  const goldHeads = Int32Array.from([0, ...gold.heads.map((h) => (h === 0 ? n + 1 : h)), 0]);
  const config = new Configuration(n);
  const valid = new Uint8Array(MOVES.length);
  const costs = new Int32Array(MOVES.length);
  let worst = 0;
  while (!config.done) {
    validMoves(config, valid);
    moveCosts(config, goldHeads, valid, costs);
    let best = -1;
    for (let move = 0; move < MOVES.length; move++) if (valid[move] && (best < 0 || costs[move]! < costs[best]!)) best = move;
    worst = Math.max(worst, costs[best]!);
    config.apply(best, best === SHIFT ? -1 : RELATIONS.indexOf(gold.deprels[config.s(0) - 1]!));
  }
  const heads = Array.from(config.heads.slice(1, n + 1), (h) => (h === n + 1 ? 0 : h));
  return { heads, deprels: Array.from(config.labels.slice(1, n + 1), (l) => RELATIONS[l - 1]!), worst };
}

describe('arc-hybrid transitions and dynamic oracle', () => {
  it.each(GOLD.map((s) => [s.words.join(' '), s]))('reaches the gold tree of "%s" at no cost', (_, gold) => {
    const parsed = followOracle(gold as TreebankSentence);
    expect(parsed.worst).toBe(0);
    expect(parsed.heads).toEqual((gold as TreebankSentence).heads);
    expect(parsed.deprels).toEqual((gold as TreebankSentence).deprels);
  });

  it('charges a move for each gold arc it makes unreachable', () => {
    // "The minister signed": shifting "minister" over "The" loses The <- minister.
    const gold = GOLD[0]!;
    const n = gold.words.length;
    const goldHeads = Int32Array.from([0, ...gold.heads.map((h) => (h === 0 ? n + 1 : h)), 0]);
    const config = new Configuration(n);
    config.apply(SHIFT, -1);
    const valid = new Uint8Array(MOVES.length);
    const costs = new Int32Array(MOVES.length);
    validMoves(config, valid);
    moveCosts(config, goldHeads, valid, costs);
    expect([costs[SHIFT], costs[LEFT]]).toEqual([1, 0]);
    expect(valid[RIGHT]).toBe(0);
  });

  it('lets only the last word on the stack attach to the root', () => {
    const config = new Configuration(2);
    config.apply(SHIFT, -1);
    config.apply(SHIFT, -1);
    const valid = new Uint8Array(MOVES.length);
    validMoves(config, valid);
    expect(Array.from(valid)).toEqual([0, 0, 1]);
  });
});
