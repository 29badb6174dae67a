/**
 * The NER evaluation sets, each with the entity types its annotation marks: CoNLL-2003 test
 * (newswire, PER/ORG/LOC/MISC), UNER English-EWT dev and test (web text, PER/ORG/LOC) and the
 * held-out fifth of GUM's named entities (Wikipedia, interviews, travel guides, court rulings,
 * academic papers; PER/ORG/LOC).
 */
import { join } from 'node:path';
import type { TrainingDocument } from '../../src/nlp/ner/training.js';
import { CONLL_TYPES, conllSplit, DEFAULT_CONLL_DIR } from './conll-set.js';
import { DEFAULT_GUM_DIR, gumSplit } from './gum-set.js';
import { DEFAULT_UNER_DIR, UNER_TYPES, unerSplit } from './uner-set.js';

export interface NerSet {
  readonly name: string;
  readonly source: string;
  readonly types: readonly string[];
  readonly documents: () => TrainingDocument[];
}

export const NER_SETS: readonly NerSet[] = [
  { name: 'conll-test', source: join(DEFAULT_CONLL_DIR, 'test.txt'), types: CONLL_TYPES, documents: () => conllSplit(DEFAULT_CONLL_DIR, 'test') },
  { name: 'uner-dev', source: join(DEFAULT_UNER_DIR, 'dev.iob2'), types: UNER_TYPES, documents: () => unerSplit(DEFAULT_UNER_DIR, 'dev') },
  { name: 'uner-test', source: join(DEFAULT_UNER_DIR, 'test.iob2'), types: UNER_TYPES, documents: () => unerSplit(DEFAULT_UNER_DIR, 'test') },
  { name: 'gum-heldout', source: `${DEFAULT_GUM_DIR} (every 5th document)`, types: UNER_TYPES, documents: () => gumSplit(DEFAULT_GUM_DIR, 'heldout') },
];
