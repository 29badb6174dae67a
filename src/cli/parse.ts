/**
 * `newsgraph parse --conllu FILE`: parses pre-tokenised CoNLL-U and writes it back with the
 * predicted UPOS (column 4), HEAD (7) and DEPREL (8) of every syntactic word. Comment lines,
 * multiword-token ranges and empty nodes are kept as they were.
 */
import { readFile } from 'node:fs/promises';
import { text as readStream } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { ConlluFormatError, DEPREL, formatConllu, HEAD, parseConllu, UPOS } from '../nlp/parser/conllu.js';
import { loadParser, type Parser } from '../nlp/parser/parser.js';
import { dataUrl } from '../resources.js';
import { UsageError, type Io } from './io.js';


/** The parsed text; throws `ConlluFormatError` (naming the line) for a malformed file. */
export function parseConlluText(text: string, parser: Parser): string {
  const sentences = parseConllu(text);
  for (const sentence of sentences) {
    const parsed = parser.parse(sentence.words.map((word) => word.columns[1]!));
    sentence.words.forEach((word, i) => {
      word.columns[UPOS] = parsed.upos[i]!;
      word.columns[HEAD] = String(parsed.heads[i]);
      word.columns[DEPREL] = parsed.deprels[i]!;
    });
  }
  return formatConllu(sentences);
}

/** Runs `parse` with its arguments; returns the exit status (1 for an unreadable or malformed file, 2 for bad usage). */
export async function parseCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { conllu: { type: 'string' } } });
  if (values.conllu === undefined) throw new UsageError('parse needs --conllu FILE (a CoNLL-U file, or - for standard input)');
  if (positionals.length > 0) throw new UsageError(`parse takes one file after --conllu, got also "${positionals[0]}"`);
  const file = values.conllu;
  let text: string;
  try {
    text = file === '-' ? await readStream(io.stdin) : await readFile(file, 'utf8');
  } catch (error) {
    io.stderr.write(`newsgraph: ${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
    return 1;
  }
  try {
    io.stdout.write(parseConlluText(text, loadParser(dataUrl(''))));
    return 0;
  } catch (error) {
    if (!(error instanceof ConlluFormatError)) throw error;
    io.stderr.write(`newsgraph: ${file}: ${error.message}\n`);
    return 1;
  }
}
