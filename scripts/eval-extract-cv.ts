/**
 * Re-checks the extraction rules of data/ (boilerplate.json, html-cleanup.json) for generality by
 * two-fold cross-validation, and prints the cross-validated F1 beside the plain one.
 *
 * The pages are split in two halves by a hash of their site (every page of a site in the same
 * half). For each half in turn: keep only the rules the half supports, set each tunable to its
 * best value there, then score the other half. `--rules` also lists, for every rule, the pages
 * and sites it changes and what leaving it out costs on all pages.
 *
 *   npm run eval:extract-cv -- [DIR] [--rules] [--support fires|helps|both]
 */
import { DEFAULT_EXTRACTION_DIR, loadExtractionSet } from './lib/extraction-set.js';
import { RuleStudy, type Support } from './lib/extraction-cv.js';
import { readRuleData, ruleName, tunableValue } from './lib/extraction-rules.js';
import type { SetScore } from './lib/shingles.js';

const args = process.argv.slice(2);
const dir = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--support') ?? DEFAULT_EXTRACTION_DIR;
const supportFlag = args.includes('--support') ? args[args.indexOf('--support') + 1] : 'both';
const supports: Support[] = supportFlag === 'both' ? ['fires', 'helps'] : [supportFlag as Support];
if (!supports.every((support) => support === 'fires' || support === 'helps')) {
  console.error('--support takes fires, helps or both');
  process.exit(2);
}

const pages = loadExtractionSet(dir);
if (pages.length === 0) {
  console.error(`no pages with ground truth in ${dir}`);
  process.exit(2);
}

const study = new RuleStudy(pages, readRuleData());
const all = pages.map((_, index) => index);
const plain = study.score(all, (index) => study.base[index]!);
const row = (name: string, score: SetScore) =>
  console.log(`| ${name} | ${score.precision.toFixed(3)} | ${score.recall.toFixed(3)} | ${score.f1.toFixed(3)} |`);

if (args.includes('--rules')) {
  console.log('| rule | pages it changes | sites | ΔF1 without it (all pages) |');
  console.log('|---|---|---|---|');
  for (const ablation of study.ablate()) {
    const sites = study.sitesOf(ablation);
    const delta = study.deltaWithout(ablation);
    console.log(`| \`${ruleName(ablation.rule)}\` | ${ablation.changed.size} | ${sites.length <= 3 ? sites.join(', ') : sites.length} | ${delta >= 0 ? '+' : ''}${delta.toFixed(4)} |`);
  }
  console.log();
}

const results = supports.map((support) => ({ support, ...study.crossValidate(support) }));
for (const { support, folds } of results) {
  console.log(`Rules kept when they ${support === 'fires' ? 'fire' : 'help'} on the tuning half:`);
  for (const fold of folds) {
    const changed = [...fold.settings].filter(([tunable, value]) => value !== tunableValue(study.data, tunable));
    const settings = changed.map(([tunable, value]) => `${tunable.path.join('.')} ${value}`).join(', ') || 'as shipped';
    console.log(
      `  tune on half ${fold.fold} (${fold.tuning.length} pages, F1 ${fold.tuningScore.f1.toFixed(3)}), test on the other ` +
        `(${fold.testing.length} pages, F1 ${fold.testScore.f1.toFixed(3)}; shipped rules ${fold.shippedTestScore.f1.toFixed(3)}): ` +
        `${study.rules.length - fold.dropped.length} of ` +
        `${study.rules.length} rules kept; tunables: ${settings}`,
    );
  }
}

console.log(`\nExtraction rules cross-validated on ${pages.length} pages of ${dir} (shingle F1; halves by site)\n`);
console.log('| evaluation | precision | recall | F1 |');
console.log('|---|---|---|---|');
row(`plain: the shipped rules, all ${pages.length} pages`, plain);
for (const { support, score } of results) row(`2-fold cross-validated, rules that ${support === 'fires' ? 'fire' : 'help'} on the tuning half`, score);
