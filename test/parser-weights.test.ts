import { describe, expect, it } from 'vitest';
import { HashedWeights, MoveWeights, type WeightRows } from '../src/nlp/parser/weights.js';

/** Rows of three-class weights for `keys`, some with a class or two missing. */
function rowsFor(keys: number[]): WeightRows {
  const starts = [0];
  const packed: number[] = [];
  keys.forEach((key, row) => {
    for (let c = 0; c < 3; c++) if ((row + c) % 4 !== 0) packed.push(((((row * 7919 + c * 104729) % 65535) - 32767) << 16) | c);
    starts.push(packed.length);
  });
  return { kind: 'parser', classes: ['SHIFT', 'LEFT', 'RIGHT'], scale: 1, config: {}, keys: Uint32Array.from(keys), starts: Int32Array.from(starts), packed: Int32Array.from(packed) };
}

describe('MoveWeights', () => {
  it('scores every key, present or absent, as HashedWeights does', () => {
    let seed = 17;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) || 1;
    // 24 keys sharing a home slot in the smallest table, so it must grow; then keys anywhere.
    const crowded = Array.from({ length: 24 }, (_, i) => ((i + 1) * 2 ** 20 + 0x345) >>> 0);
    const present = [...new Set([...crowded, ...Array.from({ length: 5000 }, random)])];
    const rows = rowsFor(present);
    const compact = new MoveWeights(rows);
    const reference = new HashedWeights(rows);
    const probes = [...present, ...Array.from({ length: 5000 }, random), ...crowded.map((key) => key + 2 ** 31)];
    const expected = new Float64Array(3);
    const actual = new Float64Array(3);
    for (let start = 0; start < probes.length; start += 50) {
      const keys = Uint32Array.from(probes.slice(start, start + 50));
      reference.score(keys, keys.length, expected);
      compact.score(keys, keys.length, actual);
      expect(actual).toEqual(expected);
    }
  });
});
