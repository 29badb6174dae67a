/**
 * Anchors the stances and commitments gold (test/fixtures/stances-gold) in the analyzer's
 * article texts: each record's excerpt is found in the `article.text` the analyzer makes of its
 * PolNeAR file (published on the day the file name carries), and its `evidence` becomes the
 * analyzer sentence or sentences the excerpt lies in. Run after adding records (written with any
 * `evidence`) or when the article stage changes the texts; it rewrites stances.jsonl and
 * commitments.jsonl in place and fails, naming the record, when an excerpt is not in its article
 * or occurs in it more than once.
 *
 *   npx tsx scripts/anchor-stances-gold.ts [DIR]
 *   (DIR: the PolNeAR folder or its text/ folder; ../shared/data/quotes/polnear or NEWSGRAPH_POLNEAR by default)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../src/analyze.js';
import { isFailed } from '../src/document/contract.js';
import { DEFAULT_POLNEAR_DIR } from './lib/polnear.js';
import { locateExcerpt, polnearTextDir, publishedAtOf, readGoldArticleText, readStanceGold, sentencesCovering, STANCE_GOLD_DIR } from './lib/stance-gold.js';

const textDir = polnearTextDir(process.argv[2], DEFAULT_POLNEAR_DIR);
const gold = readStanceGold();
const analyzer = createAnalyzer();
const problems: string[] = [];
let moved = 0;

const texts = new Map<string, { text: string; sentences: [number, number][] }>();
for (const article of gold.articles) {
  const publishedAt = publishedAtOf(article.id);
  const result = analyzer.analyze({ text: readGoldArticleText(textDir, article.id), ...(publishedAt === undefined ? {} : { publishedAt }) });
  if (isFailed(result)) {
    problems.push(`${article.id}: the analyzer failed (${result.error.code})`);
    continue;
  }
  texts.set(article.id, { text: result.article.text, sentences: result.sentences });
}

const anchor = <T extends { article: string; excerpt: string; evidence: [number, number] }>(kind: string, records: T[]): T[] => records.map((record, i) => {
  const article = texts.get(record.article);
  if (article === undefined) return record;
  const found = locateExcerpt(article.text, record.excerpt);
  if (found.length !== 1) {
    problems.push(`${kind} ${i + 1} (${record.article}): the excerpt ${JSON.stringify(record.excerpt)} occurs ${found.length} times`);
    return record;
  }
  const evidence = sentencesCovering(article.sentences, found[0]!) ?? found[0]!;
  if (evidence[0] !== record.evidence[0] || evidence[1] !== record.evidence[1]) moved++;
  return { ...record, evidence };
});

const stances = anchor('stance', gold.stances);
const commitments = anchor('commitment', gold.commitments);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const lines = (records: readonly object[]) => records.map((record) => `${JSON.stringify(record)}\n`).join('');
writeFileSync(join(STANCE_GOLD_DIR, 'stances.jsonl'), lines(stances));
writeFileSync(join(STANCE_GOLD_DIR, 'commitments.jsonl'), lines(commitments));
console.log(`${stances.length} stances and ${commitments.length} commitments in ${gold.articles.length} articles anchored; ${moved} evidence spans changed`);
