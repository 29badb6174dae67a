/**
 * Rewrites the golden outputs (test/golden/) of every file in examples/: what `newsgraph
 * analyze FILE --format json` and `--format pretty` print. test/golden.test.ts compares them,
 * so a change in what users see shows as a diff in review. Run after a deliberate change.
 *
 *   npm run golden:update
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { goldenOutputs, GOLDEN_DIR } from '../test/golden-outputs.js';

for (const name of readdirSync(new URL('../examples/', import.meta.url)).sort()) {
  for (const { file, output } of await goldenOutputs(name)) {
    writeFileSync(new URL(file, GOLDEN_DIR), output);
    console.log(`wrote test/golden/${file}`);
  }
}
