/** The Universal Dependencies treebanks in ../shared/data/ud, read as gold sentences for training and evaluation. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTreebank, type TreebankSentence } from '../../src/nlp/parser/treebank.js';

export const DEFAULT_UD_DIR = process.env.NEWSGRAPH_UD ?? '../shared/data/ud';

export function readTreebankFile(path: string): TreebankSentence[] {
  try {
    return readTreebank(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}

export function ewtSplit(udDir: string, split: 'train' | 'dev' | 'test'): TreebankSentence[] {
  return readTreebankFile(join(udDir, 'en-ewt', `${split}.conllu`));
}

/** Every GUM document, in file-name order. */
export function gumSentences(udDir: string): TreebankSentence[] {
  const dir = join(udDir, 'gum');
  return readdirSync(dir).filter((name) => name.endsWith('.conllu')).sort().flatMap((name) => readTreebankFile(join(dir, name)));
}
