import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { CLUSTERS_FILE } from '../src/nlp/parser/clusters.js';
import { parseTagged, type Teacher } from '../src/nlp/parser/decode.js';
import { loadParser, PARSER_FILE, TAGGER_FILE, type ParseResult } from '../src/nlp/parser/parser.js';
import { tagWords } from '../src/nlp/parser/tagger.js';
import { wordAtoms } from '../src/nlp/parser/word-atoms.js';
import { dataUrl } from '../src/resources.js';
import { fixture, fixturePath, tempDir } from './helpers.js';

const parser = loadParser(dataUrl(''));

function words(sentence: string): string[] {
  return sentence.split(' ');
}

/** The relation and head word of `word` in `parsed`. */
function arc(parsed: ParseResult, sentence: string[], word: string): string {
  const i = sentence.indexOf(word);
  const head = parsed.heads[i]!;
  return `${parsed.deprels[i]} ${head === 0 ? 'ROOT' : sentence[head - 1]}`;
}

function isTree(parsed: ParseResult, n: number): boolean {
  if (parsed.heads.length !== n || parsed.deprels.length !== n || parsed.upos.length !== n) return false;
  if (parsed.heads.filter((head) => head === 0).length !== 1) return false;
  return parsed.heads.every((head, i) => {
    if (head < 0 || head > n || head === i + 1) return false;
    // Walking up from each word must reach the root within n steps (no cycles).
    let at = i + 1;
    for (let steps = 0; steps <= n && at !== 0; steps++) at = parsed.heads[at - 1]!;
    return at === 0;
  });
}

describe('the shipped parser', () => {
  it.each([
    ['The minister signed the agreement .', { minister: 'nsubj signed', signed: 'root ROOT', agreement: 'obj signed', The: 'det minister' }],
    ['Russia rejected the proposal on Tuesday .', { Russia: 'nsubj rejected', proposal: 'obj rejected', Tuesday: 'obl rejected' }],
    ['The talks were postponed by the government .', { talks: 'nsubj:pass postponed', were: 'aux:pass postponed', government: 'obl:agent postponed' }],
    ['She said that the army would withdraw .', { said: 'root ROOT', withdraw: 'ccomp said', army: 'nsubj withdraw' }],
  ])('parses "%s"', (sentence, expected) => {
    const sentenceWords = words(sentence);
    const parsed = parser.parse(sentenceWords);
    for (const [word, relation] of Object.entries(expected)) expect(arc(parsed, sentenceWords, word)).toBe(relation);
  });

  it('tags the words of a plain sentence', () => {
    expect(parser.parse(words('The minister signed the agreement .')).upos).toEqual(['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT']);
  });

  it('returns a well-formed tree for any list of words', () => {
    const word = fc.oneof(fc.constantFrom('the', 'said', 'of', ',', '.', 'Paris', 'talks', 'and', '"', 'not'), fc.string({ minLength: 1, maxLength: 8 }));
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (sentence) => isTree(parser.parse(sentence), sentence.length)), { numRuns: 300, seed: 17 });
  });

  it('returns nothing for no words', () => {
    expect(parser.parse([])).toEqual({ upos: [], xpos: [], heads: [], deprels: [] });
  });

  it('gives the same parse whatever it parsed before, and so does a second loaded parser', () => {
    const sentence = words('Officials said talks would resume in June .');
    const first = parser.parse(sentence);
    for (const other of ['Nobody came .', 'He met the envoy in Kyiv and promised aid', '1 2 3 4 5 6 7 8 9']) parser.parse(words(other));
    expect(parser.parse(sentence)).toEqual(first);
    expect(loadParser(dataUrl('')).parse(sentence)).toEqual(first);
  });

  it('tags as the tagger without its word cache does, for words met again in other places', () => {
    const { tagger, clusters } = parser.parts();
    const word = fc.constantFrom('the', 'said', 'talks', 'Talks', 'resume', 'June', ',', '.', 'that', 'can', 'Paris', 'not', '3', 'to');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (sentence) => {
        const atoms = wordAtoms(sentence, clusters);
        expect(tagger.tag(atoms)).toEqual(tagWords(atoms, tagger.model));
      }),
      { numRuns: 300, seed: 17 },
    );
  });

  it('parses with its kept group scores as scoring every feature key does', () => {
    const { tagger, transitions, clusters } = parser.parts();
    // A teacher that keeps every prediction makes the decoder score each configuration's keys one by one.
    const everyKey: Teacher = { move: (_config, _keys, _count, predicted) => predicted, label: (_config, _head, _dependent, _keys, _count, predicted) => predicted };
    const word = fc.constantFrom('the', 'minister', 'said', 'talks', 'would', 'resume', 'in', 'June', ',', '.', 'that', 'he', 'met', 'envoy', 'and', 'promised', 'aid', 'of', 'who');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (sentence) => {
        const atoms = wordAtoms(sentence, clusters);
        const tags = tagger.tag(atoms);
        const kept = parseTagged(atoms, tags, transitions);
        const scored = parseTagged(atoms, tags, transitions, everyKey);
        expect([...kept.heads]).toEqual([...scored.heads]);
        expect([...kept.labels]).toEqual([...scored.labels]);
      }),
      { numRuns: 300, seed: 17 },
    );
  });
});

