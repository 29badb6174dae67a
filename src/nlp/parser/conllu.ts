/**
 * CoNLL-U (https://universaldependencies.org/format.html): sentences of comment lines and
 * ten-column word lines separated by blank lines. Multiword-token ranges ("1-2") and empty
 * nodes ("1.1") are kept as lines but are not syntactic words: a parser reads only the
 * integer-numbered words. Reading keeps every line, so writing a sentence back changes only
 * the columns that were set.
 */

export const COLUMNS = 10;
export const FORM = 1;
export const UPOS = 3;
export const XPOS = 4;
export const HEAD = 6;
export const DEPREL = 7;

export interface ConlluLine {
  /** 1-based line number in the file, for error messages. */
  readonly line: number;
  readonly kind: 'comment' | 'word' | 'range' | 'empty';
  /** The ten columns (word, range, empty node) or the whole comment line. */
  readonly columns: string[];
}

export interface ConlluSentence {
  readonly lines: ConlluLine[];
  /** The syntactic words, in order: `words[i]` has ID i + 1. */
  readonly words: ConlluLine[];
}

/** A malformed CoNLL-U file; `line` is 1-based. */
export class ConlluFormatError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'ConlluFormatError';
  }
}

function lineKind(id: string, line: number): ConlluLine['kind'] {
  if (/^[1-9]\d*$/.test(id)) return 'word';
  if (/^[1-9]\d*-[1-9]\d*$/.test(id)) return 'range';
  if (/^\d+\.[1-9]\d*$/.test(id)) return 'empty';
  throw new ConlluFormatError(line, `"${id}" is not a word ID (1, 1-2 or 1.1)`);
}

function finishSentence(lines: ConlluLine[]): ConlluSentence {
  const words = lines.filter((entry) => entry.kind === 'word');
  words.forEach((word, i) => {
    if (Number(word.columns[0]) !== i + 1) throw new ConlluFormatError(word.line, `word ID ${word.columns[0]} should be ${i + 1}`);
    const head = word.columns[HEAD]!;
    if (head !== '_' && (!/^\d+$/.test(head) || Number(head) > words.length)) {
      throw new ConlluFormatError(word.line, `HEAD "${head}" is not 0..${words.length} or _`);
    }
  });
  if (words.length === 0) throw new ConlluFormatError(lines[0]!.line, 'sentence has no words');
  return { lines, words };
}

/** Reads CoNLL-U text; throws `ConlluFormatError` naming the first malformed line. */
export function parseConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let lines: ConlluLine[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (content.trim() === '') {
      if (lines.length > 0) sentences.push(finishSentence(lines));
      lines = [];
      return;
    }
    if (content.startsWith('#')) {
      if (lines.some((entry) => entry.kind !== 'comment')) throw new ConlluFormatError(line, 'comment inside a sentence (a blank line must end the sentence first)');
      lines.push({ line, kind: 'comment', columns: [content] });
      return;
    }
    const columns = content.split('\t');
    if (columns.length !== COLUMNS) throw new ConlluFormatError(line, `expected ${COLUMNS} tab-separated columns, found ${columns.length}`);
    if (columns[FORM] === '') throw new ConlluFormatError(line, 'empty FORM column');
    lines.push({ line, kind: lineKind(columns[0]!, line), columns });
  });
  if (lines.length > 0) sentences.push(finishSentence(lines));
  return sentences;
}

/** Writes sentences back as CoNLL-U, each followed by a blank line. */
export function formatConllu(sentences: readonly ConlluSentence[]): string {
  return sentences.map((sentence) => `${sentence.lines.map((entry) => entry.columns.join('\t')).join('\n')}\n\n`).join('');
}
