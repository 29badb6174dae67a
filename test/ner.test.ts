import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { main } from '../src/cli/main.js';
import { generationOf, withGenerationalSuffixes, withHyphenatedNameParts, withListedSurnames, withoutRunOnWords } from '../src/nlp/names.js';
import { ConllFormatError, parseConll } from '../src/nlp/ner/conll.js';
import { BilouDecoder } from '../src/nlp/ner/decode.js';
import { FeatureExtractor, type NerResources, type SentenceFeatures } from '../src/nlp/ner/features.js';
import { Gazetteer } from '../src/nlp/ner/gazetteer.js';
import { encodeModel, NerModel } from '../src/nlp/ner/model.js';
import { wordShape } from '../src/nlp/ner/shape.js';
import { bilouFinal, bilouFromSpans, bilouLabels, bilouTransitions, iob2FromSpans, spansFromBilou, spansFromIob } from '../src/nlp/ner/tags.js';
import { loadTagger, tagTokens } from '../src/nlp/ner/tagger.js';
import { trainTagger, type TrainingDocument } from '../src/nlp/ner/training.js';
import { EntityScorer } from '../scripts/lib/conlleval.js';
import { fixture, fixturePath, succeeded, tempDir } from './helpers.js';

const TYPES = ['LOC', 'MISC', 'ORG', 'PER'];

