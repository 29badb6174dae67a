/**
 * Scores the tagger and parser on a CoNLL-U file with gold tokens, as the CoNLL 2018 shared
 * task does: UAS and LAS over every syntactic word, punctuation included (multiword-token
 * ranges and empty nodes skipped), LAS on the universal part of the relation; also LAS with
 * full relation labels, UPOS accuracy and LAS per gold relation for the most frequent ones.
 *
 *   npm run eval:parser -- [FILE ...] [--model DIR] [--top N]
 *   (FILE defaults to ../shared/data/ud/en-ewt/test.conllu; DIR, a data folder holding parser/, to data/)
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scriptArgs } from './lib/script-args.js';
import { loadParser, loadParserWeights, loadWordClusters } from '../src/nlp/parser/parser.js';
import { dataUrl } from '../src/resources.js';
import { AttachmentScorer } from './lib/attachment-score.js';
import { DEFAULT_UD_DIR, readTreebankFile } from './lib/ud-set.js';

const { values, positionals } = scriptArgs(import.meta.url, {
  allowPositionals: true,
  options: { model: { type: 'string' }, top: { type: 'string', default: '15' } },
});
const files = positionals.length > 0 ? positionals : [join(DEFAULT_UD_DIR, 'en-ewt', 'test.conllu')];
const parser = values.model === undefined ? loadParser(dataUrl('')) : loadParserWeights(pathToFileURL(`${values.model.replace(/\/$/, '')}/`), loadWordClusters(dataUrl('')));
const percent = (value: number) => (100 * value).toFixed(2);

for (const file of files) {
  const scorer = new AttachmentScorer();
  const sentences = readTreebankFile(file);
  for (const sentence of sentences) scorer.add(sentence, parser.parse(sentence.words));
  console.log(`${file}: ${sentences.length} sentences, ${scorer.words} words (gold tokens)\n`);
  console.log('| measure | score |');
  console.log('|---|---|');
  console.log(`| UAS | ${percent(scorer.uas)} |`);
  console.log(`| LAS (CoNLL 2018: universal relation) | ${percent(scorer.las)} |`);
  console.log(`| LAS, full relation labels (nsubj:pass, acl:relcl, ...) | ${percent(scorer.lasFullLabels)} |`);
  console.log(`| UPOS accuracy | ${percent(scorer.uposAccuracy)} |\n`);
  console.log('| relation | gold words | LAS |');
  console.log('|---|---|---|');
  for (const row of scorer.topRelations(Number(values.top))) console.log(`| ${row.relation} | ${row.gold} | ${percent(row.las)} |`);
  console.log('');
}
