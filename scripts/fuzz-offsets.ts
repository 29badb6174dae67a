/**
 * Fuzzes the analyzer for the wall time it is given: the arbitraries of the property tests
 * (test/lib/article-arbitraries.ts) under fresh seeds, every record checked by
 * test/lib/invariants.ts (spans inside article.text and equal to their slice, unique ids,
 * references that resolve, no annotator that threw, the published JSON Schema), and now and
 * then the same input analysed again, in the same and in a fresh analyzer, for the same record.
 *
 *   npm run fuzz -- [--minutes 5] [--seed N] [--property text|html|any|determinism]
 *
 * Prints runs per second, and the first counterexample, shrunk, with the seed and the property
 * that find it again; exit status 1 on a violation.
 */
import { scriptArgs } from './lib/script-args.js';
import fc from 'fast-check';
import { createAnalyzer, type ArticleInput } from '../src/analyze.js';
import { SHIPPED_DATA_DIR } from '../src/resources.js';
import { articleInput, htmlInput, textInput } from '../test/lib/article-arbitraries.js';
import { checkResult } from '../test/lib/invariants.js';

const { values } = scriptArgs(import.meta.url, { options: { minutes: { type: 'string', default: '5' }, seed: { type: 'string' }, property: { type: 'string' } } });
const minutes = Number(values.minutes);
if (!(minutes > 0)) {
  console.error('--minutes must be a positive number');
  process.exit(2);
}
/** fast-check seeds are 32-bit integers. */
const firstSeed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isInteger(firstSeed)) {
  console.error('--seed must be an integer');
  process.exit(2);
}
/** Runs per fast-check round: each round draws a fresh seed. */
const ROUND_RUNS = 200;

const started = performance.now();
const analyzer = createAnalyzer();
const fresh = createAnalyzer({ dataDir: SHIPPED_DATA_DIR });
console.log(`analyzers loaded in ${((performance.now() - started) / 1000).toFixed(1)} s; fuzzing for ${minutes} min from seed ${firstSeed}`);

let slowest = { ms: 0, input: '' as string | ArticleInput };

/** Analyzes `input` and throws when the record breaks an invariant. */
function keepsContract(input: string | ArticleInput): void {
  const start = performance.now();
  const result = analyzer.analyze(input);
  const ms = performance.now() - start;
  if (ms > slowest.ms) slowest = { ms, input };
  const violations = checkResult(result);
  if (violations.length > 0) throw new Error(violations.map((violation) => `${violation.path || '/'}: ${violation.problem}`).join('\n'));
}

/** Analyzes `input`, then `between`, then `input` again here and in a fresh analyzer: one record. */
function deterministic(input: string | ArticleInput, between: string | ArticleInput): void {
  const first = JSON.stringify(analyzer.analyze(input));
  analyzer.analyze(between);
  if (JSON.stringify(analyzer.analyze(input)) !== first) throw new Error('a second analysis in the same analyzer gave another record');
  if (JSON.stringify(fresh.analyze(input)) !== first) throw new Error('a fresh analyzer gave another record');
}

/** What one round found: how many runs it made and, on a failure, the shrunk counterexample. */
interface RoundResult {
  readonly runs: number;
  readonly failure: { readonly seed: number; readonly path: string | null; readonly shrinks: number; readonly counterexample: unknown; readonly error: unknown } | null;
}
/** One fast-check round of a property: `runs` runs from `seed`, stopped after `limit` ms. */
type Round = (seed: number, runs: number, limit: number) => RoundResult;
const round = <Ts extends unknown[]>(property: fc.IProperty<Ts>): Round => (seed, runs, limit) => {
  const details = fc.check(property, { seed, numRuns: runs, interruptAfterTimeLimit: limit, markInterruptAsFailure: false });
  return {
    runs: details.numRuns,
    failure: details.failed ? { seed: details.seed, path: details.counterexamplePath, shrinks: details.numShrinks, counterexample: details.counterexample, error: details.errorInstance } : null,
  };
};

const ALL_PROPERTIES: readonly { name: string; runs: number; check: Round }[] = [
  { name: 'text', runs: ROUND_RUNS, check: round(fc.property(textInput, keepsContract)) },
  { name: 'html', runs: ROUND_RUNS, check: round(fc.property(htmlInput, keepsContract)) },
  { name: 'any', runs: ROUND_RUNS, check: round(fc.property(articleInput, keepsContract)) },
  { name: 'determinism', runs: ROUND_RUNS / 10, check: round(fc.property(articleInput, articleInput, deterministic)) },
];
const PROPERTIES = ALL_PROPERTIES.filter(({ name }) => values.property === undefined || name === values.property);
if (PROPERTIES.length === 0) {
  console.error(`--property must be one of ${ALL_PROPERTIES.map(({ name }) => name).join(', ')}`);
  process.exit(2);
}

const deadline = started + minutes * 60_000;
const counts = new Map<string, { runs: number; ms: number }>(PROPERTIES.map(({ name }) => [name, { runs: 0, ms: 0 }]));
let rounds = 0;
let lastReport = performance.now();

fuzzing: while (performance.now() < deadline) {
  for (const { name, runs, check } of PROPERTIES) {
    const seed = (firstSeed + rounds) % 2 ** 31;
    rounds++;
    const left = deadline - performance.now();
    if (left <= 0) break fuzzing;
    const roundStart = performance.now();
    const { runs: made, failure } = check(seed, runs, left);
    const count = counts.get(name)!;
    count.runs += made;
    count.ms += performance.now() - roundStart;
    if (failure !== null) {
      report();
      console.log(`\nVIOLATION in property "${name}" (seed ${failure.seed}, path ${failure.path ?? '?'}, shrunk ${failure.shrinks} times)`);
      console.log(`counterexample: ${fc.stringify(failure.counterexample)}`);
      console.log(failure.error instanceof Error ? failure.error.message : String(failure.error));
      console.log(`again: npm run fuzz -- --seed ${failure.seed} --property ${name}`);
      process.exit(1);
    }
    if (performance.now() - lastReport > 30_000) {
      report();
      lastReport = performance.now();
    }
  }
}
report();
console.log(`no violations; slowest input ${slowest.ms.toFixed(0)} ms (${JSON.stringify(slowest.input).length} characters as JSON)`);

function report(): void {
  const elapsed = (performance.now() - started) / 1000;
  const total = [...counts.values()].reduce((sum, count) => sum + count.runs, 0);
  const parts = [...counts].map(([name, { runs, ms }]) => `${name} ${runs} (${ms > 0 ? (runs / (ms / 1000)).toFixed(1) : '0'}/s)`);
  console.log(`${elapsed.toFixed(0)} s: ${total} runs, ${(total / elapsed).toFixed(1)} runs/s; ${parts.join(', ')}`);
}
