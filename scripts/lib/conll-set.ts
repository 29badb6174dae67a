/** CoNLL-2003 files read as documents of tokens and gold entity spans, for training and evaluation. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll } from '../../src/nlp/ner/conll.js';
import { spansFromIob } from '../../src/nlp/ner/tags.js';
import type { TrainingDocument } from '../../src/nlp/ner/training.js';

export const DEFAULT_CONLL_DIR = process.env.NEWSGRAPH_CONLL ?? '../shared/data/ner/conll2003';

export const CONLL_TYPES = ['LOC', 'MISC', 'ORG', 'PER'] as const;

/** Documents of a CoNLL file whose last column is the gold IOB1/IOB2 tag. */
export function readConllSet(path: string): TrainingDocument[] {
  return parseConll(readFileSync(path, 'utf8')).map((document) => ({
    sentences: document.sentences.map(({ tokens }) => ({
      tokens: tokens.map((token) => token.columns[0]!),
      spans: spansFromIob(tokens.map((token) => token.columns.at(-1)!)),
    })),
  }));
}

export function conllSplit(dir: string, split: 'train' | 'dev' | 'test'): TrainingDocument[] {
  return readConllSet(join(dir, `${split}.txt`));
}