describe('tag encodings', () => {
  it('reads IOB1 as conlleval does: I- after O or another type starts an entity, B- splits two of one type', () => {
    expect(spansFromIob(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'ORG' },
    ]);
  });

  it('round-trips spans through IOB2 and BILOU', () => {
    const spans = [{ start: 0, end: 1, type: 'PER' }, { start: 2, end: 5, type: 'ORG' }, { start: 5, end: 7, type: 'ORG' }];
    expect(iob2FromSpans(spans, 8)).toEqual(['B-PER', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-ORG', 'I-ORG', 'O']);
    expect(bilouFromSpans(spans, 8)).toEqual(['U-PER', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'B-ORG', 'L-ORG', 'O']);
    expect(spansFromIob(iob2FromSpans(spans, 8))).toEqual(spans);
    expect(spansFromBilou(bilouFromSpans(spans, 8))).toEqual(spans);
  });

  it('repairs a broken BILOU sequence into whole entities', () => {
    expect(spansFromBilou(['B-PER', 'I-PER', 'O', 'I-LOC', 'L-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 5, type: 'LOC' },
    ]);
  });

  it('allows only valid BILOU transitions and endings', () => {
    const labels = bilouLabels(['PER', 'LOC']);
    const allowed = bilouTransitions(labels);
    const at = (from: string, to: string) => allowed[from === '<s>' ? labels.length : labels.indexOf(from)]![labels.indexOf(to)];
    expect(at('B-PER', 'L-PER')).toBe(true);
    expect(at('B-PER', 'L-LOC')).toBe(false);
    expect(at('B-PER', 'O')).toBe(false);
    expect(at('U-PER', 'B-LOC')).toBe(true);
    expect(at('O', 'I-PER')).toBe(false);
    expect(at('<s>', 'L-PER')).toBe(false);
    const final = bilouFinal(labels);
    expect(labels.filter((_, i) => final[i])).toEqual(['O', 'L-PER', 'U-PER', 'L-LOC', 'U-LOC']);
  });
});

describe('CoNLL files', () => {
  it('splits documents at -DOCSTART- and sentences at blank lines, keeping line numbers', () => {
    const documents = parseConll(fixture('ner/small.conll'));
    expect(documents).toHaveLength(2);
    expect(documents[0]!.sentences.map((s) => s.tokens.length)).toEqual([6, 15]);
    expect(documents[1]!.sentences[0]!.tokens[0]).toEqual({ columns: ['Bjarni', 'NNP', 'B-NP', 'B-PER'], line: 28 });
  });

  it('rejects a line with the wrong number of columns, naming it', () => {
    expect(() => parseConll('EU NNP I-ORG\nrejects VBZ\n')).toThrow(ConllFormatError);
    expect(() => parseConll('EU NNP I-ORG\nrejects VBZ\n')).toThrow(/^line 2: expected 3 columns/);
    expect(() => parseConll('EU\u0000 X\n')).toThrow(/line 1: .*NUL/);
  });
});

describe('features', () => {
  const resources: NerResources = {
    gazetteer: new Gazetteer({ lists: { country: ['Iceland', 'United Kingdom'], 'first-name': ['Ingrid'] } }),
    clusters: new Map([['iceland', '4.2.7']]),
  };

  it('collapses word shapes', () => {
    expect(['McDonald', 'U.S.', '1996-08-22', 'NATO', 'talks', 'Zoë'].map(wordShape)).toEqual(['XxXx', 'X.X.', 'd-d-d', 'X', 'x', 'Xx']);
  });

  it('matches gazetteer phrases case-insensitively, longest per list, only from a capital', () => {
    const gazetteer = resources.gazetteer;
    expect(gazetteer.match(['in', 'the', 'United', 'Kingdom', 'today'])).toEqual([{ list: 'country', start: 2, end: 4 }]);
    expect(gazetteer.match(['ICELAND', 'WINS'])).toEqual([{ list: 'country', start: 0, end: 1 }]);
    expect(gazetteer.match(['iceland'])).toEqual([]);
  });

  it('names word, neighbour, cluster, gazetteer-position and document features', () => {
    const names: string[] = [];
    const extractor = new FeatureExtractor(resources, (name) => names.push(name) - 1);
    const sentences = [['Ingrid', 'flew', 'to', 'Iceland', '.'], ['ICELAND', 'TALKS']];
    const forms = extractor.documentForms(sentences);
    const namesOf = ({ ids, offsets }: SentenceFeatures, token: number) => [...ids.subarray(offsets[token], offsets[token + 1])].map((id) => names[id]!);
    const features = extractor.sentenceIds(extractor.readSentence(sentences[0]!), forms);
    const of = (token: number) => namesOf(features, token);
    expect(of(3)).toEqual(expect.arrayContaining(['w=Iceland', 'l=iceland', 's=Xx', 'p2=ic', 'x3=and', 'c0=4', 'c1=4.2', 'c2=4.2.7', 'l-1=to', 'l+1=.', 'g=country:U', 'l-1|l=to|iceland']));
    expect(of(0)).toEqual(expect.arrayContaining(['g=first-name:U', 'first|s=Xx', 'c=none']));
    expect(of(1)).toContain('g-1=first-name:U');
    // In a headline in capitals the exact form says nothing; the document's casing does.
    const headline = namesOf(extractor.sentenceIds(extractor.readSentence(sentences[1]!), forms), 0);
    expect(headline).toEqual(expect.arrayContaining(['caps|s=X', 'doc=cap', 'g=country:U']));
    expect(headline.some((name) => name.startsWith('w='))).toBe(false);
  });
});

/** A tiny training set the project wrote: enough for the perceptron to fit exactly. */
function tinyDocuments(): TrainingDocument[] {
  return parseConll(fixture('ner/small.conll')).map((document) => ({
    sentences: document.sentences.map(({ tokens }) => ({
      tokens: tokens.map((token) => token.columns[0]!),
      spans: spansFromIob(tokens.map((token) => token.columns.at(-1)!)),
    })),
  }));
}

describe('training and decoding', () => {
  const resources: NerResources = { gazetteer: new Gazetteer({ lists: {} }), clusters: new Map() };
  const train = () => trainTagger(tinyDocuments(), TYPES, resources, { epochs: 8, seed: 7 });

  it('learns its training sentences and is deterministic', () => {
    const first = train();
    const bytes = encodeModel(first.labels, first.names, first.weights, { data: 'fixture' }, 0);
    const again = train();
    expect(Buffer.from(encodeModel(again.labels, again.names, again.weights, { data: 'fixture' }, 0))).toEqual(Buffer.from(bytes));

    const decoder = new BilouDecoder(NerModel.decode(bytes), resources);
    const scorer = new EntityScorer();
    for (const document of tinyDocuments()) {
      const predicted = tagTokens(document.sentences.map((s) => s.tokens), decoder);
      document.sentences.forEach((sentence, i) => scorer.add(sentence.spans, predicted[i]!));
    }
    expect(scorer.overall().f1).toBe(1);
  });

  it('decodes the same with cached label-feature ids as with looked-up names', () => {
    const trained = train();
    const model = NerModel.decode(encodeModel(trained.labels, trained.names, trained.weights, {}, 0));
    const decoder = new BilouDecoder(model, resources, 'greedy');
    const sentences = [['Solberg', 'met', 'Jonsson', 'in', 'Bergen', '.'], ['Icelandic', 'delegates', 'left', '.']];
    const plain = decoder.decodeDocument(sentences);
    const viaHooks = decoder.decodeDocument(sentences, { decided: (_s, _t, predicted) => predicted });
    expect(viaHooks).toEqual(plain);
  });

  it('decodes valid BILOU sequences with Viterbi, and agrees with greedy decoding where the model is sure', () => {
    const trained = train();
    const model = NerModel.decode(encodeModel(trained.labels, trained.names, trained.weights, {}, 0));
    const viterbi = new BilouDecoder(model, resources, 'viterbi');
    const greedy = new BilouDecoder(model, resources, 'greedy');
    const allowed = bilouTransitions(model.labels);
    const final = bilouFinal(model.labels);
    for (const document of tinyDocuments()) {
      const tokens = document.sentences.map((s) => s.tokens);
      const decoded = viterbi.decodeDocument(tokens);
      expect(decoded).toEqual(greedy.decodeDocument(tokens));
      for (const labels of decoded) {
        labels.forEach((label, t) => expect(allowed[t === 0 ? model.labels.length : labels[t - 1]!]![label]).toBe(true));
        expect(final[labels.at(-1)!]).toBe(true);
      }
    }
    expect(viterbi.decodeDocument([[]])).toEqual([[]]);
  });

  it('keeps quantised weights close to the trained ones and drops small features', () => {
    const labels = ['O', 'U-PER'];
    const bytes = encodeModel(labels, ['big', 'tiny'], Float32Array.from([2, -1.5, 0.001, 0]), {}, 0.01);
    const model = NerModel.decode(bytes);
    expect(model.featureCount).toBe(1);
    expect(model.featureId('tiny')).toBe(-1);
    expect(model.weights[0]).toBeCloseTo(2, 3);
    expect(model.weights[1]).toBeCloseTo(-1.5, 3);
  });
});

describe('the shipped tagger', () => {
  it('loads and tags names in text it never saw', () => {
    const sentences = [
      ['Finance', 'Minister', 'Kari', 'Nordmann', 'told', 'reporters', 'in', 'Helsinki', 'that', 'Finnish', 'exports', 'rose', '.'],
      ['The', 'European', 'Investment', 'Bank', 'said', 'on', 'Monday', 'it', 'would', 'lend', 'more', '.'],
    ];
    const found = tagTokens(sentences).flatMap((spans, s) => spans.map(({ start, end, type }) => `${sentences[s]!.slice(start, end).join(' ')}/${type}`));
    expect(found).toEqual(['Kari Nordmann/PER', 'Helsinki/LOC', 'Finnish/MISC', 'European Investment Bank/ORG']);
  });

  it('never throws on odd tokens', () => {
    const odd = ['', 'x'.repeat(10_000), '\u0000\u0007', '🚀🇺🇦', 'שלום', 'مرحبا', '\u202e', ' ', 'Ω'];
    const [spans] = tagTokens([odd, []].filter((s) => s.length > 0));
    expect(Array.isArray(spans)).toBe(true);
    expect(loadTagger().labels).toContain('U-PER');
  });
});

describe('names in analyze', () => {
  it('joins hyphenated compounds and reads typographic apostrophes as the training text wrote them', () => {
    const doc = succeeded(analyze('Talks in Bosnia-Herzegovina stalled.\nThe deal was Bjarni Jonsson’s idea, officials in Reykjavik said.'));
    const names = doc.entities.flatMap((entity) => entity.mentions.filter((mention) => mention.kind === 'name').map((mention) => `${mention.text}/${entity.type}`));
    expect(names).toEqual(expect.arrayContaining(['Bosnia-Herzegovina/GPE', 'Bjarni Jonsson/PERSON', 'Reykjavik/GPE']));
  });
});

describe('newsgraph ner --conll', () => {
  const run = async (args: string[], stdin = '') => {
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: { write: (chunk: string) => ((stdout += chunk), true) } as unknown as NodeJS.WritableStream,
      stderr: { write: (chunk: string) => ((stderr += chunk), true) } as unknown as NodeJS.WritableStream,
      stdin: (async function* () {
        yield Buffer.from(stdin);
      })() as unknown as NodeJS.ReadableStream,
    };
    const status = await main(args, io);
    return { status, stdout, stderr };
  };

  it('appends an IOB2 tag to every token line and keeps blank and -DOCSTART- lines', async () => {
    const input = fixture('ner/small.conll');
    const { status, stdout } = await run(['ner', '--conll', fixturePath('ner/small.conll')]);
    expect(status).toBe(0);
    const inLines = input.trimEnd().split('\n');
    const outLines = stdout.trimEnd().split('\n');
    expect(outLines).toHaveLength(inLines.length);
    outLines.forEach((line, i) => {
      if (inLines[i] === '') return expect(line).toBe('');
      expect(line.startsWith(`${inLines[i]} `)).toBe(true);
      expect(line.split(' ').at(-1)).toMatch(/^(O|[BI]-(PER|ORG|LOC|MISC))$/);
    });
    expect(outLines[0]).toBe('-DOCSTART- -X- O O O');
    expect(outLines.find((line) => line.startsWith('Reykjavik'))).toBe('Reykjavik NNP B-NP B-LOC B-LOC');
  });

  it('reads standard input with -', async () => {
    const { status, stdout } = await run(['ner', '--conll', '-'], 'Ingrid\nSolberg\nspoke\n');
    expect(status).toBe(0);
    expect(stdout).toBe('Ingrid B-PER\nSolberg I-PER\nspoke O\n');
  });

  it('rejects a malformed file naming the line, and a missing file', async () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.conll');
    writeFileSync(bad, 'Ingrid NNP B-PER\nSolberg NNP\n');
    const malformed = await run(['ner', '--conll', bad]);
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toMatch(/bad\.conll: line 2: expected 3 columns/);
    const missing = await run(['ner', '--conll', join(dir, 'none.conll')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot be read \(ENOENT\)/);
    expect((await run(['ner'])).status).toBe(2);
  });
});

describe('conlleval scoring', () => {
  it('counts an entity only when both ends and the type match, micro-averaged with a row per type', () => {
    const scorer = new EntityScorer();
    scorer.add(
      [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }, { start: 5, end: 6, type: 'ORG' }],
      [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 5, type: 'LOC' }, { start: 5, end: 6, type: 'MISC' }],
    );
    const overall = scorer.overall();
    expect([overall.gold, overall.predicted, overall.correct]).toEqual([3, 3, 1]);
    expect(overall.f1).toBeCloseTo(1 / 3, 6);
    expect(Object.fromEntries(scorer.byType().map(([type, score]) => [type, score.f1]))).toEqual({ LOC: 0, MISC: 0, ORG: 0, PER: 1 });
  });
});

