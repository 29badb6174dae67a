import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NerResources } from '../src/nlp/ner/features.js';
import { Gazetteer } from '../src/nlp/ner/gazetteer.js';
import { trainTagger } from '../src/nlp/ner/training.js';
import { ewtNerTrain } from '../scripts/lib/ewt-ner-set.js';
import { readGumDocument } from '../scripts/lib/gum-set.js';
import { readUnerSet, unerDevHalf, withMiscUnknown } from '../scripts/lib/uner-set.js';
import { tempDir } from './helpers.js';

/** CoNLL-U lines from `[form, upos, xpos, head, misc]` rows (ids from 1). */
function conllu(rows: readonly (readonly [string, string, string, number, string])[]): string {
  return rows.map(([form, upos, xpos, head, misc], i) => [i + 1, form, form, upos, xpos, '_', head, 'dep', '_', misc].join('\t')).join('\n');
}

describe('UNER reader', () => {
  it('reads IOB2 tags from the third column and starts a document at each newdoc comment', () => {
    const path = join(tempDir(), 'sample.iob2');
    writeFileSync(path, [
      '# newdoc id = a', '# text = Ola lives in Bergen', '1\tOla\tB-PER\t-\t-', '2\tlives\tO\t-\t-', '3\tin\tO\t-\t-', '4\tBergen\tB-LOC\t-\t-', '',
      '# newdoc id = b', '1\tNorwegian\tB-ORG\t-\t-', '2\tFishermen\tI-ORG\t-\t-', '3\tAssociation\tI-ORG\t-\t-', '',
    ].join('\n'));
    const documents = readUnerSet(path);
    expect(documents).toHaveLength(2);
    expect(documents[0]!.sentences[0]!.spans).toEqual([{ start: 0, end: 1, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]);
    expect(documents[1]!.sentences[0]!.spans).toEqual([{ start: 0, end: 3, type: 'ORG' }]);
  });

  it('splits dev into halves of alternating documents', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'dev.iob2'), ['a', 'b', 'c'].map((name) => `# newdoc id = ${name}\n1\t${name}\tO\t-\t-\n`).join('\n'));
    const firstTokens = (half: 'a' | 'b') => unerDevHalf(dir, half).map((document) => document.sentences[0]!.tokens[0]);
    expect(firstTokens('a')).toEqual(['a', 'c']);
    expect(firstTokens('b')).toEqual(['b']);
  });

  it('makes O on the treebank\'s proper nouns and inner capitalised adjectives unknown, matched by sent_id', () => {
    const dir = tempDir();
    const iob = join(dir, 'dev.iob2');
    writeFileSync(iob, ['# newdoc id = d', '# sent_id = s1', '1\tGreat\tO\t-\t-', '2\tIsraeli\tO\t-\t-', '3\tfood\tO\t-\t-', '4\tat\tO\t-\t-', '5\tMax\tB-LOC\t-\t-', '6\tin\tO\t-\t-', '7\tWindows\tO\t-\t-', ''].join('\n'));
    const treebank = join(dir, 'dev.conllu');
    writeFileSync(treebank, `# sent_id = s1\n${conllu([
      ['Great', 'ADJ', 'JJ', 3, '_'],
      ['Israeli', 'ADJ', 'JJ', 3, '_'],
      ['food', 'NOUN', 'NN', 0, '_'],
      ['at', 'ADP', 'IN', 5, '_'],
      ['Max', 'PROPN', 'NNP', 3, '_'],
      ['in', 'ADP', 'IN', 7, '_'],
      ['Windows', 'PROPN', 'NNPS', 5, '_'],
    ])}\n\n`);
    const [sentence] = withMiscUnknown(readUnerSet(iob), treebank)[0]!.sentences;
    expect(sentence!.spans).toEqual([{ start: 4, end: 5, type: 'LOC' }]);
    expect(sentence!.unknown).toEqual([{ start: 1, end: 2 }, { start: 6, end: 7 }]);
  });
});

