/**
 * How many attribution sources in a PolNeAR-shaped folder resolve to a named entity: for each
 * gold Source span, whether an entity newsgraph found has a mention on it (a name, or a pronoun
 * or title it resolved) and that entity has a name. Sources such as "we", "you" or "a senior
 * official" rightly resolve to none, so this is a share to watch, not an accuracy.
 *
 *   npm run eval:sources -- [DIR]   (DIR defaults to ../shared/data/quotes/polnear)
 */
import { analyze } from '../src/analyze.js';
import { isFailed } from '../src/document/contract.js';
import { alignedOffsetMapper, articleFacts, DEFAULT_POLNEAR_DIR, readPolnear } from './lib/polnear.js';

const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? DEFAULT_POLNEAR_DIR;
const documents = readPolnear(dir);

let sources = 0;
let resolved = 0;
let byName = 0;
let byPronoun = 0;
let skipped = 0;
for (const document of documents) {
  const result = analyze({ text: document.text, ...articleFacts(document) });
  if (isFailed(result)) {
    skipped += document.attributions.length;
    continue;
  }
  const toArticle = alignedOffsetMapper(document.text, result.article.text);
  const mentions = result.entities.flatMap((entity) => entity.mentions.map((mention) => ({ ...mention, named: entity.mentions.some((m) => m.kind === 'name') })));
  for (const { source } of document.attributions) {
    if (source === null || source.spans.length === 0) continue;
    const goldStart = toArticle(source.spans[0]![0]);
    const goldEnd = toArticle(source.spans.at(-1)![1] - 1);
    if (goldStart === null || goldEnd === null) {
      skipped++;
      continue;
    }
    sources++;
    const hit = mentions.find((mention) => mention.named && mention.start <= goldEnd && goldStart < mention.end);
    if (hit === undefined) continue;
    resolved++;
    if (hit.kind === 'pronoun') byPronoun++;
    else byName++;
  }
}

const share = (n: number) => `${((100 * n) / Math.max(sources, 1)).toFixed(1)}%`;
console.log(`Attribution sources in ${dir}: ${documents.length} articles, ${sources} sources with a span${skipped ? ` (${skipped} skipped: their text is not in the extracted article)` : ''}\n`);
console.log('| sources | resolve to a named entity | through a name | through a pronoun |');
console.log('|---|---|---|---|');
console.log(`| ${sources} | ${resolved} (${share(resolved)}) | ${byName} (${share(byName)}) | ${byPronoun} (${share(byPronoun)}) |`);
