/**
 * A trained linear model over hashed features: for each feature key, a sparse row of class
 * weights. Shared by the part-of-speech tagger and the parser.
 *
 * File format (gzip of):
 *   uint32 header length, header JSON ({ format, kind, classes, scale, rows, config })
 *   rows × uint32 feature key
 *   rows × uint8 count of non-zero weights
 *   for each row, count × (uint8 class, int16 weight)
 * Weights are quantised to int16 against `scale` (the largest absolute weight / 32767).
 */
import { gunzipSync, gzipSync } from 'node:zlib';

export const WEIGHTS_FORMAT = 1;

export interface ModelConfig {
  /** Free-form facts about the training run, shown by the model card. */
  readonly [key: string]: string | number | boolean;
}

/** Anything that can add a feature's class weights to a score vector. */
export interface Scorer {
  readonly classCount: number;
  /** Sets `scores[0..classCount)` to the summed weights of `keys[0..count)`. */
  score(keys: Uint32Array, count: number, scores: Float64Array): void;
}

/** A malformed or missing weights file, named in the message. */
export class WeightsFileError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'WeightsFileError';
  }
}

/** A weights file as read: rows of (class, int16 weight) entries, `packed[starts[row]..starts[row + 1])` for `keys[row]`. */
export interface WeightRows {
  readonly kind: string;
  readonly classes: readonly string[];
  readonly scale: number;
  readonly config: ModelConfig;
  readonly keys: Uint32Array;
  readonly starts: Int32Array;
  /** Class in the low 8 bits, weight in the high 16. */
  readonly packed: Int32Array;
}

