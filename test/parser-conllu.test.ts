import { describe, expect, it } from 'vitest';
import { ConlluFormatError, formatConllu, parseConllu } from '../src/nlp/parser/conllu.js';
import { readTreebank } from '../src/nlp/parser/treebank.js';
import { fixture } from './helpers.js';

const SENTENCES = fixture('parser/sentences.conllu');

function expectFormatError(text: string, line: number, message: RegExp): void {
  let error: unknown;
  try {
    parseConllu(text);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ConlluFormatError);
  expect((error as ConlluFormatError).line).toBe(line);
  expect((error as Error).message).toMatch(message);
}

describe('CoNLL-U files', () => {
  it('writes back exactly what it read, comments, ranges and empty nodes included', () => {
    expect(formatConllu(parseConllu(SENTENCES))).toBe(SENTENCES);
  });

  it('reads only the integer-numbered words as syntactic words', () => {
    const sentences = parseConllu(SENTENCES);
    expect(sentences.map((s) => s.words.length)).toEqual([6, 8, 5, 7]);
    expect(sentences[2]!.words.map((w) => w.columns[1])).toEqual(['They', 'do', "n't", 'agree', '.']);
    expect(sentences[3]!.lines.filter((l) => l.kind === 'empty')).toHaveLength(1);
  });

  it('reads gold trees with 1-based heads and 0 for the root', () => {
    const [first] = readTreebank(SENTENCES);
    expect(first!.heads).toEqual([2, 3, 0, 5, 3, 3]);
    expect(first!.deprels).toEqual(['det', 'nsubj', 'root', 'det', 'obj', 'punct']);
  });

  it('accepts a file without the final blank line and with CRLF line ends', () => {
    const crlf = SENTENCES.trimEnd().replaceAll('\n', '\r\n');
    expect(parseConllu(crlf).map((s) => s.words.length)).toEqual([6, 8, 5, 7]);
  });

  it.each([
    ['a line with too few columns', '1\tHello\thello\n', 1, /expected 10 tab-separated columns, found 3/],
    ['a bad word ID', '# text = x\nA\tx\t_\t_\t_\t_\t0\troot\t_\t_\n', 2, /"A" is not a word ID/],
    ['a word ID out of order', '1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n3\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n', 2, /word ID 3 should be 2/],
    ['a head past the sentence', '1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n2\tb\t_\t_\t_\t_\t7\tdep\t_\t_\n', 2, /HEAD "7" is not 0..2/],
    ['a comment inside a sentence', '1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n# note\n', 2, /comment inside a sentence/],
  ])('rejects %s, naming the line', (_, text, line, message) => {
    expectFormatError(text, line, message);
  });
});
