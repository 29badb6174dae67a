/**
 * SimHash fingerprints of article texts, for finding near-duplicates (syndicated copies, the same
 * wire story under another outlet's furniture): texts whose 64-bit fingerprints differ in at most
 * NEAR_DUPLICATE_BITS bits and share a band. Hand-written: the npm packages for it are unmaintained, and it is
 * thirty lines. Shingles of three words, each hashed twice (FNV-1a with two offsets) to 64 bits.
 */

/**
 * Fingerprints this close (and sharing a band) are copies of one article. In the PolNeAR texts no
 * two different articles are closer than 15 bits; a copy with a dateline and credits added is
 * within 10 bits nine times in ten (`npm run eval:near-duplicates`).
 */
export const NEAR_DUPLICATE_BITS = 10;
/** The fingerprint in bands of 16 bits: the store's index finds earlier documents sharing a band, then the distance decides. */
export const BANDS = 4;

const SHINGLE_WORDS = 3;

function fnv1a(text: string, offset: number): number {
  let hash = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** MurmurHash3's finalizer: every input bit flips each output bit half the time, as SimHash's bits need. */
function finalMix(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** The 64-bit fingerprint as 16 hex digits; null for a text too short to have one shingle. */
export function simhash(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < SHINGLE_WORDS) return null;
  // Each word hashed once (two 32-bit halves); a shingle's hash folds its words' hashes FNV-style.
  const low = words.map((word) => fnv1a(word, 0x811c9dc5));
  const high = words.map((word) => fnv1a(word, 0x01000193 ^ 0x5bd1e995));
  const weights = new Int32Array(64);
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let lowHash = 0x811c9dc5;
    let highHash = 0x5bd1e995;
    for (let j = i; j < i + SHINGLE_WORDS; j++) {
      lowHash = Math.imul(lowHash ^ low[j]!, 0x01000193) >>> 0;
      highHash = Math.imul(highHash ^ high[j]!, 0x01000193) >>> 0;
    }
    lowHash = finalMix(lowHash);
    highHash = finalMix(highHash);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit]! += ((lowHash >>> bit) & 1) === 1 ? 1 : -1;
      weights[bit + 32]! += ((highHash >>> bit) & 1) === 1 ? 1 : -1;
    }
  }
  let hex = '';
  for (let nibble = 15; nibble >= 0; nibble--) {
    let value = 0;
    for (let bit = 3; bit >= 0; bit--) value = (value << 1) | (weights[nibble * 4 + bit]! > 0 ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

/** The bands of a fingerprint, as numbers (16 bits each). */
export function bands(fingerprint: string): number[] {
  return Array.from({ length: BANDS }, (_, band) => Number.parseInt(fingerprint.slice(band * 4, band * 4 + 4), 16));
}

/** How many bits two fingerprints differ in. */
export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < a.length; i++) {
    let x = Number.parseInt(a[i]!, 16) ^ Number.parseInt(b[i]!, 16);
    while (x !== 0) {
      distance += x & 1;
      x >>= 1;
    }
  }
  return distance;
}