/** Reads and checks a weights file; `file` names it in errors. */
export function readWeightRows(bytes: Uint8Array, file: string, expectedKind: string): WeightRows {
  let data: Buffer;
  try {
    data = gunzipSync(bytes);
  } catch {
    throw new WeightsFileError(file, 'is not a whole gzip file');
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const need = (offset: number, length: number) => {
    if (offset + length > data.length) throw new WeightsFileError(file, 'is truncated');
  };
  need(0, 4);
  const headerLength = view.getUint32(0, true);
  need(4, headerLength);
  let header: { format: number; kind: string; classes: string[]; scale: number; rows: number; config: ModelConfig };
  try {
    header = JSON.parse(new TextDecoder().decode(data.subarray(4, 4 + headerLength)));
  } catch {
    throw new WeightsFileError(file, 'has an unreadable header');
  }
  if (header.format !== WEIGHTS_FORMAT) throw new WeightsFileError(file, `has format ${header.format}, expected ${WEIGHTS_FORMAT}`);
  if (header.kind !== expectedKind) throw new WeightsFileError(file, `holds a ${header.kind} model, expected ${expectedKind}`);
  if (!Array.isArray(header.classes) || header.classes.length === 0 || header.classes.length >= LONG_ROW) throw new WeightsFileError(file, 'has a bad class list');
  const rows = header.rows;
  let offset = 4 + headerLength;
  need(offset, rows * 5);
  const keys = new Uint32Array(rows);
  for (let row = 0; row < rows; row++) keys[row] = view.getUint32(offset + row * 4, true);
  offset += rows * 4;
  const starts = new Int32Array(rows + 1);
  for (let row = 0; row < rows; row++) starts[row + 1] = starts[row]! + data[offset + row]!;
  offset += rows;
  const total = starts[rows]!;
  need(offset, total * 3);
  const packed = new Int32Array(total);
  for (let k = 0; k < total; k++) {
    const classId = data[offset]!;
    if (classId >= header.classes.length) throw new WeightsFileError(file, 'names a class it does not have');
    packed[k] = (view.getInt16(offset + 1, true) << 16) | classId;
    offset += 3;
  }
  if (offset !== data.length) throw new WeightsFileError(file, 'has trailing bytes');
  for (let row = 0; row < rows; row++) {
    if (keys[row] === 0 || starts[row + 1] === starts[row]) throw new WeightsFileError(file, 'has an empty row or a zero key');
  }
  return { kind: header.kind, classes: header.classes, scale: header.scale, config: header.config, keys, starts, packed };
}

/** The low byte of a slot's first entry that marks a row too long to keep in its slot. */
const LONG_ROW = 0xff;

/**
 * The fixed, loaded model, laid out for few cache misses (a look-up of a rare feature would
 * otherwise miss the cache three or four times). An open-addressing table (linear probing)
 * holds four 32-bit cells per feature: the key and up to three entries, which is the whole
 * row for most features (every row of the three-move parser); a longer row keeps its length
 * and start there instead (first entry `length << 8 | LONG_ROW`, second the start) and its
 * entries in `entries`. An entry packs the class (low 8 bits) and the int16 weight (high 16
 * bits); an unused cell is 0, which adds nothing. Scores are sums of quantised weights:
 * `scale` converts them back, but choosing the best class does not need it.
 */
export class HashedWeights implements Scorer {
  private readonly slotMask: number;
  private readonly slots: Int32Array;
  private readonly entries: Int32Array;
  /** Scratch for `score`: the first cell of each feature's home slot. */
  private homeCells = new Int32Array(128);

  readonly kind: string;
  readonly classes: readonly string[];
  readonly scale: number;
  readonly config: ModelConfig;

  constructor({ kind, classes, scale, config, keys, starts, packed }: WeightRows) {
    this.kind = kind;
    this.classes = classes;
    this.scale = scale;
    this.config = config;
    let size = 1;
    while (size < keys.length * 1.5) size <<= 1;
    const mask = size - 1;
    this.slotMask = size * 4 - 1;
    this.slots = new Int32Array(size * 4);
    for (let row = 0; row < keys.length; row++) {
      let slot = (keys[row]! & mask) * 4;
      while (this.slots[slot] !== 0) slot = (slot + 4) & this.slotMask;
      const start = starts[row]!;
      const length = starts[row + 1]! - start;
      this.slots[slot] = keys[row]! | 0;
      if (length > 3) {
        this.slots[slot + 1] = (length << 8) | LONG_ROW;
        this.slots[slot + 2] = start;
      } else {
        for (let k = 0; k < length; k++) this.slots[slot + 1 + k] = packed[start + k]!;
      }
    }
    this.entries = packed;
  }

  get classCount(): number {
    return this.classes.length;
  }

  score(keys: Uint32Array, count: number, scores: Float64Array): void {
    scores.fill(0, 0, this.classes.length);
    const { slots, slotMask, entries } = this;
    if (this.homeCells.length < count) this.homeCells = new Int32Array(count);
    const homeCells = this.homeCells;
    // Read every feature's home slot first: loads that no branch waits on, so their cache
    // misses overlap. Probing then finds the slots in cache, and a mispredicted branch no
    // longer holds up the next feature's miss (the parser ran about a quarter faster).
    for (let f = 0; f < count; f++) homeCells[f] = slots[((keys[f]! | 0) << 2) & slotMask]!;
    for (let f = 0; f < count; f++) {
      const key = keys[f]! | 0;
      let slot = (key << 2) & slotMask;
      let found = homeCells[f]!;
      while (found !== key) {
        if (found === 0) break;
        slot = (slot + 4) & slotMask;
        found = slots[slot]!;
      }
      if (found === 0) continue;
      let entry = slots[slot + 1]!;
      if ((entry & 0xff) === LONG_ROW) {
        const start = slots[slot + 2]!;
        const end = start + (entry >>> 8);
        for (let k = start; k < end; k++) {
          entry = entries[k]!;
          scores[entry & 0xff]! += entry >> 16;
        }
        continue;
      }
      scores[entry & 0xff]! += entry >> 16;
      entry = slots[slot + 2]!;
      scores[entry & 0xff]! += entry >> 16;
      entry = slots[slot + 3]!;
      scores[entry & 0xff]! += entry >> 16;
    }
  }

  /** Reads a weights file; `file` names it in errors. */
  static decode(bytes: Uint8Array, file: string, expectedKind: string): HashedWeights {
    return new HashedWeights(readWeightRows(bytes, file, expectedKind));
  }
}

/** The smallest `MoveWeights` table: 2^20 slots, so a slot's position gives the key's low 20 bits. */
const MIN_SLOT_BITS = 20;
/** How far a key may lie from its home slot; the slot's check field counts it in 4 bits. */
const MAX_DISPLACEMENT = 13;

/**
 * A model of exactly three classes (the parser's moves) in 8-byte slots, half the size of
 * `HashedWeights`'s (16 MB instead of 32 for the shipped model), so more of it stays in
 * cache and within the TLB's reach: the parser runs 1.1–1.3 times as fast. A slot holds a 16-bit check and
 * the three int16 weights; the check is the key's high 12 bits, which with the home slot's
 * position (at least 20 bits) give the whole key, and the slot's distance from home plus one
 * (0: empty). Robin Hood insertion keeps every key within `MAX_DISPLACEMENT` of its home
 * (at most 8 for the shipped model; a table that cannot is built twice as large), and lets a
 * search stop at the first slot closer to its own home than the key would be.
 */
export class MoveWeights implements Scorer {
  readonly classCount = 3;
  readonly kind: string;
  readonly classes: readonly string[];
  private readonly slotMask: number;
  /** Per slot: check << 16 | weight of class 0, then weight of class 1 << 16 | weight of class 2. */
  private readonly slots: Int32Array;
  /** Scratch for `score`: the first word of each feature's home slot. */
  private homeWords = new Int32Array(128);

  constructor({ kind, classes, keys, starts, packed }: WeightRows) {
    if (classes.length !== 3) throw new Error(`MoveWeights needs three classes, not ${classes.length}`);
    this.kind = kind;
    this.classes = classes;
    let bits = MIN_SLOT_BITS;
    while (1 << bits < keys.length * 2) bits++;
    let slots = MoveWeights.fill(bits, keys, starts, packed);
    while (!slots) slots = MoveWeights.fill(++bits, keys, starts, packed);
    this.slots = slots;
    this.slotMask = (1 << bits) - 1;
  }

  /** The table of 2^`bits` slots, or null when a key would lie too far from home. */
  private static fill(bits: number, keys: Uint32Array, starts: Int32Array, packed: Int32Array): Int32Array | null {
    const mask = (1 << bits) - 1;
    const slots = new Int32Array(2 << bits);
    for (let row = 0; row < keys.length; row++) {
      // Entry weights moved to their class's place: class 0 in the first word's low half, 1 and 2 in the second word.
      let first = (((keys[row]! >>> 20) << 4) + 1) << 16;
      let second = 0;
      for (let k = starts[row]!; k < starts[row + 1]!; k++) {
        const weight = packed[k]! >> 16;
        const classId = packed[k]! & 0xff;
        if (classId === 0) first |= weight & 0xffff;
        else if (classId === 1) second |= weight << 16;
        else second |= weight & 0xffff;
      }
      // Robin Hood: walk from home, taking the place of any key nearer to its own home.
      for (let slot = keys[row]! & mask; ; slot = (slot + 1) & mask) {
        const resident = slots[slot * 2]!;
        const residentDistance = (resident >>> 16) & 15;
        if (residentDistance === 0) {
          slots[slot * 2] = first;
          slots[slot * 2 + 1] = second;
          break;
        }
        if (residentDistance < ((first >>> 16) & 15)) {
          const residentSecond = slots[slot * 2 + 1]!;
          slots[slot * 2] = first;
          slots[slot * 2 + 1] = second;
          first = resident;
          second = residentSecond;
        }
        first += 1 << 16;
        if (((first >>> 16) & 15) > MAX_DISPLACEMENT + 1) return null;
      }
    }
    return slots;
  }

  score(keys: Uint32Array, count: number, scores: Float64Array): void {
    const { slots, slotMask } = this;
    if (this.homeWords.length < count) this.homeWords = new Int32Array(count);
    const homeWords = this.homeWords;
    // As in HashedWeights: read every home slot before probing any, so the misses overlap.
    for (let f = 0; f < count; f++) homeWords[f] = slots[(keys[f]! & slotMask) * 2]!;
    let score0 = 0;
    let score1 = 0;
    let score2 = 0;
    for (let f = 0; f < count; f++) {
      const key = keys[f]!;
      let slot = key & slotMask;
      let expected = ((key >>> 20) << 4) + 1;
      let first = homeWords[f]!;
      let found = first >>> 16;
      while (found !== expected) {
        // A slot nearer its own home (or empty) than the key would be here: the key is absent.
        if ((found & 15) < (expected & 15)) break;
        slot = (slot + 1) & slotMask;
        expected++;
        first = slots[slot * 2]!;
        found = first >>> 16;
      }
      if (found !== expected) continue;
      const second = slots[slot * 2 + 1]!;
      score0 += (first << 16) >> 16;
      score1 += second >> 16;
      score2 += (second << 16) >> 16;
    }
    scores[0] = score0;
    scores[1] = score1;
    scores[2] = score2;
  }
}

/** Dense averaged weights as training leaves them: `weights[row * classCount + class]`. */
export interface TrainedModel {
  readonly classes: readonly string[];
  readonly keys: Uint32Array;
  readonly weights: Float32Array;
}

/**
 * Serialises a trained model, dropping weights whose absolute value is below `minWeight`
 * (they cannot change a decision much, and most are such) and rows left empty.
 */
export function encodeWeights(kind: string, model: TrainedModel, config: ModelConfig, minWeight: number): Uint8Array {
  const classCount = model.classes.length;
  let maxAbs = 0;
  for (let i = 0; i < model.weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(model.weights[i]!));
  const scale = maxAbs / 32767 || 1;
  const keptKeys: number[] = [];
  const counts: number[] = [];
  const entries: number[] = [];
  for (let row = 0; row < model.keys.length; row++) {
    let count = 0;
    for (let c = 0; c < classCount; c++) {
      const weight = model.weights[row * classCount + c]!;
      const quantised = Math.round(weight / scale);
      if (Math.abs(weight) < minWeight || quantised === 0) continue;
      entries.push(c, quantised);
      count++;
    }
    if (count === 0) continue;
    keptKeys.push(model.keys[row]!);
    counts.push(count);
  }
  const header = Buffer.from(JSON.stringify({ format: WEIGHTS_FORMAT, kind, classes: model.classes, scale, rows: keptKeys.length, config }));
  const out = Buffer.alloc(4 + header.length + keptKeys.length * 5 + (entries.length / 2) * 3);
  let offset = 0;
  out.writeUInt32LE(header.length, offset);
  header.copy(out, 4);
  offset = 4 + header.length;
  for (const key of keptKeys) offset = out.writeUInt32LE(key, offset);
  for (const count of counts) offset = out.writeUInt8(count, offset);
  for (let k = 0; k < entries.length; k += 2) {
    offset = out.writeUInt8(entries[k]!, offset);
    offset = out.writeInt16LE(entries[k + 1]!, offset);
  }
  return gzipSync(out, { level: 9 });
}
