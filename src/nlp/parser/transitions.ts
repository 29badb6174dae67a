/**
 * The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) with the root
 * at the end of the buffer (Ballesteros & Nivre 2013) and its dynamic oracle (Goldberg &
 * Nivre 2013). Words are 1..n; the root is n + 1, reported as head 0.
 *
 *   SHIFT    moves the buffer's front b0 onto the stack
 *   LEFT     makes b0 the head of the stack's top s0 and pops s0
 *   RIGHT    makes s1 the head of s0 and pops s0
 *
 * Only one word may attach to the root (LEFT from the root with s0 the stack's only word),
 * so every parse is a tree with a single root: no post-processing repairs anything. Moves
 * are unlabelled; the arc's relation is chosen after the move (see decode.ts).
 */
import { int32Columns } from './columns.js';

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVES = ['SHIFT', 'LEFT', 'RIGHT'] as const;

const CONFIGURATION_COLUMNS = [
  'stack', 'heads', 'labels', 'leftmost', 'leftmost2', 'rightmost', 'rightmost2', 'leftCount', 'rightCount',
  'leftLabelsLow', 'leftLabelsHigh', 'rightLabelsLow', 'rightLabelsHigh',
] as const;

/** A parser configuration, with what the features read from the partial tree. */
export class Configuration {
  readonly n: number;
  readonly root: number;
  readonly stack: Int32Array;
  depth = 0;
  /** The buffer's front; the buffer is always front..root. */
  front = 1;
  readonly heads: Int32Array;
  /** Label index + 1 of each word's arc (0 = none yet). */
  readonly labels: Int32Array;
  readonly leftmost: Int32Array;
  readonly leftmost2: Int32Array;
  readonly rightmost: Int32Array;
  readonly rightmost2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  /** Bit sets of the labels of each word's left and right dependents (two 32-bit halves). */
  readonly leftLabelsLow: Int32Array;
  readonly leftLabelsHigh: Int32Array;
  readonly rightLabelsLow: Int32Array;
  readonly rightLabelsHigh: Int32Array;

  constructor(n: number) {
    this.n = n;
    this.root = n + 1;
    const columns = int32Columns(CONFIGURATION_COLUMNS, n + 2);
    this.stack = columns.stack;
    this.heads = columns.heads;
    this.labels = columns.labels;
    this.leftmost = columns.leftmost;
    this.leftmost2 = columns.leftmost2;
    this.rightmost = columns.rightmost;
    this.rightmost2 = columns.rightmost2;
    this.leftCount = columns.leftCount;
    this.rightCount = columns.rightCount;
    this.leftLabelsLow = columns.leftLabelsLow;
    this.leftLabelsHigh = columns.leftLabelsHigh;
    this.rightLabelsLow = columns.rightLabelsLow;
    this.rightLabelsHigh = columns.rightLabelsHigh;
  }

  get done(): boolean {
    return this.front === this.root && this.depth === 0;
  }

  /** The stack's i-th word from the top (0 = s0), or 0 when the stack is shallower. */
  s(i: number): number {
    return i < this.depth ? this.stack[this.depth - 1 - i]! : 0;
  }

  /** The buffer's i-th word (0 = b0), or 0 past the root. */
  b(i: number): number {
    const word = this.front + i;
    return word <= this.root ? word : 0;
  }

  /** The head an arc move would give s0: b0 for LEFT, s1 for RIGHT. */
  headFor(move: number): number {
    return move === LEFT ? this.front : this.s(1);
  }

  /** Applies `move`; an arc move gives its dependent the relation `label`. */
  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.depth++] = this.front++;
      return;
    }
    const head = this.headFor(move);
    this.attach(head, this.stack[--this.depth]!, label);
  }

  private attach(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label + 1;
    const bit = 1 << (label & 31);
    // Left dependents arrive right to left and right dependents left to right, so the newest is the outermost.
    if (dependent < head) {
      this.leftmost2[head] = this.leftmost[head]!;
      this.leftmost[head] = dependent;
      this.leftCount[head]!++;
      if (label < 32) this.leftLabelsLow[head]! |= bit;
      else this.leftLabelsHigh[head]! |= bit;
    } else {
      this.rightmost2[head] = this.rightmost[head]!;
      this.rightmost[head] = dependent;
      this.rightCount[head]!++;
      if (label < 32) this.rightLabelsLow[head]! |= bit;
      else this.rightLabelsHigh[head]! |= bit;
    }
  }
}

/** Which moves are allowed now: SHIFT before the root; LEFT to the root only from the stack's last word. */
export function validMoves(config: Configuration, valid: Uint8Array): void {
  const atRoot = config.front === config.root;
  valid[SHIFT] = atRoot ? 0 : 1;
  valid[LEFT] = config.depth >= 1 && (!atRoot || config.depth === 1) ? 1 : 0;
  valid[RIGHT] = config.depth >= 2 ? 1 : 0;
}

/**
 * The dynamic oracle's cost of every valid move: how many gold arcs, still reachable, the
 * move would make unreachable. `goldHeads` use the configuration's numbering (root = n + 1).
 */
export function moveCosts(config: Configuration, goldHeads: Int32Array, valid: Uint8Array, costs: Int32Array): void {
  const s0 = config.s(0);
  const s1 = config.s(1);
  const b0 = config.front;
  if (valid[SHIFT]) {
    let cost = 0;
    for (let i = 0; i < config.depth; i++) {
      const word = config.stack[i]!;
      if (goldHeads[word] === b0) cost++;
      if (goldHeads[b0] === word && word !== s0) cost++;
    }
    costs[SHIFT] = cost;
  }
  if (s0 === 0) return;
  let dependentsInBuffer = 0;
  for (let word = b0; word <= config.n; word++) if (goldHeads[word] === s0) dependentsInBuffer++;
  const head = goldHeads[s0]!;
  const headInBuffer = head >= b0;
  costs[LEFT] = dependentsInBuffer + ((s1 !== 0 && head === s1) || (headInBuffer && head !== b0) ? 1 : 0);
  costs[RIGHT] = dependentsInBuffer + (headInBuffer ? 1 : 0);
}
