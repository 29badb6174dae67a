/**
 * Word clusters: each frequent lower-cased word's path in a three-level clustering of GloVe
 * vectors (built by scripts/build-word-clusters.ts), e.g. "42.4.1". Each level is a coarser
 * or finer group of words used alike, like the prefixes of a Brown cluster path.
 */
import { gunzipSync } from 'node:zlib';

export type WordClusters = ReadonlyMap<string, readonly string[]>;

/** Reads the gzipped `word<TAB>path` lines into word → [level 1, level 1-2, level 1-3]. */
export function parseWordClusters(gzipped: Uint8Array): WordClusters {
  const clusters = new Map<string, string[]>();
  for (const line of gunzipSync(gzipped).toString('utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const parts = line.slice(tab + 1).split('.');
    clusters.set(line.slice(0, tab), parts.map((_, level) => parts.slice(0, level + 1).join('.')));
  }
  return clusters;
}
