/**
 * How well SimHash fingerprints (src/corpus/simhash.ts) tell syndicated copies from other
 * articles, on a folder of articles: each article against a copy of it made the way wires are
 * republished (a dateline before the body, credits after it), and every pair of different
 * articles. A pair is taken for copies when the store would find it: a shared 16-bit band and at
 * most NEAR_DUPLICATE_BITS differing bits.
 *
 *   npm run eval:near-duplicates -- [DIR]   (a folder of .txt files, by default the PolNeAR texts)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bands, hammingDistance, NEAR_DUPLICATE_BITS, simhash } from '../src/corpus/simhash.js';
import { DEFAULT_POLNEAR_DIR } from './lib/polnear.js';

const dir = process.argv[2] ?? join(DEFAULT_POLNEAR_DIR, 'text');
const texts = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join(dir, name), 'utf8'));
if (texts.length < 2) {
  console.error(`need at least two .txt files in ${dir}`);
  process.exit(2);
}
const taken = (a: string, b: string) => bands(a).some((value, band) => bands(b)[band] === value) && hammingDistance(a, b) <= NEAR_DUPLICATE_BITS;
const republished = (text: string) => {
  const [title, ...body] = text.split('\n');
  return `${title}\nWASHINGTON (Wire) - ${body.join('\n')}\nReporting by the desk; editing by the night team.`;
};
const fingerprints = texts.map((text) => simhash(text)!);
const found = texts.filter((text, i) => taken(fingerprints[i]!, simhash(republished(text))!)).length;
let pairs = 0;
let falseCopies = 0;
for (let i = 0; i < fingerprints.length; i++) {
  for (let j = i + 1; j < fingerprints.length; j++) {
    pairs++;
    if (taken(fingerprints[i]!, fingerprints[j]!)) falseCopies++;
  }
}
console.log(`${texts.length} articles of ${dir}; near-duplicates: a shared band and at most ${NEAR_DUPLICATE_BITS} of 64 bits apart\n`);
console.log('| measure | value |');
console.log('|---|---|');
console.log(`| republished copies found (dateline and credits added) | ${found} of ${texts.length} (${((found / texts.length) * 100).toFixed(1)}%) |`);
console.log(`| different articles taken for copies | ${falseCopies} of ${pairs} pairs |`);