describe('names joined in a list', () => {
  const words = ['Nordic', 'leaders', ',', 'including', 'Kallas', 'and', 'Merz', ',', 'met', 'in', 'Oslo', '.'];

  it('takes a lone capitalised word listed with a one-word person name as a person', () => {
    expect(withListedSurnames([{ start: 0, end: 1, type: 'MISC' }, { start: 6, end: 7, type: 'PER' }], words)).toEqual([
      { start: 0, end: 1, type: 'MISC' }, { start: 4, end: 5, type: 'PER' }, { start: 6, end: 7, type: 'PER' },
    ]);
  });

  it('leaves a list whose known name is no person, and a capitalised word next to another, alone', () => {
    expect(withListedSurnames([{ start: 6, end: 7, type: 'ORG' }], words)).toEqual([{ start: 6, end: 7, type: 'ORG' }]);
    const pair = ['Prime', 'Minister', 'Kallas', 'and', 'Merz', 'met', '.'];
    expect(withListedSurnames([{ start: 4, end: 5, type: 'PER' }], pair)).toEqual([{ start: 4, end: 5, type: 'PER' }]);
  });
});

describe('names the tagger ran on', () => {
  it('ends a name before the lower-case words and the commas or dashes after it, but leaves an organisation to the actors stage', () => {
    const words = ['Harbour', 'chief', 'Ola', 'Berg', '—', 'said', 'the', 'Harbour', 'Union', 'said', 'the', 'Bank', 'of', 'Oslo', '.'];
    expect(withoutRunOnWords([{ start: 2, end: 5, type: 'PER' }, { start: 7, end: 11, type: 'ORG' }, { start: 11, end: 14, type: 'ORG' }], words)).toEqual([
      { start: 2, end: 4, type: 'PER' }, { start: 7, end: 11, type: 'ORG' }, { start: 11, end: 14, type: 'ORG' },
    ]);
    expect(withoutRunOnWords([{ start: 5, end: 7, type: 'MISC' }], words)).toEqual([{ start: 5, end: 6, type: 'MISC' }]);
  });
});

