/**
 * Analyzes a folder of articles in one process forward, then in reverse order, and reports
 * every article whose output differs between the two passes: the output of an article must
 * not depend on what the same process analysed before it.
 *
 *   npm run check:determinism -- [DIR] [--articles N]
 *   (DIR: a folder of .txt files, by default the PolNeAR texts; exit status 1 on any difference)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptArgs } from './lib/script-args.js';
import { createAnalyzer } from '../src/analyze.js';
import { DEFAULT_POLNEAR_DIR } from './lib/polnear.js';

const { values, positionals } = scriptArgs(import.meta.url, { allowPositionals: true, options: { articles: { type: 'string' } } });
const dir = positionals[0] ?? join(DEFAULT_POLNEAR_DIR, 'text');
const limit = values.articles === undefined ? undefined : Number(values.articles);
const names = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().slice(0, limit);
if (names.length === 0) {
  console.error(`no .txt files in ${dir}`);
  process.exit(2);
}
const texts = names.map((name) => readFileSync(join(dir, name), 'utf8'));
const analyzer = createAnalyzer();
const analyzeAll = (order: number[]): string[] => {
  const outputs: string[] = [];
  for (const index of order) outputs[index] = JSON.stringify(analyzer.analyze({ text: texts[index]!, publishedAt: '2016-01-01' }));
  return outputs;
};
const forward = analyzeAll(names.map((_, index) => index));
const reversed = analyzeAll(names.map((_, index) => names.length - 1 - index));
const differing = names.filter((_, index) => forward[index] !== reversed[index]);
console.log(`${names.length} articles from ${dir}, forward then reversed in one process: ${differing.length} differ`);
for (const name of differing.slice(0, 20)) console.log(`  ${name}`);
process.exit(differing.length === 0 ? 0 : 1);
