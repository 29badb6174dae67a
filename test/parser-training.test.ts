import { describe, expect, it } from 'vitest';
import { WordClusterTable } from '../src/nlp/parser/clusters.js';
import { relationsIn, trainParser, type TaggedSentence } from '../src/nlp/parser/parser-training.js';
import { tagClassesOf, trainTagger } from '../src/nlp/parser/tagger-training.js';
import { readTreebank } from '../src/nlp/parser/treebank.js';
import { encodeWeights, HashedWeights } from '../src/nlp/parser/weights.js';
import { fixture } from './helpers.js';

const GOLD = readTreebank(fixture('parser/sentences.conllu'));
const CLUSTERS = new WordClusterTable('minister\t1.2.3\nofficials\t1.2.4\ntalks\t5.6.7\n');

function trainAll(seed: number): Uint8Array[] {
  const classes = tagClassesOf(GOLD);
  const tagger = trainTagger(GOLD, classes, CLUSTERS, { epochs: 3, seed });
  const tagged: TaggedSentence[] = GOLD.map((gold) => ({ gold, tags: Int32Array.from(gold.upos, (upos, i) => classes.indexOf(`${upos} ${gold.xpos[i]}`)) }));
  const parser = trainParser(tagged, relationsIn(GOLD), CLUSTERS, { epochs: 3, seed, explore: 0.9, exploreFrom: 2 });
  return [encodeWeights('tagger', tagger, {}, 0), encodeWeights('parser', parser.moves, {}, 0), encodeWeights('labeller', parser.labels, {}, 0)];
}

describe('training the tagger and parser', () => {
  it('gives the same weights byte for byte from the same data and seed', () => {
    expect(trainAll(7)).toEqual(trainAll(7));
  });

  it('writes weights that read back with their classes and kind', () => {
    const [, moves, labels] = trainAll(7);
    expect(HashedWeights.decode(moves!, 'parser.bin.gz', 'parser').classes).toEqual(['SHIFT', 'LEFT', 'RIGHT']);
    expect(HashedWeights.decode(labels!, 'labeller.bin.gz', 'labeller').classes).toContain('nsubj');
    expect(() => HashedWeights.decode(labels!, 'labeller.bin.gz', 'parser')).toThrow(/labeller\.bin\.gz: holds a labeller model, expected parser/);
  });
});
