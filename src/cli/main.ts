import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../analyze.js';
import { isFailed, type AnalysisResult } from '../document/contract.js';
import { ResourceError } from '../resources.js';
import { VERSION } from '../version.js';
import { ConllFormatError } from '../nlp/ner/conll.js';
import { corpusCommands, CORPUS_USAGE } from './corpus.js';
import { SERVE_USAGE } from './serve.js';
import { QUEUE_USAGE } from './queue.js';
import { problemLines, READ_OPTIONS, READ_OPTIONS_HELP, readOptions, THREAD_OPTIONS, THREAD_OPTIONS_HELP, threadOptions, UsageError, type Io } from './io.js';
import { analyzeThreads } from '../corpus/threads.js';
import { countInputs } from '../sources/count.js';
import { resolve } from 'node:path';
import { tagConllText } from './ner.js';
import { parseCommand } from './parse.js';
import { formatPretty } from './pretty.js';

const USAGE = `newsgraph ${VERSION}: who said what, who met whom, who promised what by when

Usage:
  newsgraph analyze <inputs...> [options]
  newsgraph ingest | stats | search ...   (the corpus, below)
  newsgraph worker | queue ...            (scaled out on PostgreSQL, below)
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
${READ_OPTIONS_HELP}
${THREAD_OPTIONS_HELP}
  -h, --help                   show this help
  -v, --version                print the version

${CORPUS_USAGE}

${QUEUE_USAGE}

Server:
${SERVE_USAGE}

Exit status: 0 when every input was analyzed, 1 when any input failed (each failed
input still gets a record with an "error" field; for ner and parse, a malformed file), 2 for bad usage.
`;

type Format = 'json' | 'jsonl' | 'pretty';

async function analyzeCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, ...READ_OPTIONS, ...THREAD_OPTIONS } });
  if (positionals.length === 0) throw new UsageError('analyze needs at least one input (a file, directory, URL or -)');
  const format = (values.format ?? (io.stdout.isTTY ? 'pretty' : 'json')) as Format;
  if (!['json', 'jsonl', 'pretty'].includes(format)) throw new UsageError(`--format must be json, jsonl or pretty, got "${values.format}"`);
  const options = readOptions(values, io);

  // No more threads than articles (each thread loads its own analyzer); one article is analyzed
  // in this thread unless --workers says otherwise: a thread's start would double a short run.
  const count = await countInputs(positionals);
  const { workers: threads, deadlineMs } = threadOptions(values, count === 1 ? 0 : analyzeThreads());
  const workers = Math.min(threads, count ?? threads);
  // The pool's module (and piscina) load only when threads analyze: a one-article run never loads them.
  const threading = workers === 0 ? null : await import('../corpus/analyzer-pool.js');
  const pool = threading === null ? null : await threading.AnalyzerPool.start(workers, values['data-dir'] === undefined ? undefined : resolve(values['data-dir']), deadlineMs);
  const results: AnalysisResult[] = [];
  let failed = 0;
  let done = 0;
  const showProgress = io.stderr.isTTY === true && format !== 'pretty';
  const analyzed = pool === null || threading === null ? createAnalyzer({ dataDir: values['data-dir'] }).analyzeInputs(positionals, options) : threading.analyzeInOrder(pool, positionals, options);
  try {
    for await (const doc of analyzed) {
      done++;
      if (isFailed(doc)) failed++;
      for (const line of problemLines(doc)) io.stderr.write(`${showProgress ? '\r\x1b[K' : ''}${line}\n`);
      if (format === 'jsonl') io.stdout.write(`${JSON.stringify(doc)}\n`);
      else if (format === 'pretty') io.stdout.write(`${formatPretty(doc)}\n`);
      else results.push(doc);
      if (showProgress) io.stderr.write(`\r\x1b[Kanalyzed ${done}${failed ? ` (${failed} failed)` : ''}`);
    }
  } finally {
    await pool?.close();
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
    const commands: Record<string, (args: string[], io: Io) => Promise<number>> = { analyze: analyzeCommand, ner: nerCommand, parse: parseCommand, ...corpusCommands, serve: async (args, io) => (await import('./serve.js')).serveCommand(args, io) };
    const run = commands[command];
    if (run !== undefined) {
      if (rest.includes('-h') || rest.includes('--help')) {
        io.stdout.write(USAGE);
        return 0;
      }
      return await run(rest, io);
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof ResourceError) {
      io.stderr.write(`newsgraph: cannot start: ${error.message}\n`);
      return 2;
    }
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!usage) throw error;
    io.stderr.write(`newsgraph: ${(error as Error).message}\nRun "newsgraph --help" for usage.\n`);
    return 2;
  }
}
