/**
 * Word clusters: each frequent lower-cased word's path in a three-level clustering of GloVe
 * vectors (built by scripts/build-word-clusters.ts), e.g. "42.4.1". Each level is a coarser
 * or finer group of words used alike, like the prefixes of a Brown cluster path.
 */
import { gunzipSync } from 'node:zlib';
import { lowerBound } from './sorted-keys.js';

/** Lower-cased word → its cluster path. */
export interface WordClusters {
  get(word: string): string | undefined;
}

/** `word<TAB>path` lines sorted by word, searched in place. */
class SortedClusterLines implements WordClusters {
  private readonly starts: Int32Array;
  readonly length: number;

  constructor(private readonly text: string) {
    const starts: number[] = [];
    for (let start = 0; start < text.length; start = text.indexOf('\n', start) + 1 || text.length) {
      if (text.charCodeAt(start) !== 10) starts.push(start);
    }
    this.starts = Int32Array.from(starts);
    this.length = starts.length;
  }

  /** The word of line `index`. */
  at(index: number): string {
    const start = this.starts[index]!;
    return this.text.slice(start, this.text.indexOf('\t', start));
  }

  get(word: string): string | undefined {
    const index = lowerBound(this, word);
    if (index >= this.length || this.at(index) !== word) return undefined;
    const start = this.starts[index]! + word.length + 1;
    const end = this.text.indexOf('\n', start);
    return this.text.slice(start, end < 0 ? this.text.length : end);
  }
}

/** Reads the gzipped `word<TAB>path` lines (sorted by word, as the build script writes them). */
export function parseWordClusters(gzipped: Uint8Array): WordClusters {
  return new SortedClusterLines(gunzipSync(gzipped).toString('utf8'));
}

/** The prefixes of a path, coarse to fine: "42.4.1" → ["42", "42.4", "42.4.1"]. */
export function clusterLevels(path: string): string[] {
  const levels: string[] = [];
  for (let dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) levels.push(path.slice(0, dot));
  levels.push(path);
  return levels;
}
