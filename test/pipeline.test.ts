import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { SCHEMA_VERSION } from '../src/document/contract.js';
import { checkPipeline, runPipeline, type Annotator } from '../src/document/doc.js';
import { assembleArticle } from '../src/articles/assemble.js';
import { errorCode, succeeded } from './helpers.js';

const annotator = (name: string, assigns: Annotator['assigns'], requires: Annotator['requires'] = [], englishOnly = false): Annotator => ({
  name,
  assigns,
  requires,
  englishOnly,
  annotate: () => [],
});

describe('pipeline contract', () => {
  it('rejects an annotator placed before the layer it needs', () => {
    expect(() => checkPipeline([annotator('quotes', 'quotes', ['entities']), annotator('ner', 'entities')])).toThrow(/requires entities/);
  });

  it('rejects two annotators assigning one layer', () => {
    expect(() => checkPipeline([annotator('a', 'sentences'), annotator('b', 'sentences')])).toThrow(/already assigns/);
  });

  it('contains a failing annotator: its layer stays empty with a warning, readers of it are skipped, the rest stand', () => {
    const article = assembleArticle({
      title: null, byline: [], publisher: null, publishedAt: null, updatedAt: null, language: 'en', url: null,
      paragraphs: ['One sentence.'], flags: [],
    });
    const broken: Annotator = { ...annotator('ner', 'entities'), annotate: () => { throw new Error('weights are NaN'); } };
    const sentences: Annotator = { ...annotator('sentences', 'sentences'), annotate: () => [[0, 13]] };
    const reader = annotator('quotes', 'quotes', ['entities']);
    const { layers, warnings } = runPipeline(article, [broken, sentences, reader]);
    expect(layers.entities).toEqual([]);
    expect(layers.sentences).toEqual([[0, 13]]);
    expect(warnings).toEqual([
      { stage: 'ner', code: 'NG_STAGE_FAILED', message: 'weights are NaN' },
      { stage: 'quotes', code: 'NG_STAGE_SKIPPED', message: expect.stringMatching(/reads entities/) },
    ]);
  });

  it('skips English-only annotators for other languages and leaves their layer empty', () => {
    const article = assembleArticle({
      title: null, byline: [], publisher: null, publishedAt: null, updatedAt: null, language: 'de', url: null,
      paragraphs: ['Ein Satz.'], flags: [],
    });
    let ran = false;
    const english: Annotator = { ...annotator('ner', 'entities', [], true), annotate: () => ((ran = true), []) };
    expect(runPipeline(article, [english]).layers.entities).toEqual([]);
    expect(ran).toBe(false);
  });
});

describe('analyze', () => {
  const text = 'Talks resume in Geneva\nNorway met Iceland on Monday. They agreed to meet again in May.\nA second paragraph follows here.\n';
  const doc = succeeded(analyze(text));

  it('fills every layer the text has facts for', () => {
    expect(doc.analyzer).toMatchObject({ name: 'newsgraph', data: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(doc).toMatchObject({ status: 'ok', schemaVersion: SCHEMA_VERSION });
    expect(doc.warnings).toBeUndefined();
    expect(doc.sentences.map(([s, e]) => doc.article.text.slice(s, e))).toEqual([
      'Norway met Iceland on Monday.',
      'They agreed to meet again in May.',
      'A second paragraph follows here.',
    ]);
    expect(doc.values.map((value) => `${value.type} ${value.span.text}`)).toEqual(['DATE Monday', 'DATE May', 'ORDINAL second']);
    expect(doc.events.map((event) => `${event.trigger.text} ${event.plover}`)).toEqual(['met CONSULT', 'agreed AGREE']);
    expect(doc.commitments.map((commitment) => commitment.what)).toEqual(['meet again in May']);
    expect([doc.quotes, doc.stances]).toEqual([[], []]);
  });

  it('never lets a sentence cross a paragraph boundary', () => {
    for (const [start, end] of doc.sentences) {
      expect(doc.article.paragraphs.some(([ps, pe]) => ps <= start && end <= pe)).toBe(true);
    }
  });

  it('gives the same id to the same text and a different one to other text', () => {
    expect(analyze(text).id).toBe(doc.id);
    expect(analyze(`${text}Another line of text.\n`).id).not.toBe(doc.id);
  });

  it('returns an error record instead of throwing on bad input', () => {
    const failed = analyze('');
    expect(errorCode(failed)).toBe('NG_INPUT_EMPTY');
    expect(failed.source.uri).toBe('memory:');
  });
});