describe('generational suffixes', () => {
  it('runs a person name on over its generation, past a comma or a surname the tagger left out, and drops a suffix tagged apart', () => {
    expect(withGenerationalSuffixes([{ start: 0, end: 2, type: 'PER' }], ['Lars', 'Holm', 'Jr.', 'said', '.'])).toEqual([{ start: 0, end: 3, type: 'PER' }]);
    expect(withGenerationalSuffixes([{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'PER' }], ['Lars', 'Holm', ',', 'Jr.', ',', 'said'])).toEqual([{ start: 0, end: 4, type: 'PER' }]);
    expect(withGenerationalSuffixes([{ start: 0, end: 2, type: 'PER' }], ['K.', 'Lars', 'Holm', 'III', 'said'])).toEqual([{ start: 0, end: 4, type: 'PER' }]);
    expect(withGenerationalSuffixes([{ start: 0, end: 2, type: 'ORG' }], ['Holm', 'Shipping', 'II', 'said'])).toEqual([{ start: 0, end: 2, type: 'ORG' }]);
    expect([generationOf('Lars Holm Jr.'), generationOf('Lars Holm, Sr.'), generationOf('Lars Holm')]).toEqual(['jr', 'sr', null]);
  });

  it('keeps a son apart from his father of the same name, and a bare surname with the father', () => {
    const doc = succeeded(analyze({ text: 'Lars Holm Jr. spoke on Monday. His father, Lars Holm, spoke on Tuesday. Holm Jr. left early. Holm stayed.' }));
    const people = doc.entities.filter((entity) => entity.type === 'PERSON').map((entity) => `${entity.name}: ${entity.mentions.filter((mention) => mention.kind === 'name').map((mention) => mention.text).join(', ')}`);
    expect(people).toEqual(['Lars Holm Jr.: Lars Holm Jr., Holm Jr.', 'Lars Holm: Lars Holm, Holm']);
  });
});

