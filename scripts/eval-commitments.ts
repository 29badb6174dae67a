/**
 * Scores the commitments stage on the hand-built gold of test/fixtures/stances-gold (PolNeAR
 * articles; the annotation rules and how a match is judged are in its RULES.md; scoring in
 * scripts/lib/stance-scoring.ts). The analyzer runs in this process on each article annotated
 * for commitments; its commitments are matched to the gold by article, overlapping evidence
 * sentence and actor (or the head of what is promised), one to one.
 *
 *   npm run eval:commitments -- [DIR] [--errors K] [--errors-split ROW]
 *   (DIR: the PolNeAR folder or its text/ folder; ../shared/data/quotes/polnear or NEWSGRAPH_POLNEAR by default)
 *
 * Prints, for all articles, the dev and test splits, and each draw alone (all, dev, test; the
 * first the rules were tuned on, the second drawn after): gold and emitted counts,
 * precision, recall, F1, the share of emitted commitments fully right (actor, beneficiary, what,
 * due and status all right), and each field's accuracy on the matches; then recall by gold
 * status.
 * `--errors K` lists, for dev's articles unless `--errors-split` names another, up to K missed gold commitments, K matched with a wrong field and K
 * emitted with no gold.
 */
import type { Commitment, Entity } from '../src/document/contract.js';
import { analyzeGold, clip, evalOptions, listsErrorsOf, f3, rowsOf, printErrors, printSplitTable, SPLIT_ROWS, type PlacementCounts, type SplitRow } from './lib/stance-eval.js';
import { COMMITMENT_STATUSES, type GoldArticle, type GoldCommitment } from './lib/stance-gold.js';
import { addTally, COMMITMENT_FIELDS, emptyTally, scoreCommitments, type CommitmentField, type Tally } from './lib/stance-scoring.js';

const { textDir, errorLimit, errorSplit } = evalOptions();
const tallies = Object.fromEntries(SPLIT_ROWS.map((row) => [row, emptyTally(COMMITMENT_FIELDS)])) as Record<SplitRow, Tally<CommitmentField>>;
const articles = Object.fromEntries(SPLIT_ROWS.map((row) => [row, 0])) as Record<SplitRow, number>;
const byStatus = new Map(COMMITMENT_STATUSES.map((status) => [status, { gold: 0, found: 0, statusRight: 0 }]));
const counts: PlacementCounts = { failed: 0, moved: 0, lost: 0 };
const missed: string[] = [];
const wrong: string[] = [];
const spurious: string[] = [];

const goldLine = (commitment: GoldCommitment) => `${commitment.actor.join('; ')} -> ${commitment.beneficiary.join('; ') || '-'} "${commitment.what}" due ${commitment.due ?? '-'} ${commitment.status}`;
const names = (ids: readonly string[], entities: readonly Entity[]) => ids.map((id) => entities.find((entity) => entity.id === id)?.name ?? id).join('; ') || '-';
const commitmentLine = (commitment: Commitment, entities: readonly Entity[]) => `${names(commitment.actor, entities)} -> ${names(commitment.beneficiary, entities)} "${commitment.what}" due ${commitment.due?.span?.text ?? (commitment.due === null ? '-' : `${commitment.due.start}..${commitment.due.end}`)} ${commitment.status} (${commitment.rule})`;

const lost = (article: GoldArticle, commitment: GoldCommitment) => {
  for (const row of rowsOf(article)) tallies[row].gold++;
  byStatus.get(commitment.status)!.gold++;
  if (listsErrorsOf(article, errorSplit)) missed.push(`- [${article.id.slice(0, 40)}] not found in the analyzer's text: ${goldLine(commitment)}`);
};

for (const { article, document, gold } of analyzeGold(textDir, 'commitments', (set) => set.commitments, counts, lost)) {
  const { tally, outcomes, unmatched } = scoreCommitments(gold, document.commitments, document.entities, document.article.text);
  for (const row of rowsOf(article)) {
    addTally(tallies[row], tally);
    articles[row]++;
  }
  const where = `[${article.id.slice(0, 40)}]`;
  const listed = listsErrorsOf(article, errorSplit);
  for (const outcome of outcomes) {
    const status = byStatus.get(outcome.gold.status)!;
    status.gold++;
    if (outcome.predicted === null || outcome.right === null) {
      if (listed) missed.push(`- ${where} ${goldLine(outcome.gold)}: ${JSON.stringify(clip(document.article.text.slice(...outcome.gold.placed)))}`);
      continue;
    }
    status.found++;
    if (outcome.right.status) status.statusRight++;
    const bad = COMMITMENT_FIELDS.filter((field) => !outcome.right![field]);
    if (listed && bad.length > 0) wrong.push(`- ${where} wrong ${bad.join(', ')}: gold ${goldLine(outcome.gold)}; got ${commitmentLine(outcome.predicted, document.entities)}`);
  }
  if (listed) for (const commitment of unmatched) spurious.push(`- ${where} ${commitmentLine(commitment, document.entities)}: ${JSON.stringify(clip(commitment.evidence.text))}`);
}

const all = tallies.all;
console.log(`Commitments on ${textDir}: ${articles.all} articles annotated for commitments (dev ${articles.dev}, test ${articles.test}), ${all.gold} gold commitments, ${all.emitted} emitted`
  + `${counts.failed > 0 ? `; ${counts.failed} articles failed to analyze` : ''}${counts.moved > 0 ? `; ${counts.moved} gold evidence spans placed again by their anchor` : ''}`
  + `${counts.lost > 0 ? `; ${counts.lost} gold commitments not found in the analyzer's text (counted as missed)` : ''}`);
console.log('Match: same article, overlapping evidence sentence, and a gold actor named or a word of the gold head in what is promised; one to one, best pair first.');
console.log('');
printSplitTable(COMMITMENT_FIELDS, tallies, articles);
console.log('\nRecall by gold status (all articles; status accuracy on the ones found):\n');
console.log('| status | gold | found | recall | status right |');
console.log('|---|---|---|---|---|');
for (const [status, row] of byStatus) {
  console.log(`| ${status} | ${row.gold} | ${row.found} | ${row.gold === 0 ? '-' : f3(row.found / row.gold)} | ${row.found === 0 ? '-' : f3(row.statusRight / row.found)} |`);
}
printErrors(errorLimit, [
  ['Gold commitments missed', missed],
  ['Matched commitments with a wrong field', wrong],
  ['Emitted commitments with no gold', spurious],
]);
