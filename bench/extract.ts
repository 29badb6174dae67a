/**
 * Pages per second of newsgraph's HTML-to-article stage against Readability alone, on the
 * same pages in the same process, alternating rounds so machine noise hits both alike.
 *
 *   npm run bench:extract -- [DIR] [--rounds N]   (DIR defaults to ../shared/data/extraction)
 */
import { DEFAULT_EXTRACTION_DIR, loadExtractionSet, newsgraphText, readabilityText } from '../scripts/lib/extraction-set.js';

const args = process.argv.slice(2);
const dir = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--rounds') ?? DEFAULT_EXTRACTION_DIR;
const roundsFlag = args.indexOf('--rounds');
const rounds = roundsFlag >= 0 ? Number(args[roundsFlag + 1]) : 5;

const pages = loadExtractionSet(dir);
const systems = {
  'Readability.js alone': () => pages.forEach((page) => readabilityText(page.html)),
  newsgraph: () => pages.forEach((page) => newsgraphText(page)),
};
const elapsed: Record<string, number[]> = { 'Readability.js alone': [], newsgraph: [] };

// One warm-up round each, so the JIT has compiled both before timing starts.
Object.values(systems).forEach((run) => run());
for (let round = 0; round < rounds; round++) {
  for (const [name, run] of Object.entries(systems)) {
    const start = performance.now();
    run();
    elapsed[name]!.push(performance.now() - start);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const pagesPerSecond = (name: string) => (pages.length * 1000) / median(elapsed[name]!);
const peer = pagesPerSecond('Readability.js alone');
console.log(`Extraction speed on ${pages.length} pages of ${dir}, median of ${rounds} rounds\n`);
console.log('| system | pages/s | ratio to Readability alone |');
console.log('|---|---|---|');
for (const name of Object.keys(systems)) {
  console.log(`| ${name} | ${pagesPerSecond(name).toFixed(1)} | ${(pagesPerSecond(name) / peer).toFixed(2)}× |`);
}
