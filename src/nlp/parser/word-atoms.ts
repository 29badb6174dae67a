/**
 * What the tagger and the parser know about a word before any decision: hashes of its
 * lower-cased form, affixes, shape and word clusters.
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

/** The atoms of one word, in ATOM_COLUMNS' order. */
function atomRow(word: string, clusters: WordClusterTable): Int32Array {
  const form = normalForm(word);
  const formHash = hashString(form);
  const levels: ClusterLevels = { coarse: 0, middle: 0, fine: 0 };
  clusters.lookup(formHash, levels);
  const atoms: Record<(typeof ATOM_COLUMNS)[number], number> = {
    raw: hashString(word),
    form: formHash,
    prefix1: hashString(word.slice(0, 1)),
    prefix3: hashString(form.slice(0, 3)),
    suffix2: hashString(form.slice(-2)),
    suffix3: hashString(form.slice(-3)),
    suffix4: hashString(form.slice(-4)),
    shape: hashString(wordShape(word)),
    coarseCluster: levels.coarse,
    cluster: levels.middle,
    fineCluster: levels.fine,
  };
  return Int32Array.from(ATOM_COLUMNS, (column) => atoms[column]);
}

/** The atoms of a sentence's words, from each word's row. */
function fromRows(rows: readonly Int32Array[]): WordAtoms {
  const atoms = int32Columns(ATOM_COLUMNS, rows.length);
  ATOM_COLUMNS.forEach((name, column) => {
    const values = atoms[name];
    rows.forEach((row, i) => (values[i] = row[column]!));
  });
  return atoms;
}

export function wordAtoms(words: readonly string[], clusters: WordClusterTable): WordAtoms {
  return fromRows(words.map((word) => atomRow(word, clusters)));
}

/** Bound on `WordAtomCache`'s words, so that a long-running process does not grow without end. */
const MAX_CACHED_WORDS = 200_000;

/**
 * `wordAtoms` for a fixed cluster table, each distinct word's atoms computed once and kept: the
 * same words recur from sentence to sentence, and hashing a word's forms and affixes cost more
 * than looking them up.
 */
export class WordAtomCache {
  private readonly rows = new Map<string, Int32Array>();

  constructor(private readonly clusters: WordClusterTable) {}

  atoms(words: readonly string[]): WordAtoms {
    return fromRows(words.map((word) => this.row(word)));
  }

  private row(word: string): Int32Array {
    let row = this.rows.get(word);
    if (row === undefined) {
      if (this.rows.size >= MAX_CACHED_WORDS) this.rows.clear();
      row = atomRow(word, this.clusters);
      this.rows.set(word, row);
    }
    return row;
  }
}
