/**
 * The web app's JavaScript budget: every built script (dist/web/assets/*.js) gzipped, summed,
 * must stay within 300 kB. Run after `npm run build:web`; exits 1 over the budget or with no build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ASSETS = fileURLToPath(new URL('../dist/web/assets/', import.meta.url));
const BUDGET_BYTES = 300 * 1000;

let scripts: string[];
try {
  scripts = readdirSync(ASSETS).filter((name) => name.endsWith('.js')).sort();
} catch {
  scripts = [];
}
if (scripts.length === 0) {
  console.error(`no scripts in ${ASSETS}: run npm run build:web first`);
  process.exit(1);
}
let total = 0;
for (const name of scripts) {
  const gzipped = gzipSync(readFileSync(join(ASSETS, name)), { level: 9 }).length;
  total += gzipped;
  console.log(`${name}  ${(gzipped / 1000).toFixed(1)} kB gzipped`);
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(`total ${(total / 1000).toFixed(1)} kB gzipped: ${verdict} the ${BUDGET_BYTES / 1000} kB budget`);
if (total > BUDGET_BYTES) process.exit(1);
