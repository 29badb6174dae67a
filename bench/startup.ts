/**
 * Start-up: wall time of a whole `newsgraph analyze` run on the example article, against a peer
 * measured in the same run: a fresh Node process that loads wink-nlp with its English model and
 * reads the same article (what any wink-based tool pays before its first word). Also the same
 * CLI unbundled (dist/cli/main.js and its module graph), to show what the bundle saves. The
 * commands take turns, `--runs` times each; figures are medians.
 *
 *   npm run bench:startup -- [--runs N] [FILE]   (N defaults to 10, FILE to examples/harbour-talks.txt)
 */
import { spawnSync } from 'node:child_process';
import { scriptArgs } from '../scripts/lib/script-args.js';

const { values, positionals } = scriptArgs(import.meta.url, { allowPositionals: true, options: { runs: { type: 'string' } } });
const runs = Number(values.runs ?? 10);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a positive whole number, not ${values.runs}`);
  process.exit(2);
}
const file = positionals[0] ?? 'examples/harbour-talks.txt';
const analyzeArgs = ['analyze', file, '--format', 'json'];

const commands: Record<string, string[]> = {
  'newsgraph analyze (bundled CLI, as installed)': ['bin/newsgraph.js', ...analyzeArgs],
  'newsgraph analyze (unbundled dist/, for comparison)': ['--input-type=module', '-e', `const { main } = await import('./dist/cli/main.js'); process.exitCode = await main(${JSON.stringify(analyzeArgs)});`],
  'peer: load wink-nlp and its model, read the article': ['--input-type=module', '-e', `
    const { readFileSync } = await import('node:fs');
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model, ['sbd', 'pos']);
    const doc = nlp.readDoc(readFileSync(${JSON.stringify(file)}, 'utf8'));
    console.log(doc.tokens().out(nlp.its.pos).length);`],
};

const times = new Map<string, number[]>(Object.keys(commands).map((name) => [name, []]));
for (let run = 0; run < runs; run++) {
  // Alternating order, so that a slow spell of the machine falls on each command in turn.
  const names = run % 2 === 0 ? Object.keys(commands) : Object.keys(commands).reverse();
  for (const name of names) {
    const started = performance.now();
    const result = spawnSync(process.execPath, commands[name]!, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - started;
    if (result.status !== 0) {
      console.error(`${name} failed (status ${result.status}):\n${result.stderr}`);
      process.exit(1);
    }
    times.get(name)!.push(ms);
  }
}

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const peer = median(times.get('peer: load wink-nlp and its model, read the article')!);
console.log(`${file}, ${runs} runs each, taking turns (median wall time of the whole process)\n`);
console.log('| command | median | min | ratio to peer |');
console.log('|---|---|---|---|');
for (const [name, list] of times) {
  console.log(`| ${name} | ${(median(list) / 1000).toFixed(2)} s | ${(Math.min(...list) / 1000).toFixed(2)} s | ${(median(list) / peer).toFixed(2)}× |`);
}
