/**
 * Scores the NER tagger conlleval-style (entity-level exact match, micro-F1, a column per type)
 * on every evaluation set side by side, with compromise's people/places/organizations on the
 * same tokens as the peer row. On sets annotated with PER/ORG/LOC only (UNER, GUM), MISC
 * predictions are left out, as the UNER paper compares.
 *
 *   npm run eval:ner                                 all sets (conll-test, uner-dev, uner-test, gum-heldout)
 *   npm run eval:ner -- --sets uner-dev,gum-heldout  some of them (development: never tune on the test sets)
 *   npm run eval:ner -- FILE                         one CoNLL file (gold tag in the last column)
 *   options: --model FILE [--gazetteers FILE], --greedy (greedy decoding instead of Viterbi), --no-peer
 */
import { readFileSync } from 'node:fs';
import { scriptArgs } from './lib/script-args.js';
import { fileURLToPath } from 'node:url';
import { decoderFor, loadTagger, MODEL_FILE, tagTokens } from '../src/nlp/ner/tagger.js';
import { dataUrl } from '../src/resources.js';
import type { TagSpan } from '../src/nlp/ner/tags.js';
import type { TrainingDocument } from '../src/nlp/ner/training.js';
import { compromiseSpans } from './lib/compromise-ner.js';
import { EntityScorer, perTypeTable, scoreTable } from './lib/conlleval.js';
import { CONLL_TYPES, readConllSet } from './lib/conll-set.js';
import { NER_SETS, type NerSet } from './lib/ner-sets.js';
import { scriptResources } from './lib/ner-resources.js';

const { values, positionals } = scriptArgs(import.meta.url, {
  allowPositionals: true,
  options: {
    model: { type: 'string' },
    gazetteers: { type: 'string' },
    sets: { type: 'string' },
    greedy: { type: 'boolean', default: false },
    'no-peer': { type: 'boolean', default: false },
  },
});

function chosenSets(): NerSet[] {
  if (positionals[0] !== undefined) {
    const file = positionals[0];
    return [{ name: file, source: file, types: CONLL_TYPES, documents: () => readConllSet(file) }];
  }
  if (values.sets === undefined) return [...NER_SETS];
  return values.sets.split(',').map((name) => {
    const set = NER_SETS.find((candidate) => candidate.name === name);
    if (set === undefined) throw new Error(`unknown set "${name}"; the sets are ${NER_SETS.map((s) => s.name).join(', ')}`);
    return set;
  });
}

const decoder = values.model === undefined && !values.greedy
  ? loadTagger()
  : decoderFor(values.model === undefined ? readFileSync(fileURLToPath(dataUrl(MODEL_FILE))) : readFileSync(values.model), scriptResources(values.gazetteers), values.greedy ? 'greedy' : 'viterbi');

function scoreSystem(documents: readonly TrainingDocument[], types: readonly string[], tag: (document: TrainingDocument) => TagSpan[][]): EntityScorer {
  const kept = new Set(types);
  const scorer = new EntityScorer();
  for (const document of documents) {
    const predicted = tag(document);
    document.sentences.forEach((sentence, i) => scorer.add(sentence.spans, predicted[i]!.filter((span) => kept.has(span.type))));
  }
  return scorer;
}

const summary: string[] = [];
for (const set of chosenSets()) {
  const documents = set.documents();
  const newsgraph = scoreSystem(documents, set.types, (document) => tagTokens(document.sentences.map((sentence) => sentence.tokens), decoder));
  const rows = [{ name: 'newsgraph', scorer: newsgraph }];
  if (!values['no-peer']) {
    rows.push({ name: 'compromise 14 (peer)', scorer: scoreSystem(documents, set.types, (document) => document.sentences.map((sentence) => compromiseSpans(sentence.tokens))) });
  }
  const tokens = documents.reduce((sum, d) => sum + d.sentences.reduce((n, s) => n + s.tokens.length, 0), 0);
  console.log(`## ${set.name}: ${set.source}\n\n${documents.length} documents, ${tokens} tokens, ${newsgraph.overall().gold} entities (${set.types.join('/')}; entity-level exact match, conlleval)\n`);
  console.log(scoreTable(rows, set.types));
  console.log(`\nnewsgraph by type:\n\n${perTypeTable(newsgraph)}\n`);
  for (const { name, scorer } of rows) {
    const perType = new Map(scorer.byType());
    const cell = (type: string) => (100 * (perType.get(type)?.f1 ?? 0)).toFixed(1);
    summary.push(`| ${set.name} | ${name} | ${(100 * scorer.overall().f1).toFixed(1)} | ${cell('PER')} | ${cell('ORG')} | ${cell('LOC')} | ${set.types.includes('MISC') ? cell('MISC') : '—'} |`);
  }
}
console.log(`## Side by side (F1)\n\n| set | system | all | PER | ORG | LOC | MISC |\n|---|---|---|---|---|---|---|\n${summary.join('\n')}`);
