/**
 * Finds text of the shared data sets in the repo: every run of `--words` (8) consecutive words
 * that a tracked file shares with a text of ../shared (the PolNeAR articles, the extraction
 * benchmark's article bodies, the sentences of the UD, UNER and CoNLL treebanks, the seed
 * article). The data sets are evaluation and training material that the repo must never copy
 * (DESIGN.md): tests use sentences the project wrote, comments paraphrase, gold sets keep
 * offsets, anchors and short annotations. Words are compared lower-cased, without punctuation,
 * so a copied sentence is found however it was re-punctuated.
 *
 *   npm run check:article-text -- [--shared DIR] [--words N]
 *   (DIR defaults to ../shared or NEWSGRAPH_SHARED; exit status 1 when a run is found)
 *
 * Written here because no maintained package indexes word n-grams of a corpus against a tree.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { scriptArgs } from './lib/script-args.js';
import { DEFAULT_SHARED_DIR, findSharedRuns, readSharedTexts } from './lib/shared-text-runs.js';

const { values } = scriptArgs(import.meta.url, { options: { shared: { type: 'string' }, words: { type: 'string', default: '8' } } });
const sharedDir = values.shared ?? process.env.NEWSGRAPH_SHARED ?? DEFAULT_SHARED_DIR;
const runLength = Number(values.words);
if (!Number.isInteger(runLength) || runLength < 4) {
  console.error(`--words takes a whole number of at least 4, not ${values.words}`);
  process.exit(2);
}
if (!existsSync(sharedDir)) {
  console.error(`${sharedDir} not found: name the shared folder with --shared DIR or NEWSGRAPH_SHARED`);
  process.exit(2);
}

const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter((path) => path !== '');
const sources = readSharedTexts(sharedDir);
const runs = findSharedRuns(tracked, sources, runLength);
for (const run of runs) console.log(`${run.path}:${run.line}: "${run.words}" (${run.source})`);
const files = new Set(runs.map((run) => run.path)).size;
console.log(runs.length === 0
  ? `no run of ${runLength} words of ${sources.length} shared texts in ${tracked.length} tracked files`
  : `${runs.length} runs of ${runLength} or more words of the shared texts in ${files} files`);
process.exit(runs.length === 0 ? 0 : 1);
