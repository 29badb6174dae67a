/**
 * The parser's features: Zhang & Nivre's (2011) rich non-local templates, adapted to the
 * arc-hybrid system (s1, the head a RIGHT move would give s0, stands where they read s0's
 * head). Each feature is a hashed key written into a preallocated array: no strings, no
 * allocation per feature.
 */
import { int32Columns } from './columns.js';
import { featureKey, hashString, mix } from './hashing.js';
import type { Configuration } from './transitions.js';
import type { WordAtoms } from './word-atoms.js';

/** Per word of one sentence (index 0 = no word, n + 1 = the root): form, tag, both together, and word cluster. */
export interface SentenceAtoms {
  readonly form: Int32Array;
  readonly tag: Int32Array;
  readonly formTag: Int32Array;
  readonly cluster: Int32Array;
}

const NO_WORD = hashString('<none>');
const ROOT_WORD = hashString('<root>');
const NO_TAG = 0;
const ROOT_TAG = 1;

/** `tags` are class ids of the tagger (shifted here past the two reserved ids). */
export function sentenceAtoms(words: WordAtoms, tags: Int32Array): SentenceAtoms {
  const n = tags.length;
  const atoms = int32Columns(['form', 'tag', 'formTag', 'cluster'] as const, n + 2);
  atoms.form[0] = NO_WORD;
  atoms.tag[0] = NO_TAG;
  atoms.form[n + 1] = ROOT_WORD;
  atoms.tag[n + 1] = ROOT_TAG;
  atoms.cluster[n + 1] = ROOT_WORD;
  for (let i = 1; i <= n; i++) {
    atoms.form[i] = words.form[i - 1]!;
    atoms.tag[i] = tags[i - 1]! + 2;
    atoms.cluster[i] = words.cluster[i - 1]!;
  }
  for (let i = 0; i <= n + 1; i++) atoms.formTag[i] = mix(atoms.form[i]!, atoms.tag[i]!);
  return atoms;
}

/** Distances 1, 2, 3, 4, 5-7, 8-12, 13+ (0 when a word is missing). */
function distance(from: number, to: number): number {
  if (from === 0 || to === 0) return 0;
  const d = Math.abs(to - from);
  return d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7;
}

export const PARSER_FEATURES = 109;

