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

/**
 * Groups of features that read fixed facts of one word only, so their scores can be kept per
 * word for the rest of a sentence (decode.ts). STACK reads s0 and the words below it, which
 * stay put while s0 is on the stack (a popped word never comes back); FRONT reads b0 and the
 * two words after it; each other group reads one outermost dependent's form, tag and relation,
 * which no later move changes.
 */
export const enum FeatureGroup {
  Stack, Front, S0Left, S0Right, B0Left, S1Right, S1Left, S0Left2, S0Right2, B0Left2, S1Right2,
}

export const FEATURE_GROUPS = 11;

/** Writes into `words[group]` the word whose fixed facts each group's features read in `config`. */
export function groupWords(config: Configuration, words: Int32Array): void {
  const { leftmost, leftmost2, rightmost, rightmost2 } = config;
  const s0 = config.s(0);
  const s1 = config.s(1);
  const b0 = config.front;
  words[FeatureGroup.Stack] = s0;
  words[FeatureGroup.Front] = b0;
  words[FeatureGroup.S0Left] = leftmost[s0]!;
  words[FeatureGroup.S0Right] = rightmost[s0]!;
  words[FeatureGroup.B0Left] = leftmost[b0]!;
  words[FeatureGroup.S1Right] = rightmost[s1]!;
  words[FeatureGroup.S1Left] = leftmost[s1]!;
  words[FeatureGroup.S0Left2] = leftmost2[s0]!;
  words[FeatureGroup.S0Right2] = rightmost2[s0]!;
  words[FeatureGroup.B0Left2] = leftmost2[b0]!;
  words[FeatureGroup.S1Right2] = rightmost2[s1]!;
}

/** Per group, the form, tag and relation templates of the dependent groups that read all three. */
const DEPENDENT_TEMPLATES: readonly (readonly [number, number, number] | null)[] = [
  null, null, [60, 61, 62], [63, 64, 65], [66, 67, 68], [69, 70, 71], null, [74, 75, 76], [77, 78, 79], [80, 81, 82], null,
];

/**
 * Writes the features of group `group`, whose word in `config` is `word` (see `groupWords`),
 * into `keys` from `k`; returns the next free index.
 */
export function groupFeatures(group: FeatureGroup, word: number, config: Configuration, atoms: SentenceAtoms, keys: Uint32Array, k: number): number {
  const { form: w, tag: p, formTag: wp, cluster: c } = atoms;
  const l = config.labels;
  switch (group) {
    case FeatureGroup.Stack: {
      const s0 = word;
      const s1 = config.s(1);
      const s2 = config.s(2);
      const d1 = distance(s1, s0);
      keys[k++] = featureKey(1, w[s0]!);
      keys[k++] = featureKey(2, p[s0]!);
      keys[k++] = featureKey(3, wp[s0]!);
      keys[k++] = featureKey(12, w[s1]!);
      keys[k++] = featureKey(13, p[s1]!);
      keys[k++] = featureKey(14, wp[s1]!);
      keys[k++] = featureKey(15, p[s2]!);
      keys[k++] = featureKey(16, w[s2]!);
      keys[k++] = featureKey(25, wp[s1]!, wp[s0]!);
      keys[k++] = featureKey(26, w[s1]!, w[s0]!);
      keys[k++] = featureKey(27, p[s1]!, p[s0]!);
      keys[k++] = featureKey(28, wp[s1]!, p[s0]!);
      keys[k++] = featureKey(29, p[s1]!, wp[s0]!);
      keys[k++] = featureKey(35, p[s2]!, p[s1]!, p[s0]!);
      keys[k++] = featureKey(49, p[s1]!, p[s0]!, d1);
      keys[k++] = featureKey(50, w[s1]!, w[s0]!, d1);
      keys[k++] = featureKey(131, c[s0]!);
      keys[k++] = featureKey(134, c[s1]!);
      keys[k++] = featureKey(138, c[s1]!, c[s0]!);
      keys[k++] = featureKey(139, c[s1]!, p[s0]!);
      keys[k++] = featureKey(140, p[s1]!, c[s0]!);
      return k;
    }
    case FeatureGroup.Front: {
      const b0 = word;
      const b1 = config.b(1);
      const b2 = config.b(2);
      keys[k++] = featureKey(4, w[b0]!);
      keys[k++] = featureKey(5, p[b0]!);
      keys[k++] = featureKey(6, wp[b0]!);
      keys[k++] = featureKey(7, w[b1]!);
      keys[k++] = featureKey(8, p[b1]!);
      keys[k++] = featureKey(9, wp[b1]!);
      keys[k++] = featureKey(10, w[b2]!);
      keys[k++] = featureKey(11, p[b2]!);
      keys[k++] = featureKey(24, p[b0]!, p[b1]!);
      keys[k++] = featureKey(32, p[b0]!, p[b1]!, p[b2]!);
      keys[k++] = featureKey(132, c[b0]!);
      keys[k++] = featureKey(133, c[b1]!);
      keys[k++] = featureKey(141, c[b0]!, p[b1]!);
      return k;
    }
    case FeatureGroup.S1Left:
      keys[k++] = featureKey(72, p[word]!);
      keys[k++] = featureKey(73, l[word]!);
      return k;
    case FeatureGroup.S1Right2:
      keys[k++] = featureKey(83, p[word]!, l[word]!);
      return k;
    default: {
      const templates = DEPENDENT_TEMPLATES[group]!;
      keys[k++] = featureKey(templates[0], w[word]!);
      keys[k++] = featureKey(templates[1], p[word]!);
      keys[k++] = featureKey(templates[2], l[word]!);
      return k;
    }
  }
}

