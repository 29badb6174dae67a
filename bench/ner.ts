/**
 * Speed and memory of the NER tagger and of analyze() against wink-nlp's own tokenise + POS
 * pass (pipes sbd and pos), on the same CoNLL-2003 documents in the same process, alternating
 * rounds so machine noise hits all alike. Every tokens/s figure counts the CoNLL tokens, so
 * the ratios are ratios of time. Also: the first loadTagger() call (timed before anything
 * else touches the tagger) against loading wink's model, the first analyze() call, the peak
 * RSS of this process, and that of a fresh process analysing one article of median length.
 *
 *   npm run bench:ner -- [FILE] [--rounds N]   (FILE defaults to <conll dir>/test.txt, N to 3)
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadTagger, tagTokens } from '../src/nlp/ner/tagger.js';
import { median, timeInTurns } from './lib/rounds.js';

// The tagger's load, first: its module graph does not load wink, the data set or analyze().
let start = performance.now();
loadTagger();
const taggerLoadMs = performance.now() - start;

start = performance.now();
const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
const nlp = winkNLP(model, ['sbd', 'pos']);
const winkLoadMs = performance.now() - start;

const { analyze } = await import('../src/analyze.js');
start = performance.now();
analyze('Angela Merkel met Emmanuel Macron in Paris on Tuesday, the German government said.');
const firstAnalyzeMs = performance.now() - start;

const { DEFAULT_CONLL_DIR, readConllSet } = await import('../scripts/lib/conll-set.js');
const args = process.argv.slice(2);
const file = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--rounds') ?? join(DEFAULT_CONLL_DIR, 'test.txt');
const roundsFlag = args.indexOf('--rounds');
const rounds = roundsFlag >= 0 ? Number(args[roundsFlag + 1]) : 3;

const documents = readConllSet(file).map(({ sentences }) => {
  const tokens = sentences.map((sentence) => sentence.tokens);
  return { tokens, text: tokens.map((sentence) => sentence.join(' ')).join('\n'), count: tokens.flat().length };
});
const tokenCount = documents.reduce((sum, document) => sum + document.count, 0);

const WINK = 'wink-nlp readDoc + POS (sbd, pos)';
let winkTokens = 0;
const systems: Record<string, () => void> = {
  [WINK]: () => {
    winkTokens = 0;
    for (const { text } of documents) winkTokens += (nlp.readDoc(text).tokens().out(nlp.its.pos) as string[]).length;
  },
  'tagTokens (tagger alone)': () => documents.forEach(({ tokens }) => tagTokens(tokens)),
  'analyze() end to end': () => documents.forEach(({ text }) => analyze(text)),
};
const elapsed = timeInTurns(systems, rounds);

// A fresh process analysing one article, so its peak RSS is for that article, not this benchmark.
interface ChildReport { importedKb: number; analyzedKb: number; firstAnalyzeMs: number }
const article = [...documents].sort((a, b) => a.count - b.count)[Math.floor(documents.length / 2)]!;
const childCode = `
  import { readFileSync } from 'node:fs';
  const text = readFileSync(0, 'utf8');
  const { analyze } = await import(${JSON.stringify(new URL('../src/analyze.ts', import.meta.url).href)});
  const importedKb = process.resourceUsage().maxRSS;
  const start = performance.now();
  analyze(text);
  const firstAnalyzeMs = performance.now() - start;
  console.log(JSON.stringify({ importedKb, analyzedKb: process.resourceUsage().maxRSS, firstAnalyzeMs }));`;
const child = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', childCode], {
  input: article.text,
  encoding: 'utf8',
})) as ChildReport;

const tokensPerSecond = (name: string) => (tokenCount * 1000) / median(elapsed.get(name)!);
const peer = tokensPerSecond(WINK);
const ms = (value: number) => `${value.toFixed(0)} ms`;
const mib = (kb: number) => `${(kb / 1024).toFixed(0)} MiB`;

console.log(`NER speed on ${documents.length} documents (${tokenCount} CoNLL tokens) of ${file}, median of ${rounds} rounds\n`);
console.log('| measure | value | ratio to wink-nlp |');
console.log('|---|---|---|');
console.log(`| first loadTagger() (model, gazetteers, clusters) | ${ms(taggerLoadMs)} | ${(taggerLoadMs / winkLoadMs).toFixed(2)}× wink's load |`);
console.log(`| wink-nlp load (import model + winkNLP(model, ['sbd', 'pos'])) | ${ms(winkLoadMs)} | 1.00× |`);
console.log(`| first analyze() on one short sentence, tagger already loaded | ${ms(firstAnalyzeMs)} | |`);
console.log(`| first analyze() in a fresh process after imports, one article of ${article.count} tokens (includes the tagger's load) | ${ms(child.firstAnalyzeMs)} | |`);
for (const name of Object.keys(systems)) {
  console.log(`| ${name}, tokens/s | ${tokensPerSecond(name).toFixed(0)} | ${(tokensPerSecond(name) / peer).toFixed(2)}× |`);
}
console.log(`| peak RSS of this benchmark | ${mib(process.resourceUsage().maxRSS)} | |`);
console.log(`| peak RSS of a fresh process after imports (node + tsx + analyze's modules) | ${mib(child.importedKb)} | |`);
console.log(`| peak RSS of a fresh process after analyze() of that one article | ${mib(child.analyzedKb)} | |`);
console.log(`\nwink-nlp itself split the text into ${winkTokens} tokens (the rates above all count the ${tokenCount} CoNLL tokens).`);
