/**
 * Turns the excerpts of new event reports in the corpus gold (test/fixtures/corpus-gold/events.json)
 * into anchors, so that no article text stays in the repo. An annotator writes a report as
 * `{ "article": "file-id", "excerpt": "a short verbatim run of the reporting sentence" }`; this
 * script finds the excerpt in the PolNeAR file and replaces it with an `anchor` that finds the
 * same words without keeping them (scripts/lib/text-anchor.ts). Reports anchored already are
 * checked to occur in their file. It rewrites events.json in place, and fails, naming the report,
 * when an excerpt is missing, occurs more than once or is longer than the rules allow.
 *
 *   npx tsx scripts/anchor-corpus-gold.ts [DIR]
 *   (DIR: the PolNeAR folder or its text/ folder; ../shared/data/quotes/polnear or NEWSGRAPH_POLNEAR by default)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_GOLD_DIR, MAX_EXCERPT_WORDS, readEventGold, type GoldReport } from './lib/corpus-gold.js';
import { DEFAULT_POLNEAR_DIR } from './lib/polnear.js';
import { polnearTextDir, readGoldArticleText } from './lib/stance-gold.js';
import { anchorExcerpt, findAnchor } from './lib/text-anchor.js';

const textDir = polnearTextDir(process.argv[2], DEFAULT_POLNEAR_DIR);
const gold = readEventGold();
const problems: string[] = [];
let anchored = 0;
const texts = new Map<string, string>();
/** An article's text, read once however many reports it holds. */
const textOf = (id: string) => texts.get(id) ?? texts.set(id, readGoldArticleText(textDir, id)).get(id)!;

const events = gold.events.map((event) => ({
  ...event,
  reports: event.reports.map((written: GoldReport & { excerpt?: string }): GoldReport => {
    const text = textOf(written.article);
    const where = `${event.id} (${written.article})`;
    if (written.excerpt === undefined) {
      if (findAnchor(text, written.anchor).length === 0) problems.push(`${where}: its anchored words are not in the article`);
      return written;
    }
    const made = anchorExcerpt(text, written.excerpt, MAX_EXCERPT_WORDS);
    if (typeof made === 'string') {
      problems.push(`${where}: ${made}: ${JSON.stringify(written.excerpt)}`);
      return written;
    }
    anchored++;
    return { article: written.article, anchor: made };
  }),
}));

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
writeFileSync(join(CORPUS_GOLD_DIR, 'events.json'), `${JSON.stringify({ ...gold, events }, null, 2)}\n`);
console.log(`${anchored} excerpts of ${gold.events.length} events turned into anchors`);
