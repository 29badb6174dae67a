/**
 * The dependency parser's public face: `loadParser(dataDir)` reads and checks the weights
 * once and returns a `Parser`; `parse(words)` tags and parses one pre-tokenised sentence.
 * Nothing survives a call (each builds its own configuration), so a sentence parses the same
 * whatever was parsed before. Hand-written because no maintained JavaScript dependency
 * parser exists (the npm packages for parsing English are unmaintained wrappers of Java or
 * Python servers, or constituency/chunk parsers).
 */
import { readFileSync } from 'node:fs';
import { relationsOf, ROOT_RELATION, splitTagClass } from './classes.js';
import { parseTagged, type TransitionModel } from './decode.js';
import { tagWords } from './tagger.js';
import { HashedWeights, WeightsFileError } from './weights.js';
import { wordAtoms } from './word-atoms.js';

export const TAGGER_FILE = 'parser/tagger.bin.gz';
export const PARSER_FILE = 'parser/parser.bin.gz';

export interface ParseResult {
  /** Universal part-of-speech tags, one per word. */
  readonly upos: string[];
  /** Penn Treebank tags, one per word. */
  readonly xpos: string[];
  /** Head of each word: 1-based word number, 0 for the root (as in CoNLL-U). */
  readonly heads: number[];
  /** Universal Dependencies relation of each word to its head (with subtypes such as nsubj:pass). */
  readonly deprels: string[];
}

export class Parser {
  private readonly tags: { upos: string; xpos: string }[];
  private readonly transitions: TransitionModel;

  constructor(private readonly tagger: HashedWeights, parser: HashedWeights, readonly relations: readonly string[]) {
    this.tags = tagger.classes.map(splitTagClass);
    this.transitions = { scorer: parser, labelCount: relations.length, rootLabel: relations.indexOf(ROOT_RELATION) };
  }

  parse(words: readonly string[]): ParseResult {
    const forms = wordAtoms(words).form;
    const tagIds = tagWords(words, this.tagger);
    const config = parseTagged(forms, tagIds, this.transitions);
    const n = words.length;
    const result: ParseResult = { upos: [], xpos: [], heads: [], deprels: [] };
    for (let i = 1; i <= n; i++) {
      const tag = this.tags[tagIds[i - 1]!]!;
      result.upos.push(tag.upos);
      result.xpos.push(tag.xpos);
      const head = config.heads[i]!;
      result.heads.push(head === config.root ? 0 : head);
      result.deprels.push(this.relations[config.labels[i]! - 1]!);
    }
    return result;
  }
}

function readWeights(dataDir: URL, name: string, kind: string): HashedWeights {
  const url = new URL(name, dataDir);
  let bytes: Buffer;
  try {
    bytes = readFileSync(url);
  } catch (error) {
    throw new WeightsFileError(url.pathname, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return HashedWeights.decode(bytes, url.pathname, kind);
}

/** Loads the tagger and parser weights from `<dataDir>/parser/`; throws `WeightsFileError` naming a missing or malformed file. */
export function loadParser(dataDir: URL): Parser {
  const dir = dataDir.href.endsWith('/') ? dataDir : new URL(`${dataDir.href}/`);
  const tagger = readWeights(dir, TAGGER_FILE, 'tagger');
  const parser = readWeights(dir, PARSER_FILE, 'parser');
  return new Parser(tagger, parser, relationsOf(parser.classes, new URL(PARSER_FILE, dir).pathname));
}
