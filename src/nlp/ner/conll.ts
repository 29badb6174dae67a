/**
 * CoNLL column files: one token per line, whitespace-separated columns (the first is the
 * token), a blank line between sentences, `-DOCSTART-` lines between documents.
 */

export interface ConllToken {
  /** The line's columns as read; `columns[0]` is the token. */
  readonly columns: string[];
  /** 1-based line number in the file, for error messages. */
  readonly line: number;
}

export interface ConllSentence {
  readonly tokens: ConllToken[];
}

export interface ConllDocument {
  readonly sentences: ConllSentence[];
}

/** A malformed CoNLL file; `line` is 1-based. */
export class ConllFormatError extends Error {
  readonly line: number;

  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'ConllFormatError';
    this.line = line;
  }
}

export function isDocStart(line: string): boolean {
  return line.startsWith('-DOCSTART-');
}

/**
 * Reads a CoNLL file into documents of sentences. Every token line must have the same number
 * of columns as the first one; anything else is rejected, naming the line.
 */
export function parseConll(text: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let sentences: ConllSentence[] = [];
  let tokens: ConllToken[] = [];
  let width = 0;
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();

  const endSentence = () => {
    if (tokens.length > 0) sentences.push({ tokens });
    tokens = [];
  };
  const endDocument = () => {
    endSentence();
    if (sentences.length > 0) documents.push({ sentences });
    sentences = [];
  };

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.includes('\0')) throw new ConllFormatError(line, 'contains a NUL byte; this is not a text CoNLL file');
    const trimmed = raw.trim();
    if (trimmed === '') return endSentence();
    if (isDocStart(trimmed)) return endDocument();
    const columns = trimmed.split(/\s+/);
    if (width === 0) width = columns.length;
    if (columns.length !== width) {
      throw new ConllFormatError(line, `expected ${width} column${width === 1 ? '' : 's'} like the first token line, found ${columns.length}`);
    }
    tokens.push({ columns, line });
  });
  endDocument();
  return documents;
}
