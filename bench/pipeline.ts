/**
 * Documents per second of the whole analyze() pipeline against compromise's people(),
 * places(), organizations() and quotations() on the same plain-text articles, in one process.
 * All files are read before timing starts; after an untimed warm-up round, each round runs
 * every document through both, the systems taking turns stretch by stretch (see STRETCH). A
 * round's time is the sum of its stretches; the figures are medians over the rounds. tokens/s counts the tokens of newsgraph's own tokenizer, the
 * same count for both rows.
 *
 *   npm run bench -- [DIR] [--articles N] [--rounds N]
 *   (DIR: a folder of .txt files, by default ../shared/data/quotes/polnear/text or
 *   $NEWSGRAPH_POLNEAR/text; N articles: all by default; rounds: 3 by default)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptArgs } from '../scripts/lib/script-args.js';
import nlp from 'compromise';
import { analyze } from '../src/analyze.js';
import { tokenize } from '../src/nlp/tokenizer.js';
import { DEFAULT_POLNEAR_DIR } from '../scripts/lib/polnear.js';
import { median } from './lib/rounds.js';

const { values, positionals } = scriptArgs(import.meta.url, {
  allowPositionals: true,
  options: {
    articles: { type: 'string' },
    rounds: { type: 'string' },
  },
});
const count = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} takes a positive whole number, not ${value}`);
    process.exit(2);
  }
  return n;
};
const dir = positionals[0] ?? join(DEFAULT_POLNEAR_DIR, 'text');
const rounds = count('rounds', values.rounds) ?? 3;
const texts = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .slice(0, count('articles', values.articles))
  .map((name) => readFileSync(join(dir, name), 'utf8'));
if (texts.length === 0) {
  console.error(`no .txt files in ${dir}`);
  process.exit(2);
}
const tokenCount = texts.reduce((sum, text) => sum + tokenize(text).tokens.filter(([start, end]) => text.slice(start, end).trim() !== '').length, 0);

/**
 * Documents per timed stretch. The systems take turns stretch by stretch (in alternating
 * order), so a slow spell of the machine falls on both rather than on one system's whole
 * round. No garbage collection is forced between turns: none is forced when reading a stream.
 */
const STRETCH = 48;
const NEWSGRAPH = 'newsgraph analyze() (whole pipeline)';
const COMPROMISE = 'compromise 14 (people, places, organizations, quotations)';
/** One document through each system; the results are read out so the work is really done. */
const systems: Record<string, (text: string) => unknown> = {
  [NEWSGRAPH]: (text) => analyze({ text }),
  [COMPROMISE]: (text) => {
    const doc = nlp(text);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array'), doc.quotations().out('array')];
  },
};
const names = Object.keys(systems);
const elapsed = new Map(names.map((name): [string, number[]] => [name, []]));

// An untimed warm-up round over every document: both systems' code is compiled and newsgraph's
// caches of words it has read are filled, as in a process that has read a stream for a while.
for (let round = -1; round < rounds; round++) {
  const total = new Map(names.map((name) => [name, 0]));
  for (let from = 0, turn = 0; from < texts.length; from += STRETCH, turn++) {
    const stretch = texts.slice(from, from + STRETCH);
    for (const name of turn % 2 === 0 ? names : [...names].reverse()) {
      const start = performance.now();
      stretch.forEach(systems[name]!);
      total.set(name, total.get(name)! + performance.now() - start);
    }
  }
  if (round >= 0) for (const name of names) elapsed.get(name)!.push(total.get(name)!);
}

const docsPerSecond = (name: string) => (texts.length * 1000) / median(elapsed.get(name)!);
const peer = docsPerSecond(COMPROMISE);
console.log(`Pipeline speed on ${texts.length} articles (${tokenCount} tokens) of ${dir}, median of ${rounds} rounds\n`);
console.log('| system | docs/s | tokens/s | ratio to compromise |');
console.log('|---|---|---|---|');
for (const name of Object.keys(systems)) {
  const docs = docsPerSecond(name);
  console.log(`| ${name} | ${docs.toFixed(1)} | ${((docs * tokenCount) / texts.length).toFixed(0)} | ${(docs / peer).toFixed(2)}× |`);
}
