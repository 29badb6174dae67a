/** Gold sentences of a treebank, as training and evaluation read them from CoNLL-U. */
import { ConlluFormatError, DEPREL, FORM, HEAD, parseConllu, UPOS, XPOS, type ConlluSentence } from './conllu.js';

export interface TreebankSentence {
  readonly words: readonly string[];
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  /** 1-based heads, 0 for the root. */
  readonly heads: readonly number[];
  readonly deprels: readonly string[];
}

export function goldSentence(sentence: ConlluSentence): TreebankSentence {
  const column = (index: number) => sentence.words.map((word) => word.columns[index]!);
  for (const word of sentence.words) {
    if (word.columns[HEAD] === '_' || word.columns[DEPREL] === '_') throw new ConlluFormatError(word.line, 'a treebank word needs HEAD and DEPREL');
  }
  return { words: column(FORM), upos: column(UPOS), xpos: column(XPOS), heads: column(HEAD).map(Number), deprels: column(DEPREL) };
}

/** The gold sentences of CoNLL-U text. */
export function readTreebank(text: string): TreebankSentence[] {
  return parseConllu(text).map(goldSentence);
}