/** Writes the features outside every group (those that read two places at once or the partial tree's shape) into `keys`; returns their count. */
export function contextFeatures(config: Configuration, atoms: SentenceAtoms, keys: Uint32Array): number {
  const { form: w, tag: p, formTag: wp, cluster: c } = atoms;
  const { labels: l, leftmost, leftmost2, rightmost, rightmost2, leftCount, rightCount } = config;
  const s0 = config.s(0);
  const s1 = config.s(1);
  const b0 = config.b(0);
  const b1 = config.b(1);
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
  let k = 0;
  // Pairs: s0 with b0, s1 with b0.
  keys[k++] = featureKey(17, wp[s0]!, wp[b0]!);
  keys[k++] = featureKey(18, wp[s0]!, w[b0]!);
  keys[k++] = featureKey(19, w[s0]!, wp[b0]!);
  keys[k++] = featureKey(20, wp[s0]!, p[b0]!);
  keys[k++] = featureKey(21, p[s0]!, wp[b0]!);
  keys[k++] = featureKey(22, w[s0]!, w[b0]!);
  keys[k++] = featureKey(23, p[s0]!, p[b0]!);
  keys[k++] = featureKey(30, p[s1]!, p[b0]!);
  keys[k++] = featureKey(31, w[s1]!, w[b0]!);
  // Three tags.
  keys[k++] = featureKey(33, p[s0]!, p[b0]!, p[b1]!);
  keys[k++] = featureKey(34, p[s1]!, p[s0]!, p[b0]!);
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
  // Tags of the two outermost dependents.
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
  // Word clusters of s0 with b0.
  keys[k++] = featureKey(135, c[s0]!, c[b0]!);
  keys[k++] = featureKey(136, c[s0]!, p[b0]!);
  keys[k++] = featureKey(137, p[s0]!, c[b0]!);
  keys[k++] = featureKey(142, c[s0]!, c[b0]!, d0);
  return k;
}

/** Writes every feature of `config` into `keys` (those outside the groups, then each group's); returns their count. */
export function parserFeatures(config: Configuration, atoms: SentenceAtoms, keys: Uint32Array): number {
  const words = new Int32Array(FEATURE_GROUPS);
  groupWords(config, words);
  let k = contextFeatures(config, atoms, keys);
  for (let group = 0; group < FEATURE_GROUPS; group++) k = groupFeatures(group, words[group]!, config, atoms, keys, k);
  return k;
}
