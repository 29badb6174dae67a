/**
 * Runs of words that files share with the texts of the shared data sets (used by
 * scripts/check-article-text.ts and its test): the texts are read once into a table of hashed
 * word n-grams, then each file's n-grams are looked up and neighbouring hits joined into runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

export const DEFAULT_SHARED_DIR = '../shared';

export interface SharedText {
  /** Where the text comes from, relative to the shared folder. */
  readonly name: string;
  readonly text: string;
}

export interface SharedRun {
  readonly path: string;
  /** The line of `path` the run starts on (1-based). */
  readonly line: number;
  /** The run's words, lower-cased. */
  readonly words: string;
  /** The shared text that holds its first n-gram. */
  readonly source: string;
}

/** Files that are not text, and lock files, which hold no prose. */
const SKIPPED_EXTENSIONS = new Set(['.gz', '.bin', '.png', '.jpg', '.jpeg', '.gif', '.ico', '.woff', '.woff2', '.sqlite', '.db']);
const SKIPPED_FILES = new Set(['package-lock.json']);

const files = (dir: string, extension: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(extension)).sort() : []);

/** The sentences a CoNLL-U or IOB2 file holds on its `# text =` lines, one a line. */
function commentedSentences(source: string): string {
  return source.split('\n').filter((line) => line.startsWith('# text = ')).map((line) => line.slice(9)).join('\n');
}

/** The sentences of a CoNLL-2003 file: the first column of each token line, joined by spaces. */
function conll2003Sentences(source: string): string {
  return source.split(/\n\s*\n/).map((block) => block.split('\n').map((line) => line.split(' ')[0] ?? '').filter((token) => token !== '' && token !== '-DOCSTART-').join(' ')).join('\n');
}

/** Every text of the shared folder that the repo must not copy (missing parts are skipped). */
export function readSharedTexts(sharedDir: string): SharedText[] {
  const texts: SharedText[] = [];
  const add = (name: string, text: string) => texts.push({ name, text });
  const polnear = join(sharedDir, 'data/quotes/polnear/text');
  for (const name of files(polnear, '.txt')) add(`data/quotes/polnear/text/${name}`, readFileSync(join(polnear, name), 'utf8'));
  const truth = join(sharedDir, 'data/extraction/ground-truth.json');
  if (existsSync(truth)) {
    const pages = JSON.parse(readFileSync(truth, 'utf8')) as Record<string, { articleBody?: string }>;
    for (const [id, page] of Object.entries(pages)) if (typeof page.articleBody === 'string') add(`data/extraction/ground-truth.json#${id.slice(0, 12)}`, page.articleBody);
  }
  for (const folder of ['data/ud/en-ewt', 'data/ud/gum']) {
    for (const name of files(join(sharedDir, folder), '.conllu')) add(`${folder}/${name}`, commentedSentences(readFileSync(join(sharedDir, folder, name), 'utf8')));
  }
  for (const name of files(join(sharedDir, 'data/ner/uner-en-ewt'), '.iob2')) add(`data/ner/uner-en-ewt/${name}`, commentedSentences(readFileSync(join(sharedDir, 'data/ner/uner-en-ewt', name), 'utf8')));
  for (const name of files(join(sharedDir, 'data/ner/conll2003'), '.txt')) add(`data/ner/conll2003/${name}`, conll2003Sentences(readFileSync(join(sharedDir, 'data/ner/conll2003', name), 'utf8')));
  for (const name of files(join(sharedDir, 'examples'), '.txt')) add(`examples/${name}`, readFileSync(join(sharedDir, 'examples', name), 'utf8'));
  return texts;
}

interface Word {
  /** Lower-cased, with a curly apostrophe made straight. */
  readonly text: string;
  readonly capitalised: boolean;
  readonly at: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)].map((match) => ({ text: match[0].toLowerCase().replace('’', "'"), capitalised: /^\p{Lu}/u.test(match[0]), at: match.index }));
}

/**
 * A run that is one long name as the file writes it ("United States Department of Housing and
 * Urban Development"): every word of four letters or more capitalised. Names are facts the repo
 * may hold (the actor knowledge base lists them), not copied prose.
 */
const isName = (words: readonly Word[]) => words.every((word) => word.text.length < 4 || word.capitalised);

/** A 53-bit hash of the n words from `first` (two FNV-1a passes with different seeds). */
function ngramKey(words: readonly Word[], first: number, n: number): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = first; i < first + n; i++) {
    const word = words[i]!.text;
    for (let j = 0; j <= word.length; j++) {
      const code = j === word.length ? 32 : word.charCodeAt(j);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
    }
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** Runs of `n` or more words that tracked files (`paths`, relative to the working folder) share with `sources`. */
export function findSharedRuns(paths: readonly string[], sources: readonly SharedText[], n: number): SharedRun[] {
  const table = new Map<number, number>();
  sources.forEach(({ text }, index) => {
    const words = wordsOf(text);
    for (let i = 0; i + n <= words.length; i++) {
      const key = ngramKey(words, i, n);
      if (!table.has(key)) table.set(key, index);
    }
  });
  const runs: SharedRun[] = [];
  for (const path of paths) {
    if (SKIPPED_EXTENSIONS.has(extname(path)) || SKIPPED_FILES.has(path.split('/').at(-1)!) || !existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    if (text.includes('\u0000')) continue;
    const words = wordsOf(text);
    let i = 0;
    while (i + n <= words.length) {
      const source = table.get(ngramKey(words, i, n));
      if (source === undefined) {
        i++;
        continue;
      }
      let last = i + n - 1;
      while (last + 1 < words.length && table.has(ngramKey(words, last + 2 - n, n))) last++;
      const line = text.slice(0, words[i]!.at).split('\n').length;
      // A run inside one token is a file id made from a headline (`nyt_2016-02-18_trump-fires-up-...`), which names the file.
      const oneToken = !/\s/u.test(text.slice(words[i]!.at, words[last]!.at));
      if (!isName(words.slice(i, last + 1)) && !oneToken) runs.push({ path, line, words: words.slice(i, last + 1).map((word) => word.text).join(' '), source: sources[source]!.name });
      i = last + 1;
    }
  }
  return runs;
}
