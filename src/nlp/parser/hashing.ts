/**
 * 32-bit hashing for feature keys. A feature is a template number and a few small integers
 * (word hashes, tag ids, labels, distances) mixed into one key, so extracting features
 * allocates nothing and no feature string is ever built (MurmurHash3's mixing steps).
 */

/** FNV-1a over the UTF-16 code units of `text`, finished with MurmurHash3's avalanche. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return finish(hash);
}

/** Mixes one 32-bit value into a running hash. */
export function mix(hash: number, value: number): number {
  let k = Math.imul(value, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  hash ^= Math.imul(k, 0x1b873593);
  hash = (hash << 13) | (hash >>> 19);
  return (Math.imul(hash, 5) + 0xe6546b64) | 0;
}

/** The final avalanche; never returns 0, which marks an empty slot in the weight tables. */
export function finish(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash === 0 ? 1 : hash;
}

/**
 * The key of a feature made of a template number and up to three values. Cheaper than
 * `mix` (a quarter of parsing time went to hashing feature keys): one multiply and shift
 * between the values, so (a, b) and (b, a) differ, and a full avalanche at the end.
 */
export function featureKey(template: number, a: number, b = 0, c = 0): number {
  let hash = Math.imul(template, 0x9e3779b1) ^ a;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) ^ b;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) ^ c;
  return finish(hash);
}
