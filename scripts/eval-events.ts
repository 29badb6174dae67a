/**
 * Scores the events stage on the project's gold set (test/fixtures/events/sentences.md, format
 * in scripts/lib/event-gold.ts; scoring in scripts/lib/event-scoring.ts):
 *
 *   npm run eval:events -- [FILE] [--errors K]
 *
 * Prints event detection (trigger overlap) precision, recall and F1; the category score (F1 of
 * events found with the right PLOVER category); and, on the events found, the accuracy of the
 * actors (source and target both right), the status, the time and the place. `--errors K` lists up to K
 * gold events missed or coded wrong, and K predicted events with no gold.
 */
import { scriptArgs } from './lib/script-args.js';
import { analyze } from '../src/analyze.js';
import { isFailed, type Entity } from '../src/document/contract.js';
import { DEFAULT_EVENT_GOLD, readEventGold } from './lib/event-gold.js';
import { addEventTally, emptyEventTally, prf, scoreItem, type EventOutcome } from './lib/event-scoring.js';
import { alignedOffsetMapper } from './lib/polnear.js';

const { values, positionals } = scriptArgs(import.meta.url, { allowPositionals: true, options: { errors: { type: 'string' } } });
const errorLimit = values.errors === undefined ? 0 : Number(values.errors);
if (!Number.isInteger(errorLimit) || errorLimit < 0) {
  console.error(`--errors takes a whole number, not ${values.errors}`);
  process.exit(2);
}
const file = positionals[0] ?? DEFAULT_EVENT_GOLD;
const items = readEventGold(file);

const total = emptyEventTally();
const byCategory = new Map<string, { gold: number; right: number }>();
const byStatus = new Map<string, { gold: number; right: number }>();
const wrong: string[] = [];
const spurious: string[] = [];
let failed = 0;

const names = (ids: readonly string[], entities: readonly Entity[]) => ids.map((id) => entities.find((entity) => entity.id === id)?.name ?? id).join('; ') || '-';

for (const item of items) {
  const result = analyze({ text: item.text, publishedAt: item.publishedAt });
  if (isFailed(result)) {
    failed++;
    continue;
  }
  const toArticle = alignedOffsetMapper(item.text, result.article.text);
  const { tally, outcomes, unmatched } = scoreItem(item.events, result.events, result.entities, (offset) => toArticle(offset) ?? -1);
  addEventTally(total, tally);
  for (const outcome of outcomes) {
    const category = byCategory.get(outcome.gold.category) ?? { gold: 0, right: 0 };
    category.gold++;
    if (outcome.category) category.right++;
    byCategory.set(outcome.gold.category, category);
    if (outcome.predicted !== null) {
      const status = byStatus.get(outcome.gold.status) ?? { gold: 0, right: 0 };
      status.gold++;
      if (outcome.status) status.right++;
      byStatus.set(outcome.gold.status, status);
    }
    if (!(outcome.category && outcome.actors && outcome.status && outcome.time && outcome.place)) wrong.push(describe(item.id, outcome, result.entities));
  }
  for (const event of unmatched) spurious.push(`- [${item.id}] ${event.trigger.text} ${event.plover} ${event.status} (${event.rule})`);
}

function describe(id: string, outcome: EventOutcome, entities: readonly Entity[]): string {
  const gold = outcome.gold;
  const goldLine = `${gold.trigger} ${gold.category} ${gold.sources.join('; ') || '-'} -> ${gold.targets.join('; ') || '-'} ${gold.status} ${gold.time === null ? '-' : `${gold.time.start}..${gold.time.end}`} in ${gold.place ?? '-'}`;
  const event = outcome.predicted;
  if (event === null) return `- [${id}] missed: ${goldLine}`;
  const time = event.time === null ? '-' : `${event.time.start?.slice(0, 10)}..${event.time.end?.slice(0, 10)}`;
  const flags = [!outcome.category && 'category', !outcome.actors && 'actors', !outcome.status && 'status', !outcome.time && 'time', !outcome.place && 'place'].filter(Boolean).join(', ');
  return `- [${id}] wrong ${flags}: gold ${goldLine}; got ${event.plover} ${names(event.source, entities)} -> ${names(event.target, entities)} ${event.status} ${time} in ${event.place?.span.text ?? '-'} (${event.rule})`;
}

const f = (value: number) => value.toFixed(3);
const detection = prf(total.matched, total.predicted, total.gold);
const category = prf(total.categoryRight, total.predicted, total.gold);
const accuracy = (right: number) => (total.matched === 0 ? 0 : right / total.matched);

console.log(`Events on ${file}: ${items.length} items, ${total.gold} gold events, ${total.predicted} predicted${failed > 0 ? `, ${failed} items failed to analyze` : ''}\n`);
console.log('| measure | value |');
console.log('|---|---|');
// The found count beside the recall: a floor like 0.90 is checked on the fraction, not on its rounding.
console.log(`| detection (trigger overlap) P / R / F1 | ${f(detection.p)} / ${f(detection.r)} (${total.matched}/${total.gold}) / ${f(detection.f1)} |`);
console.log(`| **category** (found with the right PLOVER category) P / R / F1 | ${f(category.p)} / ${f(category.r)} / **${f(category.f1)}** |`);
console.log(`| category accuracy on found events | ${f(accuracy(total.categoryRight))} |`);
console.log(`| **actors** (source and target right) on found events | **${f(accuracy(total.actorsRight))}** (source ${f(accuracy(total.sourceRight))}, target ${f(accuracy(total.targetRight))}) |`);
console.log(`| **status** on found events | **${f(accuracy(total.statusRight))}** |`);
console.log(`| **time** on found events | **${f(accuracy(total.timeRight))}** |`);
console.log(`| **place** on found events | **${f(accuracy(total.placeRight))}** |`);

const table = (title: string, rows: Map<string, { gold: number; right: number }>, what: string) => {
  console.log(`\n${title}\n\n| ${what} | gold | right | share |\n|---|---|---|---|`);
  for (const [name, row] of [...rows].sort((a, b) => b[1].gold - a[1].gold)) console.log(`| ${name} | ${row.gold} | ${row.right} | ${f(row.right / row.gold)} |`);
};
table('Category recall by gold category (found with the right category):', byCategory, 'category');
table('Status accuracy by gold status (on found events):', byStatus, 'status');

if (errorLimit > 0) {
  console.log(`\nGold events missed or coded wrong (${Math.min(errorLimit, wrong.length)} of ${wrong.length}):\n`);
  console.log(wrong.slice(0, errorLimit).join('\n'));
  console.log(`\nPredicted events with no gold (${Math.min(errorLimit, spurious.length)} of ${spurious.length}):\n`);
  console.log(spurious.slice(0, errorLimit).join('\n'));
}
