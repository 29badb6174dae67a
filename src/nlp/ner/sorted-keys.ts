/**
 * Binary search over a sorted array of strings (code-unit order, as `Array.prototype.sort`
 * leaves it). Name lists and word clusters are looked up this way instead of through a Map:
 * building a Map of 200,000 keys took most of the model's load time, while sorting or
 * reading presorted lines takes a few milliseconds, and the tagger caches what it looks up.
 */

/** The first index whose element is not less than `key` (`length` when none). */
export function lowerBound(sorted: { readonly length: number; at(index: number): string | undefined }, key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted.at(middle)! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
