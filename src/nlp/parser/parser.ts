/**
 * The dependency parser's public face: `loadParser(dataDir)` reads and checks the weights
 * (tagger, moves, relations) once and returns a `Parser`; `parse(words)` tags and parses one pre-tokenised sentence.
 * Each call builds its own configuration; only each word's atoms (hashes of its forms, which
 * depend on nothing else) are kept between calls, so a sentence parses the same whatever was
 * parsed before. Hand-written because no maintained JavaScript dependency
 * parser exists (the npm packages for parsing English are unmaintained wrappers of Java or
 * Python servers, or constituency/chunk parsers).
 */
import { readFileSync } from 'node:fs';
import { CLUSTERS_FILE, WordClusterTable } from './clusters.js';
import { checkMoveClasses, checkRelationClasses, ROOT_RELATION, splitTagClass } from './classes.js';
import { parseTagged, type TransitionModel } from './decode.js';
import { CachingTagger } from './tagger.js';
import { HashedWeights, MoveWeights, readWeightRows, WeightsFileError } from './weights.js';
import { WordAtomCache } from './word-atoms.js';

export const TAGGER_FILE = 'parser/tagger.bin.gz';
export const PARSER_FILE = 'parser/parser.bin.gz';
export const LABELLER_FILE = 'parser/labeller.bin.gz';

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
  private readonly tagger: CachingTagger;
  private readonly wordAtoms: WordAtomCache;
  private readonly transitions: TransitionModel;

  /** The relations the parser can give, as the labeller's classes list them. */
  readonly relations: readonly string[];

  constructor(tagger: HashedWeights, moves: MoveWeights, labels: HashedWeights, private readonly clusters: WordClusterTable) {
    this.tags = tagger.classes.map(splitTagClass);
    this.tagger = new CachingTagger(tagger);
    this.wordAtoms = new WordAtomCache(clusters);
    this.relations = labels.classes;
    this.transitions = { moves, labels, rootLabel: labels.classes.indexOf(ROOT_RELATION) };
  }

  /** The loaded models, for benchmarks that time the tagger and the parser apart. */
  parts(): { tagger: CachingTagger; transitions: TransitionModel; clusters: WordClusterTable } {
    return { tagger: this.tagger, transitions: this.transitions, clusters: this.clusters };
  }

  parse(words: readonly string[]): ParseResult {
    const atoms = this.wordAtoms.atoms(words);
    const tagIds = this.tagger.tag(atoms);
    const config = parseTagged(atoms, tagIds, this.transitions);
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

function readDataFile(dataDir: URL, name: string): Buffer {
  const url = new URL(name, dataDir);
  try {
    return readFileSync(url);
  } catch (error) {
    throw new WeightsFileError(url.pathname, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function readWeights(dataDir: URL, name: string, kind: string): HashedWeights {
  return HashedWeights.decode(readDataFile(dataDir, name), new URL(name, dataDir).pathname, kind);
}

/** The word clusters the NER tagger also reads (`<dataDir>/ner/word-clusters.txt.gz`). */
export function loadWordClusters(dataDir: URL): WordClusterTable {
  const bytes = readDataFile(dataDir, CLUSTERS_FILE);
  try {
    return WordClusterTable.fromGzip(bytes);
  } catch {
    throw new WeightsFileError(new URL(CLUSTERS_FILE, dataDir).pathname, 'is not a whole gzip file');
  }
}

/**
 * Loads the tagger, parser and labeller weights from `<dataDir>/parser/` and the word clusters
 * from `<dataDir>/ner/`; throws `WeightsFileError` naming a missing or malformed file.
 */
export function loadParser(dataDir: URL): Parser {
  const dir = dataDir.href.endsWith('/') ? dataDir : new URL(`${dataDir.href}/`);
  return loadParserWeights(dir, loadWordClusters(dir));
}

/** Like `loadParser`, with the word clusters given: for weights a script trained into another folder. */
export function loadParserWeights(dataDir: URL, clusters: WordClusterTable): Parser {
  const dir = dataDir.href.endsWith('/') ? dataDir : new URL(`${dataDir.href}/`);
  const tagger = readWeights(dir, TAGGER_FILE, 'tagger');
  const moveFile = new URL(PARSER_FILE, dir).pathname;
  const moveRows = readWeightRows(readDataFile(dir, PARSER_FILE), moveFile, 'parser');
  checkMoveClasses(moveRows.classes, moveFile);
  const moves = new MoveWeights(moveRows);
  const labels = readWeights(dir, LABELLER_FILE, 'labeller');
  checkRelationClasses(labels.classes, new URL(LABELLER_FILE, dir).pathname);
  return new Parser(tagger, moves, labels, clusters);
}
