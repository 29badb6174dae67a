/**
 * Word clusters: each frequent lower-cased word's path in a three-level clustering of GloVe
 * vectors (built by scripts/build-word-clusters.ts), e.g. "42.4.1". Each level is a coarser
 * or finer group of words used alike, like the prefixes of a Brown cluster path.
 */
import { gunzipSync } from 'node:zlib';

/** Lower-cased word → its cluster path. */
export type WordClusters = ReadonlyMap<string, string>;

/** Reads the gzipped `word<TAB>path` lines. */
export function parseWordClusters(gzipped: Uint8Array): WordClusters {
  const clusters = new Map<string, string>();
  const text = gunzipSync(gzipped).toString('utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab > start && tab < end) clusters.set(text.slice(start, tab), text.slice(tab + 1, end));
    start = end + 1;
  }
  return clusters;
}

/** The prefixes of a path, coarse to fine: "42.4.1" → ["42", "42.4", "42.4.1"]. */
export function clusterLevels(path: string): string[] {
  const levels: string[] = [];
  for (let dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) levels.push(path.slice(0, dot));
  levels.push(path);
  return levels;
}
