/**
 * Property-based tests of the output contract's invariants (test/lib/invariants.ts): whatever
 * text or HTML goes in, every span of every layer lies inside `article.text` and says what it
 * covers, ids are unique and references resolve, the record validates against the published
 * JSON Schema, and the same input gives the same record. Fixed seeds and bounded runs keep this
 * file quick; `npm run fuzz -- --minutes 5` runs the same arbitraries for as long as it is told.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer, type ArticleInput } from '../src/analyze.js';
import type { AnalysisResult, AnalyzedDocument } from '../src/document/contract.js';
import { SHIPPED_DATA_DIR } from '../src/resources.js';
import { articleInput, htmlInput, textInput } from './lib/article-arbitraries.js';
import { checkResult } from './lib/invariants.js';
import { succeeded } from './helpers.js';

const SEED = 20_250_116;

let analyzer: Analyzer;
beforeAll(() => {
  analyzer = createAnalyzer();
}, 60_000);

const holds = (input: string | ArticleInput) => {
  expect(checkResult(analyzer.analyze(input))).toEqual([]);
};

describe('for arbitrary input, the record keeps the contract', () => {
  it('text: unicode, news-like prose and cut fixture articles', () => {
    fc.assert(fc.property(textInput, holds), { seed: SEED, numRuns: 500 });
  }, 60_000);

  it('HTML: nested, attributed, with entities, scripts and broken markup', () => {
    fc.assert(fc.property(htmlInput, holds), { seed: SEED + 1, numRuns: 300 });
  }, 60_000);

  it('a bare string, sniffed as text or HTML', () => {
    fc.assert(fc.property(articleInput, holds), { seed: SEED + 2, numRuns: 200 });
  }, 60_000);
});

describe('for arbitrary input, the record is the same every time (ids stable)', () => {
  let fresh: Analyzer;
  beforeAll(() => {
    // Resources of its own (a data folder given explicitly): a fresh wink, nothing shared.
    fresh = createAnalyzer({ dataDir: SHIPPED_DATA_DIR });
  }, 60_000);

  it('twice in one analyzer with other input between, and in a fresh analyzer', () => {
    fc.assert(fc.property(articleInput, articleInput, (input, between) => {
      const first = JSON.stringify(analyzer.analyze(input));
      analyzer.analyze(between);
      expect(JSON.stringify(analyzer.analyze(input))).toBe(first);
      expect(JSON.stringify(fresh.analyze(input))).toBe(first);
    }), { seed: SEED + 3, numRuns: 60 });
  }, 60_000);
});

describe('the invariant checker', () => {
  const text = 'Ingrid Solberg met Bjarni Jonsson in Bergen on Monday. “We agreed,” Solberg said. 😀';
  let doc: AnalyzedDocument;
  beforeAll(() => {
    doc = succeeded(analyzer.analyze({ text, publishedAt: '2025-01-01' }));
  });
  const broken = (change: (copy: AnalyzedDocument) => void): AnalysisResult => {
    const copy = structuredClone(doc);
    change(copy);
    return copy;
  };
  const problems = (result: AnalysisResult) => checkResult(result).map((violation) => `${violation.path}: ${violation.problem}`);

  it('finds nothing wrong with a good record, which has every layer the cases below break', () => {
    expect(checkResult(doc)).toEqual([]);
    expect([doc.entities.length, doc.quotes.length, doc.events.length].every((n) => n > 0)).toBe(true);
    expect(doc.quotes[0]!.speaker?.entity).not.toBeNull();
  });

  it.each<[string, (copy: AnalyzedDocument) => void, RegExp]>([
    ['a span past the end of the text', (copy) => { copy.entities[0]!.mentions[0]!.end = text.length + 1; }, /^\/entities\/0\/mentions\/0: .*not inside article\.text/],
    ['a span that ends before it starts', (copy) => { copy.events[0]!.trigger.start = copy.events[0]!.trigger.end + 1; }, /^\/events\/0\/trigger: .*not inside/],
    ['a span whose text is not its slice', (copy) => { copy.quotes[0]!.text = 'We agree'; }, /^\/quotes\/0: text "We agree" is not article\.text/],
    ['a span without its text', (copy) => { delete (copy.events[0]!.evidence as Partial<typeof copy.events[0]['evidence']>).text; }, /^\/events\/0\/evidence: a span without its text/],
    ['a sentence outside the text', (copy) => { copy.sentences.push([0, text.length + 5]); }, /^\/sentences\/\d+: .*not inside/],
    ['a paragraph with a negative start', (copy) => { copy.article.paragraphs[0] = [-1, 3]; }, /^\/article\/paragraphs\/0: .*not inside/],
    ['an offset between the halves of a surrogate pair', (copy) => { copy.sentences.push([text.length - 1, text.length]); }, /splits a surrogate pair/],
    ['a span-like field the checker was not told about', (copy) => { (copy.values as unknown[]).push({ type: 'CARDINAL', span: { start: 0, end: 1, text: 'I' }, value: 1, unit: null, resolved: null, extra: { start: 5, end: 2 } }); }, /^\/values\/\d+\/extra: .*not inside/],
    ['an id used twice in a layer', (copy) => { copy.entities[1]!.id = copy.entities[0]!.id; }, /^\/entities\/1\/id: id e1 repeats/],
    ['an event naming an entity that does not exist', (copy) => { copy.events[0]!.source = ['e99']; }, /^\/events\/0\/source\/0: no entity e99/],
    ['a quote whose speaker is no entity', (copy) => { copy.quotes[0]!.speaker!.entity = 'nobody'; }, /^\/quotes\/0\/speaker\/entity: no entity nobody/],
    ['a field the schema does not allow', (copy) => { (copy.entities[0] as { type: string }).type = 'ALIEN'; }, /^\/entities\/0\/type: schema/],
    ['a number JSON cannot hold', (copy) => { copy.entities[0]!.salience = Number.NaN; }, /^\/entities\/0\/salience: schema/],
    ['an annotator that threw', (copy) => { copy.warnings = [{ stage: 'quotes', code: 'NG_STAGE_FAILED', message: 'boom' }]; }, /^\/warnings\/0: annotator quotes threw/],
  ])('reports %s', (_what, change, expected) => {
    expect(problems(broken(change))).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('reports a failed input with an uncatalogued code, with layers, or with an internal error', () => {
    const failed = analyzer.analyze({ text: '' });
    expect(failed.status).toBe('failed');
    expect(checkResult(failed)).toEqual([]);
    expect(problems({ ...failed, error: { code: 'NG_MADE_UP', message: 'x' } } as AnalysisResult)).toEqual(['/error/code: not a catalogued error code: NG_MADE_UP']);
    expect(problems({ ...failed, entities: [] } as AnalysisResult)).toEqual(['/entities: a failed input has no layers']);
    expect(problems({ ...failed, error: { code: 'NG_INTERNAL', message: 'oops' } } as AnalysisResult)).toEqual(['/error: an unexpected error: oops']);
  });
});
