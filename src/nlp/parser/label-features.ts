/**
 * Features for choosing the relation of an arc the parser has just decided on: the head and
 * the dependent (whose own dependents are all attached by then: its case marker, possessive
 * 's, auxiliaries), the words around the dependent, direction and distance, and the
 * relations the head already has (a second nominal after an nsubj is more likely an obj).
 */
import { featureKey } from './hashing.js';
import type { SentenceAtoms } from './parser-features.js';
import type { Configuration } from './transitions.js';

export const LABEL_FEATURES = 36;

/** Writes the features of the arc `head` → `dependent` into `keys`; returns their count. */
export function labelFeatures(config: Configuration, atoms: SentenceAtoms, head: number, dependent: number, keys: Uint32Array): number {
  const { form: w, tag: p, formTag: wp, cluster: c } = atoms;
  const { labels: l, leftmost, rightmost, leftmost2 } = config;
  const left = dependent < head ? 1 : 2;
  const distance = Math.min(Math.abs(head - dependent), 6);
  const dL = leftmost[dependent]!;
  const dL2 = leftmost2[dependent]!;
  const dR = rightmost[dependent]!;
  const before = dependent - 1;
  const after = dependent + 1 <= config.n ? dependent + 1 : 0;
  let k = 0;
  keys[k++] = featureKey(101, w[head]!, left);
  keys[k++] = featureKey(102, p[head]!, left);
  keys[k++] = featureKey(103, wp[head]!, left);
  keys[k++] = featureKey(104, w[dependent]!, left);
  keys[k++] = featureKey(105, p[dependent]!, left);
  keys[k++] = featureKey(106, wp[dependent]!, left);
  keys[k++] = featureKey(107, p[head]!, p[dependent]!, left);
  keys[k++] = featureKey(108, w[head]!, w[dependent]!, left);
  keys[k++] = featureKey(109, wp[head]!, p[dependent]!, left);
  keys[k++] = featureKey(110, p[head]!, wp[dependent]!, left);
  keys[k++] = featureKey(111, p[head]!, p[dependent]!, left * 8 + distance);
  keys[k++] = featureKey(112, p[dependent]!, l[dL]!, l[dR]!);
  keys[k++] = featureKey(113, p[dependent]!, config.leftLabelsLow[dependent]!, config.leftLabelsHigh[dependent]!);
  keys[k++] = featureKey(114, p[dependent]!, config.rightLabelsLow[dependent]!, config.rightLabelsHigh[dependent]!);
  keys[k++] = featureKey(115, w[dL]!, p[dependent]!);
  keys[k++] = featureKey(116, w[dR]!, p[dependent]!);
  keys[k++] = featureKey(117, w[dL]!, w[head]!, left);
  keys[k++] = featureKey(118, w[dL2]!, p[dependent]!);
  keys[k++] = featureKey(119, p[head]!, config.leftLabelsLow[head]!, config.leftLabelsHigh[head]!);
  keys[k++] = featureKey(120, p[head]!, config.rightLabelsLow[head]!, config.rightLabelsHigh[head]!);
  keys[k++] = featureKey(121, p[dependent]!, config.leftLabelsLow[head]!, config.leftLabelsHigh[head]!);
  keys[k++] = featureKey(122, w[before]!, p[dependent]!);
  keys[k++] = featureKey(123, w[after]!, p[dependent]!);
  keys[k++] = featureKey(124, p[before]!, p[dependent]!, p[after]!);
  keys[k++] = featureKey(125, w[head]!, p[dependent]!, l[leftmost[head]!]!);
  keys[k++] = featureKey(126, p[head]!, p[dependent]!, l[rightmost[head]!]!);
  keys[k++] = featureKey(127, p[dependent]!, p[dL]!, p[dR]!);
  keys[k++] = featureKey(128, w[dependent]!, w[dR]!);
  keys[k++] = featureKey(129, p[head]!, p[dependent]!, config.front === config.root ? 1 : 0);
  keys[k++] = featureKey(130, w[head]!, p[dependent]!, distance);
  keys[k++] = featureKey(143, c[head]!, c[dependent]!, left);
  keys[k++] = featureKey(144, c[dependent]!, left);
  keys[k++] = featureKey(145, c[head]!, p[dependent]!, left);
  keys[k++] = featureKey(146, c[dL]!, p[dependent]!);
  keys[k++] = featureKey(147, p[dependent]!, p[config.front]!, left);
  keys[k++] = featureKey(148, w[leftmost[head]!]!, p[dependent]!, left);
  return k;
}
