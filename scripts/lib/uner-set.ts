/**
 * UNER (Universal NER, Mayhew et al. 2024) files read as documents: one token a line
 * (`index token tag ...`, IOB2 tags in the third column), sentences separated by blank lines,
 * `#` comment lines, a `# newdoc id = ...` comment where a document starts. Types PER, ORG, LOC.
 *
 * For training, dev is split into halves by alternating documents (one half trains, the other
 * scores when choosing settings), and UNER's O on a token the treebank tags as a proper noun or
 * capitalised adjective ("Israeli", "Windows") can be made unknown: CoNLL would call many of
 * them MISC, which UNER does not mark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spansFromIob } from '../../src/nlp/ner/tags.js';
import type { TrainingDocument } from '../../src/nlp/ner/training.js';
import { DEFAULT_UD_DIR } from './ewt-ner-set.js';

export const DEFAULT_UNER_DIR = process.env.NEWSGRAPH_UNER ?? '../shared/data/ner/uner-en-ewt';

export const UNER_TYPES = ['LOC', 'ORG', 'PER'] as const;

type Sentence = TrainingDocument['sentences'][number] & { readonly id?: string };

/** Documents of a UNER file; each sentence keeps its `# sent_id` (if any) as `id`. */
export function readUnerSet(path: string): (TrainingDocument & { sentences: Sentence[] })[] {
  const documents: Sentence[][] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let id: string | undefined;
  const endSentence = () => {
    if (tokens.length === 0) return;
    if (documents.length === 0) documents.push([]);
    documents.at(-1)!.push({ tokens, spans: spansFromIob(tags), ...(id === undefined ? {} : { id }) });
    tokens = [];
    tags = [];
    id = undefined;
  };
  readFileSync(path, 'utf8').split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return endSentence();
    if (line.startsWith('#')) {
      if (/^# newdoc\b/.test(line)) {
        endSentence();
        documents.push([]);
      }
      id = /^# sent_id = (\S+)/.exec(line)?.[1] ?? id;
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

/** Half of UNER dev: its documents in file order, alternately to half 'a' (1st, 3rd, ...) and 'b'. */
export function unerDevHalf(dir: string, half: 'a' | 'b'): TrainingDocument[] {
  return unerSplit(dir, 'dev').filter((_, i) => i % 2 === (half === 'a' ? 0 : 1));
}

const MAYBE_MISC = /^NNPS?$/;

/**
 * The documents with each O token that the treebank (`conllu`, same sentences by `sent_id`)
 * tags NNP/NNPS, or ADJ with a capital after the first word ("Great service" is a review title), marked unknown. Sentences not found stay as they are.
 */
export function withMiscUnknown(documents: readonly TrainingDocument[], conllu: string): TrainingDocument[] {
  const tags = new Map<string, { upos: string; xpos: string; form: string }[]>();
  let id: string | undefined;
  for (const line of readFileSync(conllu, 'utf8').split(/\r?\n/)) {
    const sentId = /^# sent_id = (\S+)/.exec(line)?.[1];
    if (sentId !== undefined) {
      id = sentId;
      tags.set(id, []);
    } else if (id !== undefined && /^\d+\t/.test(line)) {
      const columns = line.split('\t');
      tags.get(id)!.push({ form: columns[1]!, upos: columns[3]!, xpos: columns[4]! });
    }
  }
  return documents.map((document) => ({
    sentences: document.sentences.map((sentence) => {
      const rows = tags.get((sentence as Sentence).id ?? '');
      if (rows === undefined || rows.length !== sentence.tokens.length || rows.some((row, i) => row.form !== sentence.tokens[i])) return sentence;
      const inside = new Uint8Array(sentence.tokens.length);
      for (const span of sentence.spans) inside.fill(1, span.start, span.end);
      const unknown = rows.flatMap((row, i) => !inside[i] && (MAYBE_MISC.test(row.xpos) || (i > 0 && row.upos === 'ADJ' && /^\p{Lu}/u.test(row.form))) ? [{ start: i, end: i + 1 }] : []);
      return { ...sentence, unknown: [...(sentence.unknown ?? []), ...unknown] };
    }),
  }));
}

/** The treebank file whose sentences UNER's dev part annotates. */
export const EWT_DEV_CONLLU = join(DEFAULT_UD_DIR, 'en-ewt', 'dev.conllu');