describe('GUM named entities', () => {
  const document = () => {
    const path = join(tempDir(), 'GUM_test.conllu');
    writeFileSync(path, `# newdoc id = GUM_test\n${conllu([
      ['Nils', 'PROPN', 'NNP', 4, 'Entity=(1-person-new-sssss-cf1-1,2-coref-Nils_Olsen'],
      ['Olsen', 'PROPN', 'NNP', 1, 'Entity=1)'],
      [',', 'PUNCT', ',', 1, '_'],
      ['taught', 'VERB', 'VBD', 0, '_'],
      ['at', 'ADP', 'IN', 7, '_'],
      ['the', 'DET', 'DT', 7, 'Entity=(2-organization-new-sssss-cf2-2-coref-University_of_Tromso'],
      ['University', 'PROPN', 'NNP', 4, '_'],
      ['of', 'ADP', 'IN', 9, '_'],
      ['Tromsø', 'PROPN', 'NNP', 7, 'Entity=(3-place-new-sssss-cf3-1-coref-Tromso)2)'],
      ['in', 'ADP', 'IN', 12, '_'],
      ['the', 'DET', 'DT', 12, 'Entity=(4-place-new-sssss-cf4-2-coref'],
      ['city', 'NOUN', 'NN', 4, 'Entity=4)'],
      ['with', 'ADP', 'IN', 15, '_'],
      ['Swiss', 'ADJ', 'JJ', 15, 'Entity=(5-person-new-sssss-cf5-2-coref'],
      ['colleagues', 'NOUN', 'NNS', 4, 'Entity=5)'],
      ['at', 'ADP', 'IN', 17, '_'],
      ['Hydra', 'PROPN', 'NNP', 4, 'Entity=(6-event-new-sssss-cf6-1-coref-Hydra)'],
    ])}\n\n`);
    return readGumDocument(path).sentences[0]!;
  };

  it('keeps mentions headed by a proper noun, cut to the name, the longest of nested ones', () => {
    expect(document().spans).toEqual([{ start: 0, end: 2, type: 'PER' }, { start: 6, end: 9, type: 'ORG' }]);
  });

  it('leaves common-noun mentions outside and marks other proper nouns and capitalised adjectives unknown', () => {
    const { spans, unknown } = document();
    expect(spans.some((span) => span.start <= 11 && 11 < span.end)).toBe(false);
    expect(unknown).toEqual([{ start: 13, end: 14 }, { start: 16, end: 17 }]);
  });
});

describe('EWT as partly labelled text', () => {
  it('marks proper nouns, joining words between them and first words unknown, and labels nothing', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'en-ewt'));
    writeFileSync(join(dir, 'en-ewt', 'train.conllu'), `# newdoc id = e1\n${conllu([
      ['Thanks', 'NOUN', 'NNS', 0, '_'],
      ['to', 'ADP', 'IN', 3, '_'],
      ['Bank', 'PROPN', 'NNP', 1, '_'],
      ['of', 'ADP', 'IN', 5, '_'],
      ['America', 'PROPN', 'NNP', 3, '_'],
      ['with', 'ADP', 'IN', 8, '_'],
      ['Great', 'ADJ', 'JJ', 8, '_'],
      ['service', 'NOUN', 'NN', 1, '_'],
    ])}\n\n`);
    const [document] = ewtNerTrain(dir);
    const sentence = document!.sentences[0]!;
    expect(sentence.spans).toEqual([]);
    expect(sentence.unknown).toEqual([{ start: 0, end: 1 }, { start: 2, end: 3 }, { start: 3, end: 4 }, { start: 4, end: 5 }, { start: 6, end: 7 }]);
  });
});

describe('training with unknown labels', () => {
  const resources: NerResources = { gazetteer: new Gazetteer({ lists: {} }), clusters: new Map() };

  it('learns nothing where every label is unknown', () => {
    const tokens = ['Ola', 'met', 'Kari', 'in', 'Oslo'];
    const trained = trainTagger([{ sentences: [{ tokens, spans: [{ start: 0, end: 1, type: 'PER' }], unknown: [{ start: 0, end: tokens.length }] }] }], ['PER'], resources, { epochs: 2, seed: 1 });
    expect(trained.weights.every((weight) => weight === 0)).toBe(true);
  });

  it('learns from the known tokens of the same sentence', () => {
    const tokens = ['Ola', 'met', 'Kari', 'in', 'Oslo'];
    const trained = trainTagger([{ sentences: [{ tokens, spans: [{ start: 0, end: 1, type: 'PER' }], unknown: [{ start: 2, end: 3 }] }] }], ['PER'], resources, { epochs: 2, seed: 1 });
    expect(trained.weights.some((weight) => weight !== 0)).toBe(true);
  });
});