describe('hyphenated name parts', () => {
  it('runs a person name on over a hyphenated given name or particle surname after it, tagged apart or not at all', () => {
    expect(withHyphenatedNameParts([{ start: 1, end: 2, type: 'PER' }, { start: 2, end: 3, type: 'MISC' }], ['President', 'Park', 'Min-jun', 'said'])).toEqual([{ start: 1, end: 3, type: 'PER' }]);
    expect(withHyphenatedNameParts([{ start: 0, end: 2, type: 'PER' }], ['Omar', 'Hassan', 'al-Rashidi', 'said'])).toEqual([{ start: 0, end: 3, type: 'PER' }]);
    // Untagged, a two-syllable given name after a one-syllable surname, as Korean names are written.
    expect(withHyphenatedNameParts([{ start: 1, end: 2, type: 'PER' }], ['President', 'Park', 'Min-jun', 'said'])).toEqual([{ start: 1, end: 3, type: 'PER' }]);
  });

  it('leaves an untagged hyphenated word after a longer surname, or with longer parts, outside the name', () => {
    expect(withHyphenatedNameParts([{ start: 0, end: 1, type: 'PER' }], ['Holmberg', 'Min-jun', 'said'])).toEqual([{ start: 0, end: 1, type: 'PER' }]);
    expect(withHyphenatedNameParts([{ start: 0, end: 1, type: 'PER' }], ['Holm', 'Graham-type', 'deals'])).toEqual([{ start: 0, end: 1, type: 'PER' }]);
  });

  it('leaves a prefixed word, a lower-case compound and a name of another kind alone', () => {
    expect(withHyphenatedNameParts([{ start: 0, end: 1, type: 'PER' }, { start: 1, end: 2, type: 'MISC' }], ['Holm', 'Anti-Holm', 'rally'])).toEqual([{ start: 0, end: 1, type: 'PER' }, { start: 1, end: 2, type: 'MISC' }]);
    expect(withHyphenatedNameParts([{ start: 0, end: 1, type: 'PER' }], ['Holm', 'well-known', 'author'])).toEqual([{ start: 0, end: 1, type: 'PER' }]);
    expect(withHyphenatedNameParts([{ start: 0, end: 1, type: 'ORG' }], ['Acme', 'Min-jun'])).toEqual([{ start: 0, end: 1, type: 'ORG' }]);
  });
});
