/**
 * Scores the actors stage on the project's gold set: each article through `analyze`, each
 * predicted entity's mentions one predicted cluster, against the gold entities.
 *
 *   npm run eval:actors -- [FILE] [--articles]
 *   (FILE defaults to test/fixtures/actors/articles.md)
 *   npm run eval:actors -- --gum [--split dev|test|all] [--gum-dir DIR] [--docs]
 *   (GUM's coreference chains instead: scripts/lib/gum-actors.ts)
 *
 * Reports B³ (micro over all gold mentions) and MUC for the clustering, mention detection
 * (predicted name/pronoun/demonym mentions vs gold, exact span and aligned), and, for each
 * gold entity, the predicted entity holding most of its aligned mentions: its country,
 * sector and type against the gold ones. Alignment and metrics: scripts/lib/bcubed.ts.
 * `--articles` adds a row per article listing its errors (merged and split entities,
 * missed mentions, wrong country / sector / type, spurious entities).
 */
import { scriptArgs } from './lib/script-args.js';
import { DEFAULT_GUM_DIR } from './lib/gum-coref.js';
import { runGumEval } from './lib/gum-actors.js';
import { analyze } from '../src/analyze.js';
import { isFailed, type Entity } from '../src/document/contract.js';
import { DEFAULT_ACTOR_GOLD, loadGold, offsetMapper, type GoldArticle, type GoldEntity, type GoldMention } from './lib/actor-gold.js';
import {
  addCounts,
  alignMentions,
  bcubedScore,
  corefCounts,
  detectionScore,
  emptyCounts,
  mucScore,
  type CorefCounts,
  type DetectionCounts,
  type Prf,
} from './lib/bcubed.js';

const { values, positionals } = scriptArgs(import.meta.url, {
  allowPositionals: true,
  options: {
    articles: { type: 'boolean', default: false },
    gum: { type: 'boolean', default: false },
    'gum-dir': { type: 'string', default: DEFAULT_GUM_DIR },
    split: { type: 'string', default: 'all' },
    docs: { type: 'boolean', default: false },
  },
});

if (values.gum) {
  const split = values.split;
  if (split !== 'dev' && split !== 'test' && split !== 'all') throw new Error(`--split takes dev, test or all, not ${split}`);
  runGumEval({ dir: values['gum-dir'], split, documents: values.docs });
} else {
  evalGoldSet(positionals[0] ?? DEFAULT_ACTOR_GOLD, values.articles);
}

