/**
 * Checks every data file against the schemas of the stages that read it, and records the
 * passes in data/checked.json, so that analyzers skip checking those exact bytes again at
 * start-up (any other content is checked as it loads). Run after changing a data file or a
 * schema; test/analyzer.test.ts fails while the record misses a file an analyzer loads.
 *
 *   npm run data:check
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import '../src/analyze.js';
import { CHECKED_FILE, DataFolder, dataUrl, ResourceSet } from '../src/resources.js';

const folder = new DataFolder(undefined, { recheck: true });
new ResourceSet(folder).loadAll();
const record = Object.fromEntries([...folder.checksRun].sort(([a], [b]) => a.localeCompare(b)).map(([key, hashes]) => [key, [...hashes].sort()]));
const out = fileURLToPath(dataUrl(CHECKED_FILE));
writeFileSync(out, `${JSON.stringify(record, null, 2)}\n`);
console.log(`${out}: ${Object.keys(record).length} checks of ${new Set(Object.keys(record).map((key) => key.split(' ')[0])).size} files passed`);
