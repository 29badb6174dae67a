/**
 * What truecasing (src/nlp/casing.ts) is worth to the name tagger on headlines written in title
 * case. No corpus marks names in title-case headlines, so they are made: in each document of
 * an NER set, the first sentence of ordinary prose (at least MIN_WORDS tokens, most of its words
 * in lower case) is rewritten with every word capitalised, as Breitbart or the Western Journal
 * write their headlines ("Sanders Vows To Eliminate Tax Breaks"). The tagger then reads the
 * document (one line a sentence) three ways, and its names in that one sentence are scored
 * against the gold: as written (the ceiling), title-cased, and title-cased then truecased with
 * the document's other sentences as evidence, as `analyze` does. Prints the time truecasing took
 * against the NER tagger's on the same documents (the peer: both run once per article).
 *
 *   npm run eval:casing [-- --sets conll-test,uner-test,gum-heldout]
 */
import { scriptArgs } from './lib/script-args.js';
import { truecasedForTaggers } from '../src/nlp/casing.js';
import { tagTokens } from '../src/nlp/ner/tagger.js';
import type { TrainingDocument } from '../src/nlp/ner/training.js';
import { EntityScorer } from './lib/conlleval.js';
import { NER_SETS } from './lib/ner-sets.js';

/** A sentence shorter than this is a dateline or a byline, no headline-like prose. */
const MIN_WORDS = 6;

const { values } = scriptArgs(import.meta.url, { options: { sets: { type: 'string', default: 'conll-test,uner-test,gum-heldout' } } });

/** Every word capitalised: "tax breaks used by" → "Tax Breaks Used By". */
const titleCased = (token: string) => token.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());

/** The first sentence of ordinary prose: long enough, most of its lettered words in lower case. */
function headlineIndex(document: TrainingDocument): number {
  return document.sentences.findIndex(({ tokens }) => {
    const lettered = tokens.filter((token) => /^\p{L}/u.test(token));
    return tokens.length >= MIN_WORDS && lettered.filter((token) => /^\p{Ll}/u.test(token)).length > lettered.length / 2;
  });
}

/** Milliseconds spent truecasing and tagging, for the cost of the one against the other. */
const spent = { truecasing: 0, tagging: 0 };

/** The document's tokens as `truecasedForTaggers` reads them (one line a sentence, tokens spaced), and back. */
function truecasedSentences(sentences: readonly (readonly string[])[]): string[][] {
  const text = sentences.map((tokens) => tokens.join(' ')).join('\n');
  const started = performance.now();
  const cased = truecasedForTaggers(text);
  spent.truecasing += performance.now() - started;
  let offset = 0;
  return sentences.map((tokens) => {
    const back = tokens.map((token) => {
      const form = cased.slice(offset, offset + token.length);
      offset += token.length + 1;
      return form;
    });
    return back;
  });
}

const ways = ['as written', 'title-cased', 'title-cased, then truecased'] as const;
console.log('| set | headlines | names | ' + ways.map((way) => `F1 ${way}`).join(' | ') + ' | words lower-cased |');
console.log('|---|---|---|---|---|---|---|');
for (const name of values.sets.split(',')) {
  const set = NER_SETS.find((candidate) => candidate.name === name);
  if (set === undefined) throw new Error(`unknown set "${name}"; the sets are ${NER_SETS.map((s) => s.name).join(', ')}`);
  const kept = new Set(set.types);
  const scorers = ways.map(() => new EntityScorer());
  let headlines = 0;
  let lowered = 0;
  for (const document of set.documents()) {
    const index = headlineIndex(document);
    if (index < 0) continue;
    headlines++;
    const original = document.sentences.map((sentence) => sentence.tokens);
    const titled = original.map((tokens, i) => (i === index ? tokens.map(titleCased) : tokens));
    const truecased = truecasedSentences(titled);
    lowered += truecased[index]!.filter((token, i) => token !== titled[index]![i]).length;
    [original, titled, truecased].forEach((sentences, way) => {
      const started = performance.now();
      const tagged = tagTokens(sentences);
      if (way === 2) spent.tagging += performance.now() - started;
      const predicted = tagged[index]!.filter((span) => kept.has(span.type));
      scorers[way]!.add(document.sentences[index]!.spans, predicted);
    });
  }
  const f1 = (scorer: EntityScorer) => (100 * scorer.overall().f1).toFixed(2);
  console.log(`| ${set.name} | ${headlines} | ${scorers[0]!.overall().gold} | ${scorers.map(f1).join(' | ')} | ${lowered} |`);
}
console.log(`\nTime: truecasing ${spent.truecasing.toFixed(0)} ms, the NER tagger on the same documents ${spent.tagging.toFixed(0)} ms (truecasing costs ${(spent.truecasing / spent.tagging).toFixed(3)}× the tagger)`);
