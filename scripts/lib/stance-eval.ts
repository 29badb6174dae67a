/**
 * What scripts/eval-stances.ts and scripts/eval-commitments.ts share: their command line, the
 * gold articles of one layer analyzed one by one by one loaded analyzer, the gold records of
 * each placed in the analyzer's article text, and the printing of figures per split.
 */
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../../src/analyze.js';
import { isFailed, type AnalyzedDocument } from '../../src/document/contract.js';
import { DEFAULT_POLNEAR_DIR } from './polnear.js';
import {
  anchorEvidence, polnearTextDir, publishedAtOf, readGoldArticleText, readStanceGold, SPLITS,
  type GoldArticle, type Split, type StanceGold,
} from './stance-gold.js';
import { figures, type Placed, type Tally } from './stance-scoring.js';
import type { TextAnchor } from './text-anchor.js';

export interface EvalOptions {
  readonly textDir: string;
  readonly errorLimit: number;
  /** The row whose articles' errors are listed; tuning reads dev's only, so test stays held out. */
  readonly errorSplit: SplitRow;
}

/**
 * `[DIR] [--errors K] [--errors-split ROW]`: DIR is the PolNeAR folder or its text/
 * folder (default ../shared/data/quotes/polnear, or NEWSGRAPH_POLNEAR); the errors listed come
 * from dev's articles unless another row of the table is named (all, test, "second draw dev", ...).
 */
export function evalOptions(): EvalOptions {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { errors: { type: 'string' }, 'errors-split': { type: 'string', default: 'dev' } } });
  const errorLimit = values.errors === undefined ? 0 : Number(values.errors);
  if (!Number.isInteger(errorLimit) || errorLimit < 0) {
    console.error(`--errors takes a whole number, not ${values.errors}`);
    process.exit(2);
  }
  const errorSplit = SPLIT_ROWS.find((row) => row === values['errors-split']);
  if (errorSplit === undefined) {
    console.error(`--errors-split takes ${SPLIT_ROWS.join(', ')}, not ${values['errors-split']}`);
    process.exit(2);
  }
  return { textDir: polnearTextDir(positionals[0], DEFAULT_POLNEAR_DIR), errorLimit, errorSplit };
}

/**
 * The table rows an article counts in: all, its split, and its draw with its split again: the
 * first draw (the selections the rules were tuned on) and the second (drawn after), so the
 * figures on articles no rule was written on stay visible apart.
 */
export function rowsOf(article: GoldArticle): SplitRow[] {
  const draw: Draw = article.selection === 'second-sample' ? 'second draw' : 'first draw';
  return ['all', article.split, draw, `${draw} ${article.split}`];
}

/** Whether an article's errors are listed under `--errors-split`. */
export const listsErrorsOf = (article: GoldArticle, errorSplit: SplitRow) => rowsOf(article).includes(errorSplit);

export interface AnalyzedGoldArticle<G> {
  readonly article: GoldArticle;
  readonly document: AnalyzedDocument;
  /** The article's gold records that were found in the analyzer's text. */
  readonly gold: Placed<G>[];
}

export interface PlacementCounts {
  failed: number;
  /** Records whose stored offsets no longer held their anchored words, placed again by the anchor. */
  moved: number;
  /** Records whose anchored words are not (or not once) in the analyzer's text; they count as missed. */
  lost: number;
}

/**
 * The gold articles annotated for `layer`, each analyzed (published on the day its file name
 * carries), with its gold records placed. A record that cannot be placed stays in the gold
 * count as a miss: `lostGold` receives it.
 */
export function* analyzeGold<G extends { article: string; anchor: TextAnchor; evidence: [number, number] }>(
  textDir: string,
  layer: 'stances' | 'commitments',
  records: (gold: StanceGold) => G[],
  counts: PlacementCounts,
  lostGold: (article: GoldArticle, record: G) => void,
): Generator<AnalyzedGoldArticle<G>> {
  const gold = readStanceGold();
  const analyzer = createAnalyzer();
  for (const article of gold.articles.filter((item) => item.layers.includes(layer))) {
    const publishedAt = publishedAtOf(article.id);
    const result = analyzer.analyze({ text: readGoldArticleText(textDir, article.id), ...(publishedAt === undefined ? {} : { publishedAt }) });
    const own = records(gold).filter((record) => record.article === article.id);
    if (isFailed(result)) {
      counts.failed++;
      for (const record of own) lostGold(article, record);
      continue;
    }
    const placed: Placed<G>[] = [];
    for (const record of own) {
      const anchoring = anchorEvidence(result.article.text, result.sentences, record);
      if (anchoring.kind === 'not-found' || anchoring.kind === 'ambiguous') {
        counts.lost++;
        lostGold(article, record);
        continue;
      }
      if (anchoring.kind === 'moved') counts.moved++;
      placed.push({ ...record, placed: anchoring.evidence });
    }
    yield { article, document: result, gold: placed };
  }
}

type Draw = 'first draw' | 'second draw';
export type SplitRow = 'all' | Split | Draw | `${Draw} ${Split}`;
export const SPLIT_ROWS: readonly SplitRow[] = ['all', ...SPLITS, ...(['first draw', 'second draw'] as const).flatMap((draw): SplitRow[] => [draw, ...SPLITS.map((split) => `${draw} ${split}` as const)])];

export const f3 = (value: number) => value.toFixed(3);

/** One table row per split: counts, precision, recall, F1, fully right of emitted, each field's accuracy on matches, and extra cells. */
export function printSplitTable<F extends string>(
  fields: readonly F[],
  tallies: Record<SplitRow, Tally<F>>,
  articles: Record<SplitRow, number>,
  extra: { readonly header: string; readonly cell: (row: SplitRow) => string } | null = null,
): void {
  const header = ['split', 'articles', 'gold', 'emitted', 'matched', 'precision', 'recall', 'F1', 'fully right / emitted', ...fields.map((field) => `${field} (on matched)`), ...(extra === null ? [] : [extra.header])];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const row of SPLIT_ROWS) {
    if (articles[row] === 0) continue;
    const tally = tallies[row];
    const m = figures(tally);
    const cells = [row, String(articles[row]), String(tally.gold), String(tally.emitted), String(tally.matched), f3(m.precision), f3(m.recall), f3(m.f1), f3(m.fullyRight), ...fields.map((field) => f3(m.accuracy[field])), ...(extra === null ? [] : [extra.cell(row)])];
    console.log(`| ${cells.join(' | ')} |`);
  }
}

/** Up to `limit` lines spread evenly over the list (so they come from many articles). */
export function spread(lines: readonly string[], limit: number): string[] {
  if (lines.length <= limit) return [...lines];
  const step = lines.length / limit;
  return Array.from({ length: limit }, (_, i) => lines[Math.floor(i * step)]!);
}

export function printErrors(limit: number, sections: readonly (readonly [string, readonly string[]])[]): void {
  if (limit === 0) return;
  for (const [title, lines] of sections) {
    console.log(`\n${title} (${Math.min(limit, lines.length)} of ${lines.length}):\n`);
    for (const line of spread(lines, limit)) console.log(line);
  }
}

export const clip = (text: string, max = 120) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
