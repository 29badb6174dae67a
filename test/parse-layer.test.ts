import { describe, expect, it } from 'vitest';
import { layersThrough } from '../src/analyze.js';
import { toArticle } from '../src/articles/index.js';
import { treeOf } from '../src/facts/tree.js';
import { wordsOf } from '../src/facts/words.js';
import { MAX_PARSED_WORDS, PARSE_AHEAD_WORDS, parseAnnotator } from '../src/nlp/parse.js';
import { defaultResources } from '../src/resources.js';

/** The layers up to and including the parse, for `text`. */
function parsed(text: string) {
  return defaultResources().loadAll().run(() => {
    const article = toArticle({ source: { uri: 'test:', kind: 'record' }, content: { kind: 'text', text }, format: 'text', url: null, publishedAt: null });
    const layers = layersThrough(article, parseAnnotator);
    const words = wordsOf(layers.tokens!, layers.sentences!);
    const tree = treeOf(layers.parse!);
    return { words, tree, layer: layers.parse!, heads: () => words.map((_, i) => tree.head(i)), index: (word: string) => words.findIndex((w) => w.text === word) };
  });
}

describe('the parse layer', () => {
  it('gives every word a head in its own sentence and each sentence one root', () => {
    const { words, tree, heads } = parsed('The minister said the fleet would sail on Monday. Fishermen in Bergen protested the quota, and the talks stalled.');
    const all = heads();
    expect(all).toHaveLength(words.length);
    for (let i = 0; i < words.length; i++) {
      if (all[i]! >= 0) expect(words[all[i]!]!.sentence).toBe(words[i]!.sentence);
      expect(tree.relation(i)).not.toBe('');
    }
    const roots = words.map((word, i) => (all[i] === -1 ? word.sentence : -1)).filter((sentence) => sentence >= 0);
    expect(roots).toEqual([0, 1]);
  });

  it('gives a sentence the same tree however its parse was asked for', () => {
    const text = 'The minister said the fleet would sail on Monday. Fishermen in Bergen protested the quota, and the talks stalled.';
    const lazy = parsed(text);
    const second = lazy.index('protested');
    const lazyHead = lazy.tree.head(second);
    expect(lazy.tree.extent(lazy.index('said'))[1]).toBeLessThan(lazy.index('Fishermen'));
    const eager = parsed(text);
    expect(eager.heads()[second]).toBe(lazyHead);
  });

  it('parses, with the sentence asked about, the sentences after it up to a word budget', () => {
    const sentence = 'The council met on Tuesday and voted for the new bridge.';
    const { words, layer } = parsed(Array.from({ length: Math.ceil((2 * PARSE_AHEAD_WORDS) / 12) }, () => sentence).join(' '));
    const parsedSentences = () => new Set(words.filter((_, i) => layer.relations[i] !== '').map((word) => word.sentence));
    const [, firstSentenceEnd] = layer.parseAround(0);
    expect(firstSentenceEnd).toBe(11);
    // The next sentences came with the first, until about PARSE_AHEAD_WORDS words; the rest wait for a request.
    const ahead = parsedSentences();
    expect(ahead.has(1)).toBe(true);
    const lastSentence = words.at(-1)!.sentence;
    expect(ahead.has(lastSentence)).toBe(false);
    expect(ahead.size * 12).toBeGreaterThanOrEqual(PARSE_AHEAD_WORDS);
    layer.parseAround(words.length - 1);
    expect(parsedSentences().has(lastSentence)).toBe(true);
  });

  it('reads subjects, objects and clausal complements', () => {
    const { tree, index } = parsed('The minister said that the fleet would sail on Monday.');
    const said = index('said');
    expect(tree.dependent(said, 'nsubj')).toBe(index('minister'));
    const complement = tree.dependent(said, 'ccomp');
    expect(complement).toBe(index('sail'));
    // The clause runs from "that" to "Monday", and the verb heads every word in it.
    expect(tree.extent(complement)).toEqual([index('that'), index('Monday')]);
    expect(tree.head(index('fleet'))).toBe(complement);
    expect(tree.extent(said)).toEqual([index('The'), index('.')]);
  });

  it('parses a sentence longer than the cap in pieces, each with its root', () => {
    const sentence = `${Array.from({ length: MAX_PARSED_WORDS + 30 }, (_, i) => `item${i}`).join(', ')}.`;
    const { words, heads } = parsed(sentence);
    const roots = heads().filter((head) => head === -1).length;
    expect(words.length).toBeGreaterThan(MAX_PARSED_WORDS);
    expect(roots).toBe(Math.ceil(words.length / MAX_PARSED_WORDS));
  });
});
