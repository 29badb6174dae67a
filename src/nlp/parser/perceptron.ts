/**
 * An averaged perceptron over hashed feature keys, for training (Collins 2002). A row of
 * class weights is created the first time a feature takes part in an update, so features
 * seen only where the model was already right cost nothing. Averaging is lazy: besides each
 * weight it keeps the sum of update × time (Daumé's trick), and the average is
 * `weight - sum / time` at the end.
 */
import type { Scorer, TrainedModel } from './weights.js';

export class AveragedPerceptron implements Scorer {
  private mask: number;
  private slots: Int32Array;
  private keys = new Uint32Array(1 << 16);
  private weights: Float32Array;
  private timedSums: Float64Array;
  private rows = 0;
  /** Number of decisions seen so far: the averaging clock. */
  private time = 1;

  constructor(readonly classes: readonly string[]) {
    this.mask = (1 << 17) - 1;
    this.slots = new Int32Array((this.mask + 1) * 2);
    this.weights = new Float32Array(this.keys.length * classes.length);
    this.timedSums = new Float64Array(this.keys.length * classes.length);
  }

  get classCount(): number {
    return this.classes.length;
  }

  private findSlot(key: number): number {
    let slot = key & this.mask;
    while (this.slots[slot * 2] !== key && this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
    return slot;
  }

  score(keys: Uint32Array, count: number, scores: Float64Array): void {
    const classCount = this.classes.length;
    scores.fill(0, 0, classCount);
    for (let f = 0; f < count; f++) {
      const slot = this.findSlot(keys[f]! | 0);
      if (this.slots[slot * 2] === 0) continue;
      const base = this.slots[slot * 2 + 1]! * classCount;
      for (let c = 0; c < classCount; c++) scores[c]! += this.weights[base + c]!;
    }
  }

  /** Moves the weights of `keys` towards class `gold` and away from class `predicted`. */
  update(keys: Uint32Array, count: number, gold: number, predicted: number): void {
    const classCount = this.classes.length;
    for (let f = 0; f < count; f++) {
      const base = this.row(keys[f]! | 0) * classCount;
      this.weights[base + gold]! += 1;
      this.timedSums[base + gold]! += this.time;
      this.weights[base + predicted]! -= 1;
      this.timedSums[base + predicted]! -= this.time;
    }
  }

  /** Advances the averaging clock by one decision. */
  tick(): void {
    this.time++;
  }

  private row(key: number): number {
    let slot = this.findSlot(key);
    if (this.slots[slot * 2] !== 0) return this.slots[slot * 2 + 1]!;
    if (this.rows * 2 >= this.mask) {
      this.rehash();
      slot = this.findSlot(key);
    }
    if (this.rows === this.keys.length) this.growRows();
    this.slots[slot * 2] = key;
    this.slots[slot * 2 + 1] = this.rows;
    this.keys[this.rows] = key >>> 0;
    return this.rows++;
  }

  private rehash(): void {
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * 2);
    for (let row = 0; row < this.rows; row++) {
      const slot = this.findSlot(this.keys[row]! | 0);
      this.slots[slot * 2] = this.keys[row]! | 0;
      this.slots[slot * 2 + 1] = row;
    }
  }

  private growRows(): void {
    const keys = new Uint32Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const weights = new Float32Array(keys.length * this.classes.length);
    weights.set(this.weights);
    this.weights = weights;
    const sums = new Float64Array(keys.length * this.classes.length);
    sums.set(this.timedSums);
    this.timedSums = sums;
  }

  /** The averaged weights: what every intermediate weight vector would have voted on average. */
  averaged(): TrainedModel {
    const size = this.rows * this.classes.length;
    const weights = new Float32Array(size);
    for (let cell = 0; cell < size; cell++) weights[cell] = this.weights[cell]! - this.timedSums[cell]! / this.time;
    return { classes: this.classes, keys: this.keys.slice(0, this.rows), weights };
  }
}
