/**
 * UNER (Universal NER, Mayhew et al. 2024) files read as documents: one token a line
 * (`index token tag ...`, IOB2 tags in the third column), sentences separated by blank lines,
 * `#` comment lines, a `# newdoc id = ...` comment where a document starts. Types PER, ORG, LOC.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spansFromIob } from '../../src/nlp/ner/tags.js';
import type { TrainingDocument } from '../../src/nlp/ner/training.js';

export const DEFAULT_UNER_DIR = process.env.NEWSGRAPH_UNER ?? '../shared/data/ner/uner-en-ewt';

export const UNER_TYPES = ['LOC', 'ORG', 'PER'] as const;

type Sentence = TrainingDocument['sentences'][number];

export function readUnerSet(path: string): TrainingDocument[] {
  const documents: Sentence[][] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (tokens.length === 0) return;
    if (documents.length === 0) documents.push([]);
    documents.at(-1)!.push({ tokens, spans: spansFromIob(tags) });
    tokens = [];
    tags = [];
  };
  readFileSync(path, 'utf8').split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return endSentence();
    if (line.startsWith('#')) {
      if (/^# newdoc\b/.test(line)) {
        endSentence();
        documents.push([]);
      }
      return;
    }
    const columns = line.split('\t');
    if (columns.length < 3) throw new Error(`${path}:${index + 1}: expected "index token tag", found ${JSON.stringify(line)}`);
    tokens.push(columns[1]!);
    tags.push(columns[2]!);
  });
  endSentence();
  return documents.filter((sentences) => sentences.length > 0).map((sentences) => ({ sentences }));
}

export function unerSplit(dir: string, split: 'dev' | 'test'): TrainingDocument[] {
  return readUnerSet(join(dir, `${split}.iob2`));
}
