/**
 * GloVe word clusters for the tagger and parser: the same three-level cluster paths the NER
 * tagger reads (data/ner/word-clusters.txt.gz, 200,000 lower-cased words), keyed here by the
 * hash of the word form the features already compute, so a look-up builds no string. A
 * cluster stands in for a word the treebank saw rarely or never (Koo, Carreras & Collins 2008).
 */
import { gunzipSync } from 'node:zlib';
import { hashString } from './hashing.js';

export const CLUSTERS_FILE = 'ner/word-clusters.txt.gz';

/** Cluster hashes of one word: coarse (64 groups), middle (~1,000) and fine (~8,000); 0 when unknown. */
export interface ClusterLevels {
  coarse: number;
  middle: number;
  fine: number;
}

export class WordClusterTable {
  private readonly mask: number;
  /** Per slot: word hash, coarse, middle, fine. */
  private readonly slots: Int32Array;

  /** `text` is the `word<TAB>path` lines, e.g. "talks\t42.4.1". */
  constructor(text: string) {
    const lines = text.split('\n').filter((line) => line.includes('\t'));
    let size = 1;
    while (size < lines.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 4);
    for (const line of lines) {
      const [word, path] = line.split('\t') as [string, string];
      const key = hashString(word);
      let slot = key & this.mask;
      while (this.slots[slot * 4] !== 0 && this.slots[slot * 4] !== key) slot = (slot + 1) & this.mask;
      const firstDot = path.indexOf('.');
      const secondDot = path.indexOf('.', firstDot + 1);
      this.slots[slot * 4] = key;
      this.slots[slot * 4 + 1] = hashString(path.slice(0, firstDot));
      this.slots[slot * 4 + 2] = hashString(path.slice(0, secondDot < 0 ? path.length : secondDot));
      this.slots[slot * 4 + 3] = hashString(path);
    }
  }

  static fromGzip(bytes: Uint8Array): WordClusterTable {
    return new WordClusterTable(gunzipSync(bytes).toString('utf8'));
  }

  /** The clusters of the word whose lower-cased form hashes to `formHash`, written into `out`. */
  lookup(formHash: number, out: ClusterLevels): void {
    let slot = formHash & this.mask;
    while (this.slots[slot * 4] !== 0) {
      if (this.slots[slot * 4] === formHash) {
        out.coarse = this.slots[slot * 4 + 1]!;
        out.middle = this.slots[slot * 4 + 2]!;
        out.fine = this.slots[slot * 4 + 3]!;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    out.coarse = 0;
    out.middle = 0;
    out.fine = 0;
  }
}
