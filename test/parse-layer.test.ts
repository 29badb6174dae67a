import { describe, expect, it } from 'vitest';
import { PIPELINE } from '../src/analyze.js';
import { toArticle } from '../src/articles/index.js';
import type { Layers } from '../src/document/doc.js';
import { treeOf } from '../src/facts/tree.js';
import { wordsOf } from '../src/facts/words.js';
import { MAX_PARSED_WORDS, parseAnnotator } from '../src/nlp/parse.js';
import { defaultResources } from '../src/resources.js';

/** The layers up to and including the parse, for `text`. */
function parsed(text: string) {
  return defaultResources().loadAll().run(() => {
    const article = toArticle({ source: { uri: 'test:', kind: 'record' }, content: { kind: 'text', text }, format: 'text', url: null, publishedAt: null });
    const layers: Partial<Layers> = {};
    for (const annotator of PIPELINE.slice(0, PIPELINE.indexOf(parseAnnotator) + 1)) {
      (layers as Record<string, unknown>)[annotator.assigns] = annotator.annotate({ article, layers });
    }
    const words = wordsOf(layers.tokens!, layers.sentences!);
    return { words, parse: layers.parse!, tree: treeOf(layers.parse!), index: (word: string) => words.findIndex((w) => w.text === word) };
  });
}

describe('the parse layer', () => {
  it('gives every word a head in its own sentence and each sentence one root', () => {
    const { words, parse } = parsed('The minister said the fleet would sail on Monday. Fishermen in Bergen protested the quota, and the talks stalled.');
    expect(parse.heads).toHaveLength(words.length);
    expect(parse.relations).toHaveLength(words.length);
    for (let i = 0; i < words.length; i++) {
      const head = parse.heads[i]!;
      if (head >= 0) expect(words[head]!.sentence).toBe(words[i]!.sentence);
    }
    const roots = words.map((word, i) => (parse.heads[i] === -1 ? word.sentence : -1)).filter((sentence) => sentence >= 0);
    expect(roots).toEqual([0, 1]);
  });

  it('reads subjects, objects and clausal complements', () => {
    const { tree, index } = parsed('The minister said that the fleet would sail on Monday.');
    const said = index('said');
    expect(tree.dependent(said, 'nsubj')).toBe(index('minister'));
    const complement = tree.dependent(said, 'ccomp');
    expect(complement).toBe(index('sail'));
    // The clause runs from "that" to "Monday", and the verb heads every word in it.
    expect(tree.extent(complement)).toEqual([index('that'), index('Monday')]);
    expect(tree.dominates(said, index('fleet'))).toBe(true);
    expect(tree.dominates(complement, index('minister'))).toBe(false);
  });

  it('parses a sentence longer than the cap in pieces, each with its root', () => {
    const sentence = `${Array.from({ length: MAX_PARSED_WORDS + 30 }, (_, i) => `item${i}`).join(', ')}.`;
    const { words, parse } = parsed(sentence);
    const roots = [...parse.heads].filter((head) => head === -1).length;
    expect(words.length).toBeGreaterThan(MAX_PARSED_WORDS);
    expect(roots).toBe(Math.ceil(words.length / MAX_PARSED_WORDS));
  });
});
