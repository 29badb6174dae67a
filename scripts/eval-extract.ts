/**
 * Scores HTML-to-article extraction with the article-extraction-benchmark shingle F1,
 * Readability alone and newsgraph side by side on the same pages in one run.
 *
 *   npm run eval:extract -- [DIR] [--pages]      (DIR defaults to ../shared/data/extraction)
 */
import { DEFAULT_EXTRACTION_DIR, loadExtractionSet, newsgraphText, readabilityText } from './lib/extraction-set.js';
import { scorePage, scoreSet } from './lib/shingles.js';

const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith('--')) ?? DEFAULT_EXTRACTION_DIR;
const perPage = args.includes('--pages');

const pages = loadExtractionSet(dir);
if (pages.length === 0) {
  console.error(`no pages with ground truth in ${dir}`);
  process.exit(2);
}

const systems = {
  'Readability.js alone': (page: (typeof pages)[number]) => readabilityText(page.html),
  newsgraph: newsgraphText,
} as const;

const results = Object.entries(systems).map(([name, extract]) => {
  const predictions = pages.map((page) => ({ page, predicted: extract(page) }));
  return { name, predictions, score: scoreSet(predictions.map(({ page, predicted }) => ({ predicted, gold: page.gold }))) };
});

if (perPage) {
  const newsgraph = results[1]!;
  for (const { page, predicted } of newsgraph.predictions) {
    const score = scorePage(predicted, page.gold);
    console.log(`${page.id.slice(0, 8)}  P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  ${page.url ?? ''}`);
  }
  console.log();
}

console.log(`Extraction on ${pages.length} pages of ${dir} (shingle F1, article-extraction-benchmark method)\n`);
console.log('| system | precision | recall | F1 | exact |');
console.log('|---|---|---|---|---|');
for (const { name, score } of results) {
  console.log(`| ${name} | ${score.precision.toFixed(3)} | ${score.recall.toFixed(3)} | ${score.f1.toFixed(3)} | ${score.accuracy.toFixed(3)} |`);
}