/** A data folder with the word clusters and, if given, the shipped tagger. */
function dataDir(withTagger: boolean): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'ner'));
  mkdirSync(join(dir, 'parser'));
  copyFileSync(dataUrl(CLUSTERS_FILE), join(dir, CLUSTERS_FILE));
  if (withTagger) copyFileSync(dataUrl(TAGGER_FILE), join(dir, TAGGER_FILE));
  return dir;
}

describe('loading the parser', () => {
  it('names a missing weights file', () => {
    expect(() => loadParser(pathToFileURL(dataDir(false)))).toThrow(/parser\/tagger\.bin\.gz: cannot be read \(ENOENT\)/);
  });

  it('names missing word clusters', () => {
    expect(() => loadParser(pathToFileURL(tempDir()))).toThrow(/ner\/word-clusters\.txt\.gz: cannot be read \(ENOENT\)/);
  });

  it.each([
    ['not gzip', Buffer.from('hello'), /parser\.bin\.gz: is not a whole gzip file/],
    ['a tagger in the parser file', readFileSync(dataUrl(TAGGER_FILE)), /parser\.bin\.gz: holds a tagger model, expected parser/],
    ['a truncated file', readFileSync(dataUrl(PARSER_FILE)).subarray(0, 2000), /parser\.bin\.gz: is not a whole gzip file/],
    ['a cut header', gzipSync(Buffer.from([200, 0, 0, 0, 123])), /parser\.bin\.gz: is truncated/],
  ])('names a malformed weights file (%s)', (_, bytes, message) => {
    const dir = dataDir(true);
    writeFileSync(join(dir, PARSER_FILE), bytes);
    expect(() => loadParser(pathToFileURL(dir))).toThrow(message);
  });
});

async function runCli(args: string[], stdin = ''): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const input = new PassThrough();
  input.end(stdin);
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const status = await main(args, { stdout, stderr, stdin: input });
  return { status, stdout: out, stderr: err };
}

describe('newsgraph parse --conllu', () => {
  it('fills UPOS, HEAD and DEPREL and keeps every other line and column', async () => {
    const input = fixture('parser/sentences.conllu');
    const { status, stdout } = await runCli(['parse', '--conllu', fixturePath('parser/sentences.conllu')]);
    expect(status).toBe(0);
    const inLines = input.split('\n');
    const outLines = stdout.split('\n');
    expect(outLines).toHaveLength(inLines.length);
    outLines.forEach((line, i) => {
      const before = inLines[i]!.split('\t');
      const after = line.split('\t');
      if (!/^\d+\t/.test(inLines[i]!)) return expect(line).toBe(inLines[i]);
      expect(after).toHaveLength(10);
      [0, 1, 2, 4, 5, 8, 9].forEach((column) => expect(after[column]).toBe(before[column]));
      expect(after[3]).toMatch(/^[A-Z]+$/);
      expect(after[6]).toMatch(/^\d+$/);
      expect(after[7]).toMatch(/^[a-z]+(:[a-z]+)?$/);
    });
  });

  it('reads standard input with -', async () => {
    const { status, stdout } = await runCli(['parse', '--conllu', '-'], '1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\n');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^1\tHello\t_\t\w+\t_\t_\t0\troot\t_\t_\n\n$/);
  });

  it('rejects a malformed file, naming the line', async () => {
    const { status, stderr } = await runCli(['parse', '--conllu', '-'], '# ok\n1\tHello\t_\t_\n');
    expect(status).toBe(1);
    expect(stderr).toMatch(/-: line 2: expected 10 tab-separated columns, found 4/);
  });

  it('exits 2 without --conllu', async () => {
    const { status, stderr } = await runCli(['parse']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/parse needs --conllu FILE/);
  });
});
