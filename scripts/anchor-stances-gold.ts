/**
 * Anchors the stances and commitments gold (test/fixtures/stances-gold) in the analyzer's
 * article texts. A new record is written with a short verbatim `excerpt` of its evidence
 * sentence (and any `evidence`); this script finds the excerpt in the `article.text` the
 * analyzer makes of its PolNeAR file (published on the day the file name carries) and replaces
 * it with an `anchor` that finds the same words without keeping them
 * (scripts/lib/text-anchor.ts), so no article text stays in the repo. A record's `evidence`
 * becomes the analyzer sentence or sentences its anchored run lies in. Run after adding records
 * or when the article stage changes the texts; it rewrites stances.jsonl and commitments.jsonl in
 * place and fails, naming the record, when an excerpt or anchor is not in its article or occurs
 * in it more than once, or an excerpt is longer than the rules allow.
 *
 *   npx tsx scripts/anchor-stances-gold.ts [DIR]
 *   (DIR: the PolNeAR folder or its text/ folder; ../shared/data/quotes/polnear or NEWSGRAPH_POLNEAR by default)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../src/analyze.js';
import { isFailed } from '../src/document/contract.js';
import { DEFAULT_POLNEAR_DIR } from './lib/polnear.js';
import { type GoldCommitment, type GoldStance, MAX_EXCERPT_WORDS, polnearTextDir, publishedAtOf, readGoldArticleText, readStanceGold, sentencesCovering, STANCE_GOLD_DIR } from './lib/stance-gold.js';
import { anchorExcerpt, findAnchor, type TextAnchor } from './lib/text-anchor.js';

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

/** A record as an annotator may write it: with an excerpt still to be anchored, or anchored already. */
type Written<T> = Omit<T, 'anchor'> & { anchor?: TextAnchor; excerpt?: string };

const anchor = <T extends { article: string; evidence: [number, number] }>(kind: string, records: Written<T>[]): Written<T>[] => records.map((record, i) => {
  const article = texts.get(record.article);
  if (article === undefined) return record;
  const { excerpt, anchor: stored, article: id, evidence: before, ...fields } = record;
  const where = `${kind} ${i + 1} (${id})`;
  let runAnchor: TextAnchor;
  if (excerpt !== undefined) {
    const made = anchorExcerpt(article.text, excerpt, MAX_EXCERPT_WORDS);
    if (typeof made === 'string') {
      problems.push(`${where}: ${made}: ${JSON.stringify(excerpt)}`);
      return record;
    }
    runAnchor = made;
  } else if (stored !== undefined) {
    runAnchor = stored;
  } else {
    problems.push(`${where}: has neither an excerpt nor an anchor`);
    return record;
  }
  const found = findAnchor(article.text, runAnchor);
  if (found.length !== 1) {
    problems.push(`${where}: its anchored words occur ${found.length} times`);
    return record;
  }
  const evidence = sentencesCovering(article.sentences, found[0]!) ?? found[0]!;
  if (evidence[0] !== before[0] || evidence[1] !== before[1]) moved++;
  return { article: id, anchor: runAnchor, evidence, ...fields } as Written<T>;
});

const stances = anchor<GoldStance>('stance', gold.stances);
const commitments = anchor<GoldCommitment>('commitment', gold.commitments);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const lines = (records: readonly object[]) => records.map((record) => `${JSON.stringify(record)}\n`).join('');
writeFileSync(join(STANCE_GOLD_DIR, 'stances.jsonl'), lines(stances));
writeFileSync(join(STANCE_GOLD_DIR, 'commitments.jsonl'), lines(commitments));
console.log(`${stances.length} stances and ${commitments.length} commitments in ${gold.articles.length} articles anchored; ${moved} evidence spans changed`);
