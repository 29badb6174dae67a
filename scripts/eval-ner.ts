/**
 * Scores the NER tagger on a CoNLL file (gold tag in the last column), conlleval-style:
 * entity-level exact match, micro-F1 over PER/ORG/LOC/MISC, with a row per type, and
 * compromise's people/places/organizations on the same tokens as the peer row.
 *
 *   npm run eval:ner -- FILE [--model FILE [--gazetteers FILE]] [--no-peer]
 *   (FILE defaults to ../shared/data/ner/conll2003/test.txt)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decoderFor, loadTagger, tagTokens } from '../src/nlp/ner/tagger.js';
import { compromiseSpans } from './lib/compromise-ner.js';
import { EntityScorer, perTypeTable, scoreTable } from './lib/conlleval.js';
import { CONLL_TYPES, DEFAULT_CONLL_DIR, readConllSet } from './lib/conll-set.js';
import { scriptResources } from './lib/ner-resources.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    model: { type: 'string' },
    gazetteers: { type: 'string' },
    'no-peer': { type: 'boolean', default: false },
  },
});
const file = positionals[0] ?? join(DEFAULT_CONLL_DIR, 'test.txt');
const documents = readConllSet(file);
const decoder = values.model === undefined ? loadTagger() : decoderFor(readFileSync(values.model), scriptResources(values.gazetteers));

const newsgraph = new EntityScorer();
for (const document of documents) {
  const predicted = tagTokens(document.sentences.map((sentence) => sentence.tokens), decoder);
  document.sentences.forEach((sentence, i) => newsgraph.add(sentence.spans, predicted[i]!));
}
const rows = [{ name: 'newsgraph', scorer: newsgraph }];

if (!values['no-peer']) {
  const peer = new EntityScorer();
  for (const document of documents) {
    for (const sentence of document.sentences) peer.add(sentence.spans, compromiseSpans(sentence.tokens));
  }
  rows.push({ name: 'compromise 14 (peer)', scorer: peer });
}

const tokens = documents.reduce((sum, d) => sum + d.sentences.reduce((n, s) => n + s.tokens.length, 0), 0);
console.log(`NER on ${file}: ${documents.length} documents, ${tokens} tokens, ${newsgraph.overall().gold} entities (entity-level exact match, conlleval)\n`);
console.log(scoreTable(rows, CONLL_TYPES));
console.log(`\nnewsgraph by type:\n\n${perTypeTable(newsgraph)}`);
