/**
 * Scores the stances stage on the hand-built gold of test/fixtures/stances-gold (PolNeAR
 * articles; the annotation rules and how a match is judged are in its RULES.md; scoring in
 * scripts/lib/stance-scoring.ts). The analyzer runs in this process on each article annotated
 * for stances; its stances are matched to the gold by article, overlapping evidence sentence and
 * holder (or issue head), one to one.
 *
 *   npm run eval:stances -- [DIR] [--errors K] [--errors-split ROW]
 *   (DIR: the PolNeAR folder or its text/ folder; ../shared/data/quotes/polnear or NEWSGRAPH_POLNEAR by default)
 *
 * Prints, for all articles, the dev and test splits, and each draw alone (all, dev, test; the
 * first the rules were tuned on, the second drawn after): gold and emitted counts,
 * precision, recall, F1, the share of emitted stances fully right (matched with holder, issue,
 * polarity and changed all right), each field's accuracy on the matches, and the share of
 * emitted issues that read as a phrase on their own (data/stances/readable-issue.json) and do
 * not run on into the verb of their own clause (lib/issue-clause.ts, from a parse); then
 * recall by gold polarity. `--errors K` lists, for dev's articles unless `--errors-split` names another, up to K missed gold stances, K matched with a
 * wrong field, K emitted with no gold and K unreadable issues.
 */
import type { Entity, Stance } from '../src/document/contract.js';
import { analyzeGold, clip, evalOptions, listsErrorsOf, f3, rowsOf, printErrors, printSplitTable, SPLIT_ROWS, type PlacementCounts, type SplitRow } from './lib/stance-eval.js';
import { POLARITIES, type GoldArticle, type GoldStance } from './lib/stance-gold.js';
import { clauseVerbReasons } from './lib/issue-clause.js';
import { addTally, emptyTally, readReadabilityLists, scoreStances, STANCE_FIELDS, unreadableReason, type StanceField, type Tally } from './lib/stance-scoring.js';

const { textDir, errorLimit, errorSplit } = evalOptions();
const lists = readReadabilityLists();
const tallies = Object.fromEntries(SPLIT_ROWS.map((row) => [row, emptyTally(STANCE_FIELDS)])) as Record<SplitRow, Tally<StanceField>>;
const articles = Object.fromEntries(SPLIT_ROWS.map((row) => [row, 0])) as Record<SplitRow, number>;
const readable = Object.fromEntries(SPLIT_ROWS.map((row) => [row, 0])) as Record<SplitRow, number>;
const byPolarity = new Map(POLARITIES.map((polarity) => [polarity, { gold: 0, found: 0, polarityRight: 0 }]));
const counts: PlacementCounts = { failed: 0, moved: 0, lost: 0 };
const missed: string[] = [];
const wrong: string[] = [];
const spurious: string[] = [];
const unreadable: string[] = [];

const goldLine = (stance: GoldStance) => `${stance.holder.join('; ')} ${stance.polarity}${stance.changed ? ' (changed)' : ''} "${stance.issue}"`;
const names = (ids: readonly string[], entities: readonly Entity[]) => ids.map((id) => entities.find((entity) => entity.id === id)?.name ?? id).join('; ') || '-';
const stanceLine = (stance: Stance, entities: readonly Entity[]) => `${names(stance.holder, entities)} ${stance.polarity}${stance.changed ? ' (changed)' : ''} "${stance.issue}" (${stance.rule})`;

const lost = (article: GoldArticle, stance: GoldStance) => {
  for (const row of rowsOf(article)) tallies[row].gold++;
  byPolarity.get(stance.polarity)!.gold++;
  if (listsErrorsOf(article, errorSplit)) missed.push(`- [${article.id.slice(0, 40)}] not found in the analyzer's text: ${goldLine(stance)}`);
};

for (const { article, document, gold } of analyzeGold(textDir, 'stances', (set) => set.stances, counts, lost)) {
  const { tally, outcomes, unmatched } = scoreStances(gold, document.stances, document.entities);
  const clauseVerbs = clauseVerbReasons(document.article, document.stances);
  const reasons = document.stances.map((stance, k) => unreadableReason(stance.issue, lists) ?? clauseVerbs[k]!);
  const readableHere = reasons.filter((reason) => reason === null).length;
  for (const row of rowsOf(article)) {
    addTally(tallies[row], tally);
    articles[row]++;
    readable[row] += readableHere;
  }
  const where = `[${article.id.slice(0, 40)}]`;
  const listed = listsErrorsOf(article, errorSplit);
  for (const outcome of outcomes) {
    const polarity = byPolarity.get(outcome.gold.polarity)!;
    polarity.gold++;
    if (outcome.predicted === null || outcome.right === null) {
      if (listed) missed.push(`- ${where} ${goldLine(outcome.gold)}: ${JSON.stringify(clip(document.article.text.slice(...outcome.gold.placed)))}`);
      continue;
    }
    polarity.found++;
    if (outcome.right.polarity) polarity.polarityRight++;
    const bad = STANCE_FIELDS.filter((field) => !outcome.right![field]);
    if (listed && bad.length > 0) wrong.push(`- ${where} wrong ${bad.join(', ')}: gold ${goldLine(outcome.gold)}; got ${stanceLine(outcome.predicted, document.entities)}`);
  }
  if (listed) for (const stance of unmatched) spurious.push(`- ${where} ${stanceLine(stance, document.entities)}: ${JSON.stringify(clip(stance.evidence.text))}`);
  document.stances.forEach((stance, k) => {
    if (listed && reasons[k] !== null) unreadable.push(`- ${where} ${reasons[k]}: "${stance.issue}" (${stance.rule})`);
  });
}

const all = tallies.all;
console.log(`Stances on ${textDir}: ${articles.all} articles annotated for stances (dev ${articles.dev}, test ${articles.test}), ${all.gold} gold stances, ${all.emitted} emitted`
  + `${counts.failed > 0 ? `; ${counts.failed} articles failed to analyze` : ''}${counts.moved > 0 ? `; ${counts.moved} gold evidence spans placed again by their anchor` : ''}`
  + `${counts.lost > 0 ? `; ${counts.lost} gold stances not found in the analyzer's text (counted as missed)` : ''}`);
console.log('Match: same article, overlapping evidence sentence, and a gold holder named or a word of the gold issue head in the issue; one to one, best pair first.\n');
printSplitTable(STANCE_FIELDS, tallies, articles, {
  header: 'readable issues / emitted',
  cell: (row) => (tallies[row].emitted === 0 ? '-' : f3(readable[row] / tallies[row].emitted)),
});
console.log('\nRecall by gold polarity (all articles; polarity accuracy on the ones found):\n');
console.log('| polarity | gold | found | recall | polarity right |');
console.log('|---|---|---|---|---|');
for (const [polarity, row] of byPolarity) {
  console.log(`| ${polarity} | ${row.gold} | ${row.found} | ${row.gold === 0 ? '-' : f3(row.found / row.gold)} | ${row.found === 0 ? '-' : f3(row.polarityRight / row.found)} |`);
}
printErrors(errorLimit, [
  ['Gold stances missed', missed],
  ['Matched stances with a wrong field', wrong],
  ['Emitted stances with no gold', spurious],
  ['Unreadable issues', unreadable],
]);
