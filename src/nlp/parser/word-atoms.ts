/**
 * What the tagger and the parser know about a word before any decision: hashes of its
 * lower-cased form, affixes, shape and word clusters, computed once per sentence.
 */
import type { ClusterLevels, WordClusterTable } from './clusters.js';
import { int32Columns } from './columns.js';
import { hashString } from './hashing.js';

export interface WordAtoms {
  /** The word as written (case kept), then lower-cased with numbers reduced to their shape. */
  readonly raw: Int32Array;
  readonly form: Int32Array;
  readonly prefix1: Int32Array;
  readonly suffix2: Int32Array;
  readonly suffix3: Int32Array;
  readonly suffix4: Int32Array;
  readonly prefix3: Int32Array;
  readonly shape: Int32Array;
  readonly coarseCluster: Int32Array;
  readonly cluster: Int32Array;
  readonly fineCluster: Int32Array;
}

function charKind(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return 'X';
    if (code >= 97 && code <= 122) return 'x';
    if (code >= 48 && code <= 57) return 'd';
    return char;
  }
  return /\p{Lu}/u.test(char) ? 'X' : /\p{L}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
}

/** A short shape: runs of upper case, lower case, digits and other characters, each run written once ("Xx", "d.d", "x-x"). */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (const char of word) {
    const kind = charKind(char);
    if (kind !== last) shape += kind;
    last = kind;
    if (shape.length >= 6) break;
  }
  return shape;
}

const NUMBER = /^[\d.,:/-]*\d[\d.,:/-]*$/;

/** Word forms are lower-cased; numbers keep only their shape, so "1,200" and "3,450" are one word. */
function normalForm(word: string): string {
  return NUMBER.test(word) ? `#num:${wordShape(word)}` : word.toLowerCase();
}

const ATOM_COLUMNS = ['raw', 'form', 'prefix1', 'prefix3', 'suffix2', 'suffix3', 'suffix4', 'shape', 'coarseCluster', 'cluster', 'fineCluster'] as const;

export function wordAtoms(words: readonly string[], clusters: WordClusterTable): WordAtoms {
  const atoms = int32Columns(ATOM_COLUMNS, words.length);
  const levels: ClusterLevels = { coarse: 0, middle: 0, fine: 0 };
  words.forEach((word, i) => {
    const form = normalForm(word);
    atoms.form[i] = hashString(form);
    clusters.lookup(atoms.form[i]!, levels);
    atoms.coarseCluster[i] = levels.coarse;
    atoms.cluster[i] = levels.middle;
    atoms.fineCluster[i] = levels.fine;
    atoms.raw[i] = hashString(word);
    atoms.prefix1[i] = hashString(word.slice(0, 1));
    atoms.prefix3[i] = hashString(form.slice(0, 3));
    atoms.suffix4[i] = hashString(form.slice(-4));
    atoms.suffix2[i] = hashString(form.slice(-2));
    atoms.suffix3[i] = hashString(form.slice(-3));
    atoms.shape[i] = hashString(wordShape(word));
  });
  return atoms;
}
