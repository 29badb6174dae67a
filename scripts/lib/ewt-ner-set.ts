/**
 * The UD English Web Treebank's training part as partly labelled NER data: web text (blogs,
 * reviews, emails, answers) without entity annotation, but with Penn part-of-speech tags. Names
 * are proper nouns, so a token that is not one, and does not join two (like "of" in "Bank of
 * America"), is outside every name (`O`); proper nouns, and e-mail addresses and other tokens
 * tagged ADD or GW, may or may not be names and are `unknown`, as are capitalised adjectives
 * ("Iranian", MISC in CoNLL) and each sentence's first word. Training on it teaches what web text looks like around names: the
 * capitalised words, acronyms and sign-offs that are not names.
 *
 * On UNER's annotation of the treebank's dev part, 93% of entity tokens are proper nouns and
 * most of the rest are such joining words. Only the training part is read here; UNER-EWT dev
 * and test are the same sentences as the treebank's dev and test parts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TrainingDocument } from '../../src/nlp/ner/training.js';
import { NAME_CONNECTORS } from './name-connectors.js';

export const DEFAULT_UD_DIR = process.env.NEWSGRAPH_UD ?? '../shared/data/ud';

type Sentence = TrainingDocument['sentences'][number];

const MAYBE_NAME = /^(?:NNPS?|ADD|GW)$/;

function sentenceOf(rows: readonly string[][]): Sentence {
  const tokens = rows.map((row) => row[1]!);
  // The first word is unknown too: names there are hidden with the other proper nouns, so its O
  // labels alone would teach that a capitalised first word is never a name.
  const maybe = rows.map((row, i) => i === 0 || MAYBE_NAME.test(row[4]!) || (row[3] === 'ADJ' && /^\p{Lu}/u.test(row[1]!)));
  const unknown: { start: number; end: number }[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (maybe[i]) {
      unknown.push({ start: i, end: i + 1 });
      continue;
    }
    // Joining words between two possible names may belong to one name.
    let j = i;
    while (j < rows.length && !maybe[j] && NAME_CONNECTORS.has(tokens[j]!.toLowerCase())) j++;
    if (j > i && i > 0 && maybe[i - 1] && j < rows.length && maybe[j]) {
      unknown.push({ start: i, end: j });
      i = j - 1;
    }
  }
  return { tokens, spans: [], unknown };
}

/** The training part of the treebank, one document per `# newdoc`. */
export function ewtNerTrain(udDir: string = DEFAULT_UD_DIR): TrainingDocument[] {
  const documents: Sentence[][] = [];
  let rows: string[][] = [];
  const endSentence = () => {
    if (rows.length === 0) return;
    if (documents.length === 0) documents.push([]);
    documents.at(-1)!.push(sentenceOf(rows));
    rows = [];
  };
  for (const line of readFileSync(join(udDir, 'en-ewt', 'train.conllu'), 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') endSentence();
    else if (line.startsWith('# newdoc')) {
      endSentence();
      documents.push([]);
    } else if (!line.startsWith('#')) {
      const columns = line.split('\t');
      if (/^\d+$/.test(columns[0]!)) rows.push(columns);
    }
  }
  endSentence();
  return documents.filter((sentences) => sentences.length > 0).map((sentences) => ({ sentences }));
}