/** Writes the features of `config` into `keys`; returns their count. */
export function parserFeatures(config: Configuration, atoms: SentenceAtoms, keys: Uint32Array): number {
  const { form: w, tag: p, formTag: wp, cluster: c } = atoms;
  const { labels: l, leftmost, leftmost2, rightmost, rightmost2, leftCount, rightCount } = config;
  const s0 = config.s(0);
  const s1 = config.s(1);
  const s2 = config.s(2);
  const b0 = config.b(0);
  const b1 = config.b(1);
  const b2 = config.b(2);
  const s0L = leftmost[s0]!;
  const s0L2 = leftmost2[s0]!;
  const s0R = rightmost[s0]!;
  const s0R2 = rightmost2[s0]!;
  const s1L = leftmost[s1]!;
  const s1R = rightmost[s1]!;
  const s1R2 = rightmost2[s1]!;
  const b0L = leftmost[b0]!;
  const b0L2 = leftmost2[b0]!;
  const d0 = distance(s0, b0);
  const d1 = distance(s1, s0);
  let k = 0;
  // Single words.
  keys[k++] = featureKey(1, w[s0]!);
  keys[k++] = featureKey(2, p[s0]!);
  keys[k++] = featureKey(3, wp[s0]!);
  keys[k++] = featureKey(4, w[b0]!);
  keys[k++] = featureKey(5, p[b0]!);
  keys[k++] = featureKey(6, wp[b0]!);
  keys[k++] = featureKey(7, w[b1]!);
  keys[k++] = featureKey(8, p[b1]!);
  keys[k++] = featureKey(9, wp[b1]!);
  keys[k++] = featureKey(10, w[b2]!);
  keys[k++] = featureKey(11, p[b2]!);
  keys[k++] = featureKey(12, w[s1]!);
  keys[k++] = featureKey(13, p[s1]!);
  keys[k++] = featureKey(14, wp[s1]!);
  keys[k++] = featureKey(15, p[s2]!);
  keys[k++] = featureKey(16, w[s2]!);
  // Pairs: s0 with b0, s1 with s0.
  keys[k++] = featureKey(17, wp[s0]!, wp[b0]!);
  keys[k++] = featureKey(18, wp[s0]!, w[b0]!);
  keys[k++] = featureKey(19, w[s0]!, wp[b0]!);
  keys[k++] = featureKey(20, wp[s0]!, p[b0]!);
  keys[k++] = featureKey(21, p[s0]!, wp[b0]!);
  keys[k++] = featureKey(22, w[s0]!, w[b0]!);
  keys[k++] = featureKey(23, p[s0]!, p[b0]!);
  keys[k++] = featureKey(24, p[b0]!, p[b1]!);
  keys[k++] = featureKey(25, wp[s1]!, wp[s0]!);
  keys[k++] = featureKey(26, w[s1]!, w[s0]!);
  keys[k++] = featureKey(27, p[s1]!, p[s0]!);
  keys[k++] = featureKey(28, wp[s1]!, p[s0]!);
  keys[k++] = featureKey(29, p[s1]!, wp[s0]!);
  keys[k++] = featureKey(30, p[s1]!, p[b0]!);
  keys[k++] = featureKey(31, w[s1]!, w[b0]!);
  // Three tags.
  keys[k++] = featureKey(32, p[b0]!, p[b1]!, p[b2]!);
  keys[k++] = featureKey(33, p[s0]!, p[b0]!, p[b1]!);
  keys[k++] = featureKey(34, p[s1]!, p[s0]!, p[b0]!);
  keys[k++] = featureKey(35, p[s2]!, p[s1]!, p[s0]!);
  keys[k++] = featureKey(36, p[s0]!, p[s0L]!, p[b0]!);
  keys[k++] = featureKey(37, p[s0]!, p[s0R]!, p[b0]!);
  keys[k++] = featureKey(38, p[s0]!, p[b0]!, p[b0L]!);
  keys[k++] = featureKey(39, p[s1]!, p[s1R]!, p[s0]!);
  keys[k++] = featureKey(40, p[s1]!, p[s0]!, p[s0L]!);
  keys[k++] = featureKey(41, p[s1]!, p[s0]!, p[s0R]!);
  keys[k++] = featureKey(42, p[s1]!, p[s1L]!, p[s0]!);
  // Distance.
  keys[k++] = featureKey(43, w[s0]!, d0);
  keys[k++] = featureKey(44, p[s0]!, d0);
  keys[k++] = featureKey(45, w[b0]!, d0);
  keys[k++] = featureKey(46, p[b0]!, d0);
  keys[k++] = featureKey(47, w[s0]!, w[b0]!, d0);
  keys[k++] = featureKey(48, p[s0]!, p[b0]!, d0);
  keys[k++] = featureKey(49, p[s1]!, p[s0]!, d1);
  keys[k++] = featureKey(50, w[s1]!, w[s0]!, d1);
  // Valency.
  keys[k++] = featureKey(51, w[s0]!, leftCount[s0]!);
  keys[k++] = featureKey(52, p[s0]!, leftCount[s0]!);
  keys[k++] = featureKey(53, w[s0]!, rightCount[s0]!);
  keys[k++] = featureKey(54, p[s0]!, rightCount[s0]!);
  keys[k++] = featureKey(55, w[b0]!, leftCount[b0]!);
  keys[k++] = featureKey(56, p[b0]!, leftCount[b0]!);
  keys[k++] = featureKey(57, w[s1]!, rightCount[s1]!);
  keys[k++] = featureKey(58, p[s1]!, rightCount[s1]!);
  keys[k++] = featureKey(59, p[s1]!, leftCount[s1]!);
  // Dependents: words, tags and relations of the outermost ones.
  keys[k++] = featureKey(60, w[s0L]!);
  keys[k++] = featureKey(61, p[s0L]!);
  keys[k++] = featureKey(62, l[s0L]!);
  keys[k++] = featureKey(63, w[s0R]!);
  keys[k++] = featureKey(64, p[s0R]!);
  keys[k++] = featureKey(65, l[s0R]!);
  keys[k++] = featureKey(66, w[b0L]!);
  keys[k++] = featureKey(67, p[b0L]!);
  keys[k++] = featureKey(68, l[b0L]!);
  keys[k++] = featureKey(69, w[s1R]!);
  keys[k++] = featureKey(70, p[s1R]!);
  keys[k++] = featureKey(71, l[s1R]!);
  keys[k++] = featureKey(72, p[s1L]!);
  keys[k++] = featureKey(73, l[s1L]!);
  keys[k++] = featureKey(74, w[s0L2]!);
  keys[k++] = featureKey(75, p[s0L2]!);
  keys[k++] = featureKey(76, l[s0L2]!);
  keys[k++] = featureKey(77, w[s0R2]!);
  keys[k++] = featureKey(78, p[s0R2]!);
  keys[k++] = featureKey(79, l[s0R2]!);
  keys[k++] = featureKey(80, w[b0L2]!);
  keys[k++] = featureKey(81, p[b0L2]!);
  keys[k++] = featureKey(82, l[b0L2]!);
  keys[k++] = featureKey(83, p[s1R2]!, l[s1R2]!);
  keys[k++] = featureKey(84, p[s0]!, p[s0L]!, p[s0L2]!);
  keys[k++] = featureKey(85, p[s0]!, p[s0R]!, p[s0R2]!);
  keys[k++] = featureKey(86, p[b0]!, p[b0L]!, p[b0L2]!);
  keys[k++] = featureKey(87, p[s1]!, p[s1R]!, p[s1R2]!);
  // Label sets of the dependents found so far.
  keys[k++] = featureKey(88, w[s0]!, config.rightLabelsLow[s0]!, config.rightLabelsHigh[s0]!);
  keys[k++] = featureKey(89, p[s0]!, config.rightLabelsLow[s0]!, config.rightLabelsHigh[s0]!);
  keys[k++] = featureKey(90, w[s0]!, config.leftLabelsLow[s0]!, config.leftLabelsHigh[s0]!);
  keys[k++] = featureKey(91, p[s0]!, config.leftLabelsLow[s0]!, config.leftLabelsHigh[s0]!);
  keys[k++] = featureKey(92, w[b0]!, config.leftLabelsLow[b0]!, config.leftLabelsHigh[b0]!);
  keys[k++] = featureKey(93, p[b0]!, config.leftLabelsLow[b0]!, config.leftLabelsHigh[b0]!);
  keys[k++] = featureKey(94, p[s1]!, config.rightLabelsLow[s1]!, config.rightLabelsHigh[s1]!);
  keys[k++] = featureKey(95, p[s1]!, config.leftLabelsLow[s1]!, config.leftLabelsHigh[s1]!);
  keys[k++] = featureKey(96, p[s0]!, l[s0L]!, l[s0R]!);
  keys[k++] = featureKey(97, p[s1]!, l[s1R]!, p[s0]!);
  // Word clusters, for words the treebank saw rarely.
  keys[k++] = featureKey(131, c[s0]!);
  keys[k++] = featureKey(132, c[b0]!);
  keys[k++] = featureKey(133, c[b1]!);
  keys[k++] = featureKey(134, c[s1]!);
  keys[k++] = featureKey(135, c[s0]!, c[b0]!);
  keys[k++] = featureKey(136, c[s0]!, p[b0]!);
  keys[k++] = featureKey(137, p[s0]!, c[b0]!);
  keys[k++] = featureKey(138, c[s1]!, c[s0]!);
  keys[k++] = featureKey(139, c[s1]!, p[s0]!);
  keys[k++] = featureKey(140, p[s1]!, c[s0]!);
  keys[k++] = featureKey(141, c[b0]!, p[b1]!);
  keys[k++] = featureKey(142, c[s0]!, c[b0]!, d0);
  return k;
}
