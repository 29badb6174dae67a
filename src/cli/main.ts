import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyzeInputs } from '../analyze.js';
import { normalizeDate } from '../articles/dates.js';
import { isFailed, type AnalysisResult } from '../document/contract.js';
import { DEFAULT_SOURCE_LIMITS } from '../sources/index.js';
import { VERSION } from '../version.js';
import { ConllFormatError } from '../nlp/ner/conll.js';
import { tagConllText } from './ner.js';
import { parseCommand } from './parse.js';
import { formatPretty } from './pretty.js';

const USAGE = `newsgraph ${VERSION}: who said what, who met whom, who promised what by when

Usage:
  newsgraph analyze <inputs...> [options]
  newsgraph ner --conll FILE
  newsgraph parse --conllu FILE

analyze: articles in, facts out (the AnalyzedDocument records of DESIGN.md).
ner: tags pre-tokenised CoNLL text (first column the token, a blank line between
sentences, -DOCSTART- lines between documents; FILE may be -) and writes each line
back with the predicted IOB2 tag (PER, ORG, LOC, MISC) as a new last column.
parse: dependency-parses pre-tokenised CoNLL-U (FILE may be -) and writes it back with
the predicted UPOS (column 4), HEAD (7) and DEPREL (8) of every word; comments,
multiword-token ranges and empty nodes are kept.

Inputs: files (.html .htm .txt .md, .gz of those, .jsonl records), directories
(read recursively, in sorted order), http(s) URLs, and - for standard input.

Options:
  --format json|jsonl|pretty   output format (default: pretty on a terminal, else json)
  --published-at DATE          date to resolve relative times against when an input has none
  --max-bytes N                largest input accepted, before and after gzip (default ${DEFAULT_SOURCE_LIMITS.maxBytes})
  --timeout-ms N               time limit for fetching a URL (default ${DEFAULT_SOURCE_LIMITS.fetchTimeoutMs})
  -h, --help                   show this help
  -v, --version                print the version

Exit status: 0 when every input was analyzed, 1 when any input failed (each failed
input still gets a record with an "error" field; for ner and parse, a malformed file), 2 for bad usage.
`;

/** Bad command-line usage: printed with the usage hint, exit status 2. */
class UsageError extends Error {}

type Format = 'json' | 'jsonl' | 'pretty';

interface Io {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
}

function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new UsageError(`${flag} needs a positive whole number, got "${value}"`);
  return number;
}

async function analyzeCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'published-at': { type: 'string' },
      'max-bytes': { type: 'string' },
      'timeout-ms': { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('analyze needs at least one input (a file, directory, URL or -)');
  const format = (values.format ?? (io.stdout.isTTY ? 'pretty' : 'json')) as Format;
  if (!['json', 'jsonl', 'pretty'].includes(format)) throw new UsageError(`--format must be json, jsonl or pretty, got "${values.format}"`);
  const publishedAt = values['published-at'];
  if (publishedAt !== undefined && normalizeDate(publishedAt) === null) {
    throw new UsageError(`--published-at needs a date such as 2025-08-19, got "${publishedAt}"`);
  }
  const maxBytes = positiveInteger(values['max-bytes'], '--max-bytes');
  const fetchTimeoutMs = positiveInteger(values['timeout-ms'], '--timeout-ms');

  const results: AnalysisResult[] = [];
  let failed = 0;
  let done = 0;
  const showProgress = io.stderr.isTTY === true && format !== 'pretty';
  for await (const doc of analyzeInputs(positionals, {
    publishedAt: publishedAt ?? null,
    stdin: io.stdin,
    limits: { ...(maxBytes ? { maxBytes } : {}), ...(fetchTimeoutMs ? { fetchTimeoutMs } : {}) },
  })) {
    done++;
    if (isFailed(doc)) {
      failed++;
      io.stderr.write(`${showProgress ? '\r\x1b[K' : ''}newsgraph: ${doc.source.uri}: ${doc.error.code}: ${doc.error.message}\n`);
    }
    if (format === 'jsonl') io.stdout.write(`${JSON.stringify(doc)}\n`);
    else if (format === 'pretty') io.stdout.write(`${formatPretty(doc)}\n`);
    else results.push(doc);
    if (showProgress) io.stderr.write(`\r\x1b[Kanalyzed ${done}${failed ? ` (${failed} failed)` : ''}`);
  }
  if (showProgress) io.stderr.write('\r\x1b[K');
  if (format === 'json') io.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function nerCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { conll: { type: 'string' } } });
  if (values.conll === undefined) throw new UsageError('ner needs --conll FILE (a CoNLL column file, or - for standard input)');
  if (positionals.length > 0) throw new UsageError(`ner takes one file after --conll, got also "${positionals[0]}"`);
  const file = values.conll;
  let text: string;
  try {
    text = file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
  } catch (error) {
    io.stderr.write(`newsgraph: ${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
    return 1;
  }
  try {
    io.stdout.write(tagConllText(text));
    return 0;
  } catch (error) {
    if (!(error instanceof ConllFormatError)) throw error;
    io.stderr.write(`newsgraph: ${file}: ${error.message}\n`);
    return 1;
  }
}

/** Runs the command line; returns the exit status. */
export async function main(argv: string[], io: Io = process): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (command === 'analyze' || command === 'ner' || command === 'parse') {
      if (rest.includes('-h') || rest.includes('--help')) {
        io.stdout.write(USAGE);
        return 0;
      }
      if (command === 'parse') return await parseCommand(rest, io);
      return await (command === 'analyze' ? analyzeCommand(rest, io) : nerCommand(rest, io));
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!usage) throw error;
    io.stderr.write(`newsgraph: ${(error as Error).message}\nRun "newsgraph --help" for usage.\n`);
    return 2;
  }
}
