/**
 * Speed of the dependency parser against wink-nlp's own tokenise + POS pass (pipes sbd and
 * pos) on the same sentences in the same process, alternating rounds so machine noise hits
 * both alike; the median round counts. Every tokens/s figure counts the treebank's words, so
 * the ratio is a ratio of time. Also the tagger and the parser apart, and the first
 * loadParser() against loading wink's model.
 *
 *   npm run bench:parser -- [FILE] [--rounds N] [--model DIR]
 *   (FILE defaults to ../shared/data/ud/en-ewt/test.conllu, N to 5, DIR, a data folder holding parser/, to data/)
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scriptArgs } from '../scripts/lib/script-args.js';
import { loadParser, loadParserWeights, loadWordClusters } from '../src/nlp/parser/parser.js';
import { parseTagged } from '../src/nlp/parser/decode.js';
import { wordAtoms } from '../src/nlp/parser/word-atoms.js';
import { dataUrl } from '../src/resources.js';
import { DEFAULT_UD_DIR, readTreebankFile } from '../scripts/lib/ud-set.js';
import { median, timeInTurns } from './lib/rounds.js';

const { values, positionals } = scriptArgs(import.meta.url, {
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '5' }, model: { type: 'string' } },
});
const file = positionals[0] ?? join(DEFAULT_UD_DIR, 'en-ewt', 'test.conllu');
const rounds = Number(values.rounds);

let start = performance.now();
const parser = values.model === undefined ? loadParser(dataUrl('')) : loadParserWeights(pathToFileURL(`${values.model.replace(/\/$/, '')}/`), loadWordClusters(dataUrl('')));
const parserLoadMs = performance.now() - start;

start = performance.now();
const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
const nlp = winkNLP(model, ['sbd', 'pos']);
const winkLoadMs = performance.now() - start;

const sentences = readTreebankFile(file).map((sentence) => sentence.words);
const text = sentences.map((words) => words.join(' ')).join('\n');
const wordCount = sentences.reduce((sum, words) => sum + words.length, 0);

const WINK = 'wink-nlp readDoc + POS (sbd, pos)';
const parts = parser.parts();
const atoms = sentences.map((words) => wordAtoms(words, parts.clusters));
const tags = atoms.map((words) => parts.tagger.tag(words));
const systems: Record<string, () => void> = {
  [WINK]: () => nlp.readDoc(text).tokens().out(nlp.its.pos),
  'parser.parse (tagger, parser and labeller)': () => sentences.forEach((words) => parser.parse(words)),
  'tagger alone (words already hashed)': () => atoms.forEach((words) => parts.tagger.tag(words)),
  'parser and labeller alone (on the tagger\'s tags)': () => atoms.forEach((words, i) => parseTagged(words, tags[i]!, parts.transitions)),
};
const elapsed = timeInTurns(systems, rounds);

const tokensPerSecond = (name: string) => (wordCount * 1000) / median(elapsed.get(name)!);
const peer = tokensPerSecond(WINK);

console.log(`Parser speed on ${sentences.length} sentences (${wordCount} words) of ${file}, median of ${rounds} rounds\n`);
console.log('| measure | value | ratio to wink-nlp |');
console.log('|---|---|---|');
console.log(`| first loadParser() (tagger and parser weights) | ${parserLoadMs.toFixed(0)} ms | ${(parserLoadMs / winkLoadMs).toFixed(2)}× wink's load |`);
console.log(`| wink-nlp load (import model + winkNLP(model, ['sbd', 'pos'])) | ${winkLoadMs.toFixed(0)} ms | 1.00× |`);
for (const name of Object.keys(systems)) {
  console.log(`| ${name}, tokens/s | ${tokensPerSecond(name).toFixed(0)} | ${(tokensPerSecond(name) / peer).toFixed(2)}× |`);
}
