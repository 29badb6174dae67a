/**
 * The trained tagger's weights: one row of label scores per feature string.
 *
 * File format (`data/ner/model.bin.gz`, gzip of):
 *   uint32 header length, header JSON ({ format, labels, scale, features, config })
 *   uint32 byte length, feature names as UTF-8 joined by "\n"
 *   for each feature: uint8 n, then n × (uint8 label, int16 weight) — only non-zero weights
 * Weights are quantised to int16 against `scale` (the largest absolute weight / 32767).
 */
import { gunzipSync, gzipSync } from 'node:zlib';

export const MODEL_FORMAT = 1;

/** What the decoder needs: feature ids and a dense `features × labels` weight matrix. */
export interface WeightTable {
  readonly labels: readonly string[];
  featureId(name: string): number;
  readonly weights: Float32Array | Float64Array;
  /** Every feature name, for a model that no longer changes (not one being trained). */
  featureNames?(): Iterable<string>;
}

/** Adds the weights of `feature` (a row of `weights`; none for -1) to `scores[at..at + labelCount)`. */
export function addRow(weights: ArrayLike<number>, labelCount: number, feature: number, scores: Float64Array, at: number): void {
  if (feature < 0) return;
  const base = feature * labelCount;
  for (let label = 0; label < labelCount; label++) scores[at + label]! += weights[base + label]!;
}

/**
 * The non-zero weights of a fixed model, row by row: rows hold 3 of the 17 labels on average
 * (the rows of frequent features more), and summing only those is about a fifth quicker than
 * summing dense rows. The sums are the same: adding zero changes nothing, and the quantised
 * weights add exactly in any order.
 */
export class SparseRows {
  private readonly starts: Int32Array;
  private readonly labels: Uint8Array;
  private readonly values: Float32Array;

  constructor(weights: ArrayLike<number>, readonly labelCount: number) {
    const rows = weights.length / labelCount;
    this.starts = new Int32Array(rows + 1);
    let count = 0;
    for (let i = 0; i < weights.length; i++) if (weights[i] !== 0) count++;
    this.labels = new Uint8Array(count);
    this.values = new Float32Array(count);
    let k = 0;
    for (let row = 0; row < rows; row++) {
      this.starts[row] = k;
      for (let label = 0; label < labelCount; label++) {
        const weight = weights[row * labelCount + label]!;
        if (weight === 0) continue;
        this.labels[k] = label;
        this.values[k++] = weight;
      }
    }
    this.starts[rows] = k;
  }

  /** Adds the row of `feature` (none for -1) to `scores[at..at + labelCount)`. */
  add(feature: number, scores: Float64Array, at: number): void {
    if (feature < 0) return;
    const end = this.starts[feature + 1]!;
    for (let k = this.starts[feature]!; k < end; k++) scores[at + this.labels[k]!]! += this.values[k]!;
  }
}

export interface ModelConfig {
  /** Free-form facts about the training run, shown by the model card. */
  readonly [key: string]: string | number | boolean;
}

export class NerModel implements WeightTable {
  constructor(
    readonly labels: readonly string[],
    private readonly index: Map<string, number>,
    readonly weights: Float32Array,
    readonly config: ModelConfig,
  ) {}

  get featureCount(): number {
    return this.index.size;
  }

  featureId(name: string): number {
    return this.index.get(name) ?? -1;
  }

  featureNames(): Iterable<string> {
    return this.index.keys();
  }

  static decode(bytes: Uint8Array): NerModel {
    const data = gunzipSync(bytes);
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    let offset = 0;
    const readBlock = () => {
      const length = view.getUint32(offset, true);
      const block = data.subarray(offset + 4, offset + 4 + length);
      offset += 4 + length;
      return new TextDecoder().decode(block);
    };
    const header = JSON.parse(readBlock()) as { format: number; labels: string[]; scale: number; features: number; config: ModelConfig };
    if (header.format !== MODEL_FORMAT) throw new Error(`NER model format ${header.format} is not supported (expected ${MODEL_FORMAT})`);
    const names = readBlock().split('\n');
    if (names.length !== header.features) throw new Error('NER model is corrupt: feature count does not match');
    const labelCount = header.labels.length;
    const weights = new Float32Array(names.length * labelCount);
    const index = new Map<string, number>();
    for (let feature = 0; feature < names.length; feature++) {
      index.set(names[feature]!, feature);
      const count = view.getUint8(offset++);
      for (let k = 0; k < count; k++) {
        const label = view.getUint8(offset);
        weights[feature * labelCount + label] = view.getInt16(offset + 1, true) * header.scale;
        offset += 3;
      }
    }
    return new NerModel(header.labels, index, weights, header.config);
  }
}

/**
 * Serialises averaged weights, dropping features whose largest absolute weight is below
 * `minWeight` (they cannot change a decision much, and most features are such).
 */
export function encodeModel(
  labels: readonly string[],
  names: readonly string[],
  weights: ArrayLike<number>,
  config: ModelConfig,
  minWeight: number,
): Uint8Array {
  const labelCount = labels.length;
  let maxAbs = 0;
  for (let i = 0; i < weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]!));
  const scale = maxAbs / 32767 || 1;
  const kept: string[] = [];
  const rows: number[][] = [];
  names.forEach((name, feature) => {
    const row: number[] = [];
    let largest = 0;
    for (let label = 0; label < labelCount; label++) {
      const weight = weights[feature * labelCount + label]!;
      largest = Math.max(largest, Math.abs(weight));
      const quantised = Math.round(weight / scale);
      if (quantised !== 0) row.push(label, quantised);
    }
    if (largest < minWeight || row.length === 0 || name.includes('\n')) return;
    kept.push(name);
    rows.push(row);
  });
  const header = Buffer.from(JSON.stringify({ format: MODEL_FORMAT, labels, scale, features: kept.length, config }));
  const strings = Buffer.from(kept.join('\n'));
  const weightBytes = rows.reduce((sum, row) => sum + 1 + (row.length / 2) * 3, 0);
  const out = Buffer.alloc(8 + header.length + strings.length + weightBytes);
  let offset = 0;
  out.writeUInt32LE(header.length, offset);
  header.copy(out, offset + 4);
  offset += 4 + header.length;
  out.writeUInt32LE(strings.length, offset);
  strings.copy(out, offset + 4);
  offset += 4 + strings.length;
  for (const row of rows) {
    out.writeUInt8(row.length / 2, offset++);
    for (let k = 0; k < row.length; k += 2) {
      out.writeUInt8(row[k]!, offset);
      out.writeInt16LE(row[k + 1]!, offset + 1);
      offset += 3;
    }
  }
  return gzipSync(out, { level: 9 });
}