function evalGoldSet(file: string, articleRows: boolean): void {
const gold = loadGold(file);

const DETECTED_KINDS = new Set(['name', 'pronoun', 'demonym']);

interface Predicted {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: string;
  /** Index into the article's predicted entities. */
  readonly entity: number;
}

interface Tally {
  correct: number;
  total: number;
}

const tally = (): Tally => ({ correct: 0, total: 0 });

interface ArticleResult {
  readonly article: GoldArticle;
  readonly counts: CorefCounts;
  readonly errors: string[];
  readonly country: Tally;
  readonly warning: string | null;
}

const total = emptyCounts();
const exactDetection: DetectionCounts = { predicted: 0, gold: 0, matched: 0 };
const alignedDetection: DetectionCounts = { predicted: 0, gold: 0, matched: 0 };
const recallByKind = new Map<string, Tally>();
const country = tally();
const sector = tally();
const type = tally();
const results: ArticleResult[] = [];

const quote = (text: string) => `"${text}"`;

function predictedMentions(entities: readonly Entity[], map: (offset: number, isEnd: boolean) => number | null, goldText: string): Predicted[] {
  const out: Predicted[] = [];
  entities.forEach((entity, index) => {
    for (const mention of entity.mentions) {
      const start = map(mention.start, false);
      const end = map(mention.end, true);
      if (start === null || end === null || end <= start) continue;
      out.push({ start, end, text: goldText.slice(start, end), kind: mention.kind, entity: index });
    }
  });
  return out;
}

function describeCluster(mentions: readonly { text: string }[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  return `{${[...counts].map(([text, n]) => (n > 1 ? `${text} ×${n}` : text)).join(', ')}}`;
}

for (const article of gold) {
  const result = analyze({ text: article.text, publishedAt: article.publishedAt });
  let warning: string | null = null;
  let entities: readonly Entity[] = [];
  let predicted: Predicted[] = [];
  if (isFailed(result)) {
    warning = `analyze failed: ${result.error.code} ${result.error.message}`;
  } else {
    const map = offsetMapper(article.text, result.article.text);
    if (map === null) warning = 'article.text differs from the gold text and could not be aligned; scored as no predictions';
    else {
      if (result.article.text !== article.text) warning = 'article.text differs from the gold text; offsets mapped over non-space characters';
      entities = result.entities;
      predicted = predictedMentions(entities, map, article.text);
    }
  }

  const goldMentions: readonly GoldMention[] = article.mentions;
  const alignment = alignMentions(article.text, goldMentions, predicted);
  const response = alignment.map((index) => (index < 0 ? null : String(predicted[index]!.entity)));
  const counts = corefCounts(
    goldMentions.map((m) => m.entity),
    response,
  );
  addCounts(total, counts);

  // Mention detection over name/pronoun/demonym mentions on both sides.
  const goldDetected = goldMentions.filter((m) => DETECTED_KINDS.has(m.kind));
  const predDetected = predicted.filter((m) => DETECTED_KINDS.has(m.kind));
  const exactKeys = new Set(predDetected.map((m) => `${m.start}:${m.end}`));
  exactDetection.predicted += predDetected.length;
  exactDetection.gold += goldDetected.length;
  exactDetection.matched += goldDetected.filter((m) => exactKeys.has(`${m.start}:${m.end}`)).length;
  const detectedAlignment = alignMentions(article.text, goldDetected, predDetected);
  alignedDetection.predicted += predDetected.length;
  alignedDetection.gold += goldDetected.length;
  alignedDetection.matched += detectedAlignment.filter((index) => index >= 0).length;
  goldDetected.forEach((m, i) => {
    const t = recallByKind.get(m.kind) ?? tally();
    t.total += 1;
    if (detectedAlignment[i]! >= 0) t.correct += 1;
    recallByKind.set(m.kind, t);
  });

  // Per gold entity: the predicted entity holding most of its aligned mentions.
  const errors: string[] = [];
  const articleCountry = tally();
  const label = (e: GoldEntity) => `${e.id} ${e.name}`;
  const byEntity = new Map<string, { mention: GoldMention; predicted: number | null }[]>();
  goldMentions.forEach((mention, i) => {
    const list = byEntity.get(mention.entity) ?? [];
    list.push({ mention, predicted: alignment[i]! >= 0 ? predicted[alignment[i]!]!.entity : null });
    byEntity.set(mention.entity, list);
  });
  for (const entity of article.entities) {
    const mentions = byEntity.get(entity.id) ?? [];
    const votes = new Map<number, number>();
    for (const m of mentions) if (m.predicted !== null) votes.set(m.predicted, (votes.get(m.predicted) ?? 0) + 1);
    let best: number | null = null;
    for (const [index, n] of votes) if (best === null || n > votes.get(best)!) best = index;
    const chosen = best === null ? null : entities[best]!;

    const clusters = [...votes.keys()];
    const missed = mentions.filter((m) => m.predicted === null).map((m) => m.mention);
    if (clusters.length > 1) {
      const parts = clusters.map((index) => describeCluster(mentions.filter((m) => m.predicted === index).map((m) => m.mention)));
      errors.push(`split ${label(entity)} into ${clusters.length}: ${parts.join(' ')}`);
    }
    if (chosen === null) errors.push(`not found ${label(entity)} (${mentions.length} mention${mentions.length === 1 ? '' : 's'})`);
    else if (missed.length > 0) errors.push(`missed ${label(entity)}: ${describeCluster(missed)}`);

    // Not-found entities count as wrong below; their country/sector/type errors are not listed.
    type.total += 1;
    if (chosen?.type === entity.type) type.correct += 1;
    else if (chosen) errors.push(`type ${label(entity)}: ${entity.type} → ${chosen.type}`);
    if (entity.country !== null) {
      country.total += 1;
      articleCountry.total += 1;
      if (chosen?.country === entity.country) {
        country.correct += 1;
        articleCountry.correct += 1;
      } else if (chosen) errors.push(`country ${label(entity)}: ${entity.country} → ${chosen.country ?? 'null'}`);
    }
    if (entity.sector !== null) {
      sector.total += 1;
      if (chosen?.sector === entity.sector) sector.correct += 1;
      else if (chosen) errors.push(`sector ${label(entity)}: ${entity.sector} → ${chosen.sector ?? 'null'}`);
    }
  }

  // Predicted entities whose aligned gold mentions belong to several gold entities; ones with none.
  const goldOf = new Map<number, Map<string, number>>();
  alignment.forEach((index, gi) => {
    if (index < 0) return;
    const p = predicted[index]!.entity;
    const inner = goldOf.get(p) ?? new Map<string, number>();
    inner.set(goldMentions[gi]!.entity, (inner.get(goldMentions[gi]!.entity) ?? 0) + 1);
    goldOf.set(p, inner);
  });
  const entityName = new Map(article.entities.map((e) => [e.id, e.name]));
  for (const [p, inner] of goldOf) {
    if (inner.size < 2) continue;
    const parts = [...inner].map(([id, n]) => `${id} ${entityName.get(id)} (${n})`);
    errors.push(`merged ${quote(entities[p]!.name)}: ${parts.join(' + ')}`);
  }
  const spurious = entities.filter((_, index) => !goldOf.has(index)).map((e) => quote(e.name));
  if (spurious.length > 0) errors.push(`spurious: ${spurious.join(', ')}`);

  if (isFailed(result)) errors.splice(0, errors.length, 'analyze failed');
  results.push({ article, counts, errors, country: articleCountry, warning });
}

const pct = (x: number) => x.toFixed(3);
const row = (name: string, score: Prf) => `| ${name} | ${pct(score.precision)} | ${pct(score.recall)} | ${pct(score.f1)} |`;
const accuracy = (name: string, t: Tally) => `| ${name} | ${t.correct} | ${t.total} | ${t.total > 0 ? pct(t.correct / t.total) : '-'} |`;

const entityCount = gold.reduce((n, a) => n + a.entities.length, 0);
const byType = new Map<string, number>();
for (const a of gold) for (const e of a.entities) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
const byKind = new Map<string, number>();
for (const a of gold) for (const m of a.mentions) byKind.set(m.kind, (byKind.get(m.kind) ?? 0) + 1);
const list = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');

console.log(`Actors on ${file}: ${gold.length} articles, ${total.mentions} gold mentions (${list(byKind)}), ${entityCount} gold entities (${list(byType)})\n`);
console.log('| metric | precision | recall | F1 |\n|---|---|---|---|');
console.log(row('B³ (micro, gold mentions)', bcubedScore(total)));
console.log(row('MUC', mucScore(total)));
console.log(row('mentions, exact span', detectionScore(exactDetection)));
console.log(row('mentions, aligned', detectionScore(alignedDetection)));
console.log('\n| attribute of the matched entity | correct | of | accuracy |\n|---|---|---|---|');
console.log(accuracy('country (gold entities with a country)', country));
console.log(accuracy('sector (gold entities with a sector)', sector));
console.log(accuracy('type (all gold entities)', type));
console.log('\n| gold mention kind | found (aligned) | of | recall |\n|---|---|---|---|');
for (const kind of ['name', 'pronoun', 'demonym']) console.log(accuracy(kind, recallByKind.get(kind) ?? tally()));

const warnings = new Map<string, string[]>();
for (const r of results) if (r.warning !== null) warnings.set(r.warning, [...(warnings.get(r.warning) ?? []), r.article.id]);
if (warnings.size > 0) {
  console.log('\nWarnings:');
  for (const [warning, ids] of warnings) console.log(`- ${warning} (${ids.length} article${ids.length === 1 ? '' : 's'}: ${ids.join(', ')})`);
}
// An article that analyze could not process is a broken pipeline, not a low score.
if (results.some((r) => r.warning?.startsWith('analyze failed'))) process.exitCode = 1;

if (articleRows) {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  console.log('\n| article | covers | mentions | B³ F1 | MUC F1 | country | errors |\n|---|---|---|---|---|---|---|');
  for (const r of results) {
    const countryCell = r.country.total > 0 ? `${r.country.correct}/${r.country.total}` : '-';
    console.log(
      `| ${r.article.id} | ${cell(r.article.covers.join(', '))} | ${r.counts.mentions} | ${pct(bcubedScore(r.counts).f1)} | ${pct(mucScore(r.counts).f1)} | ${countryCell} | ${cell(r.errors.join('; ') || 'none')} |`,
    );
  }
}
}
