import { describe, expect, it } from 'vitest';
import { moveClasses, ROOT_RELATION } from '../src/nlp/parser/classes.js';
import { Configuration, moveCosts, SHIFT, validMoves } from '../src/nlp/parser/transitions.js';
import { readTreebank, type TreebankSentence } from '../src/nlp/parser/treebank.js';
import { fixture } from './helpers.js';

const GOLD = readTreebank(fixture('parser/sentences.conllu'));
const RELATIONS = [...new Set(GOLD.flatMap((s) => s.deprels))].sort();
const CLASSES = moveClasses(RELATIONS);

/** Follows the first least-cost valid move at every step; returns the tree and the largest cost paid. */
function followOracle(gold: TreebankSentence): { heads: number[]; deprels: string[]; worst: number } {
  const n = gold.words.length;
  const goldHeads = Int32Array.from([0, ...gold.heads.map((h) => (h === 0 ? n + 1 : h)), 0]);
  const goldLabels = Int32Array.from([0, ...gold.deprels.map((r) => RELATIONS.indexOf(r)), 0]);
  const config = new Configuration(n);
  const valid = new Uint8Array(CLASSES.length);
  const costs = new Int32Array(CLASSES.length);
  let worst = 0;
  while (!config.done) {
    validMoves(config, RELATIONS.length, RELATIONS.indexOf(ROOT_RELATION), valid);
    moveCosts(config, goldHeads, goldLabels, RELATIONS.length, valid, costs);
    let best = -1;
    for (let move = 0; move < CLASSES.length; move++) if (valid[move] && (best < 0 || costs[move]! < costs[best]!)) best = move;
    worst = Math.max(worst, costs[best]!);
    config.apply(best, RELATIONS.length);
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
    const goldLabels = Int32Array.from([0, ...gold.deprels.map((r) => RELATIONS.indexOf(r)), 0]);
    const config = new Configuration(n);
    config.apply(SHIFT, RELATIONS.length);
    const valid = new Uint8Array(CLASSES.length);
    const costs = new Int32Array(CLASSES.length);
    validMoves(config, RELATIONS.length, RELATIONS.indexOf(ROOT_RELATION), valid);
    moveCosts(config, goldHeads, goldLabels, RELATIONS.length, valid, costs);
    expect(costs[SHIFT]).toBe(1);
    expect(costs[CLASSES.indexOf('L:det')]).toBe(0);
    expect(costs[CLASSES.indexOf('L:nsubj')]).toBe(1);
  });

  it('lets only the last word on the stack attach to the root, and only as root', () => {
    const config = new Configuration(2);
    config.apply(SHIFT, RELATIONS.length);
    config.apply(SHIFT, RELATIONS.length);
    const valid = new Uint8Array(CLASSES.length);
    validMoves(config, RELATIONS.length, RELATIONS.indexOf(ROOT_RELATION), valid);
    expect(CLASSES.filter((_, move) => valid[move])).toEqual(CLASSES.filter((name) => name.startsWith('R:') && name !== 'R:root'));
  });
});
