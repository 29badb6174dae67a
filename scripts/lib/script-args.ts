/**
 * Command-line options of the repo's scripts and benchmarks: Node's parseArgs, with `--help` (or
 * `-h`) printing the script's own doc comment, which is where each script documents its usage,
 * and with a mistyped option answered by one line and a pointer to `--help` instead of a stack
 * trace. The doc comment is read from the script's file, so the usage is written once.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParsedOptions<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** Parses the process's arguments by `config`; `scriptUrl` is the calling script's `import.meta.url`. */
export function scriptArgs<T extends ParseArgsConfig>(scriptUrl: string, config: T): ParsedOptions<T> {
  const file = fileURLToPath(scriptUrl);
  const args = config.args ?? process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usageOf(readFileSync(file, 'utf8')) || `${basename(file)} has no usage comment.`);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    // parseArgs's own errors (an unknown option, a missing value) carry a code starting ERR_PARSE_ARGS.
    if (!(error instanceof Error) || !String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) throw error;
    console.error(`${basename(file)}: ${error.message.split('. ')[0]}. --help prints its usage.`);
    process.exit(2);
  }
}

/** The text of the file's first doc comment (`/** ... *\/`), without its stars. */
export function usageOf(source: string): string {
  const comment = /\/\*\*([\s\S]*?)\*\//.exec(source);
  if (!comment) return '';
  return comment[1]!.split('\n').map((line) => line.replace(/^\s*\* ?/, '')).join('\n').trim();
}
