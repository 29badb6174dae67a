import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ACTOR_GOLD, inferKind, offsetMapper, parseGold } from '../scripts/lib/actor-gold.js';
import { addCounts, alignMentions, bcubed, bcubedScore, corefCounts, emptyCounts, lastToken, muc } from '../scripts/lib/bcubed.js';

const TINY = [
  '# guidelines (ignored)',
  '',
  '## t1',
  'published: 2025-03-04',
  'covers: surname, pronoun',
  'entities:',
  '- e1: PERSON | Ingrid Solberg | NOR | GOV',
  '- e2: GPE | Norway | NOR | -',
  '- e3: ORG | Russia\'s Foreign Ministry | RUS | GOV',
  '- e4: GPE | Russia | RUS | -',
  'text:',
  '{{Norwegian|e2}} Prime Minister {{Ingrid Solberg|e1}} said on Tuesday',
  'that {{she|e1}} would call {{{{Russia|e4}}\'s Foreign Ministry|e3}}.',
  '',
  '{{Solberg|e1}} left {{Norway|e2|name}}.',
].join('\n');

describe('actor gold parser', () => {
  const { articles, errors } = parseGold(TINY);
  const article = articles[0]!;

  it('reads the entity table', () => {
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(article.id).toBe('t1');
    expect(article.publishedAt).toBe('2025-03-04');
    expect(article.covers).toEqual(['surname', 'pronoun']);
    expect(article.line).toBe(3);
    expect(article.entities).toEqual([
      { id: 'e1', type: 'PERSON', name: 'Ingrid Solberg', country: 'NOR', sector: 'GOV' },
      { id: 'e2', type: 'GPE', name: 'Norway', country: 'NOR', sector: null },
      { id: 'e3', type: 'ORG', name: "Russia's Foreign Ministry", country: 'RUS', sector: 'GOV' },
      { id: 'e4', type: 'GPE', name: 'Russia', country: 'RUS', sector: null },
    ]);
  });

  it('removes the markup, joins wrapped lines with a space and paragraphs with a blank line', () => {
    expect(article.text).toBe(
      "Norwegian Prime Minister Ingrid Solberg said on Tuesday that she would call Russia's Foreign Ministry.\n\nSolberg left Norway.",
    );
  });

  it('gives each mention its UTF-16 offsets, entity, kind and line, nested marks included', () => {
    const rows = article.mentions.map((m) => [m.start, m.end, m.text, m.entity, m.kind, m.line]);
    expect(rows).toEqual([
      [0, 9, 'Norwegian', 'e2', 'demonym', 12],
      [25, 39, 'Ingrid Solberg', 'e1', 'name', 12],
      [61, 64, 'she', 'e1', 'pronoun', 13],
      [76, 101, "Russia's Foreign Ministry", 'e3', 'name', 13],
      [76, 82, 'Russia', 'e4', 'name', 13],
      [104, 111, 'Solberg', 'e1', 'name', 15],
      [117, 123, 'Norway', 'e2', 'name', 15],
    ]);
    for (const m of article.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('counts offsets in UTF-16 code units', () => {
    const text = TINY.replace('{{Solberg|e1}} left', '🇳🇴 {{Solberg|e1}} left');
    const solberg = parseGold(text).articles[0]!.mentions.find((m) => m.text === 'Solberg')!;
    expect(solberg.start).toBe(104 + 5); // the flag is 4 code units, then a space
  });

  it('infers mention kinds', () => {
    const russia = { id: 'e4', type: 'GPE' as const, name: 'Russia', country: 'RUS', sector: null };
    const iran = { id: 'e5', type: 'GPE' as const, name: 'Iran', country: 'IRN', sector: null };
    expect(inferKind('Russian', russia)).toBe('demonym');
    expect(inferKind('Russia', russia)).toBe('name');
    expect(inferKind('Iran', iran)).toBe('name');
    expect(inferKind('US', { ...iran, name: 'United States' })).toBe('name');
    expect(inferKind('Their', russia)).toBe('pronoun');
    expect(inferKind('the ministry', russia)).toBe('nominal');
    expect(inferKind('Solberg', undefined)).toBe('name');
  });

  it('reports problems with the article id and the line they are on', () => {
    const bad = [
      '## b1',
      'published: 2025-13-01',
      'entities:',
      '- e1: PERSON | Ingrid Solberg | Norway | GOV',
      '- e2: GPE | Norway | NOR | -',
      '- e3: ORG | Nordic Bank | - | BANK',
      '- e4: PERSON | Nobody | - | -',
      '- e2: GPE | Norway | NOR | -',
      'text:',
      '{{Ingrid Solberg|e9}} met {{Norway|e2}} and {{Solberg|e1}.',
      'Then {{she}} left}} and {{Oslo|e2',
      '',
      '## b1',
      'text: x',
    ].join('\n');
    const { articles: none, errors: problems } = parseGold(bad);
    expect(none).toEqual([]);
    const byLine = problems.map((e) => [e.line, e.article, e.message]);
    expect(byLine).toContainEqual([2, 'b1', 'published "2025-13-01" is not an ISO 8601 date']);
    expect(byLine).toContainEqual([4, 'b1', 'entity e1: country "Norway" is not an ISO alpha-3 code or "-"']);
    expect(problems.find((e) => e.line === 6)?.message).toMatch(/entity e3: unknown sector "BANK"/);
    expect(byLine).toContainEqual([7, 'b1', 'entity e4 (Nobody) has no mention in the text']);
    expect(byLine).toContainEqual([8, 'b1', 'entity e2 is declared twice (first on line 5)']);
    expect(byLine).toContainEqual([10, 'b1', 'mention "Ingrid Solberg" names entity e9, which is not declared']);
    expect(problems.find((e) => e.line === 11 && /closes a mark that has no "\|id"/.test(e.message))).toBeDefined();
    expect(problems.find((e) => e.line === 13 && /already defined on line 1/.test(e.message))).toBeDefined();
    // "{{Solberg|e1}." and "{{Oslo|e2" never close: each is reported on the line it opens on.
    expect(problems.filter((e) => e.line === 10 && /no "}}" after it/.test(e.message))).toHaveLength(1);
    expect(problems.filter((e) => e.line === 11 && /no "}}" after it/.test(e.message))).toHaveLength(1);
  });

  it('reports an unclosed mark, a missing text and a bad heading', () => {
    const { errors: unclosed } = parseGold('## c1\npublished: 2025-01-01\nentities:\n- e1: GPE | Oslo | NOR | -\ntext:\n{{Oslo|e1}} and {{more\n');
    expect(unclosed.map((e) => [e.line, e.message])).toEqual([[6, '"{{" is never closed in its paragraph']]);
    const { errors: noText } = parseGold('## c2\npublished: 2025-01-01\n');
    expect(noText.map((e) => [e.line, e.article, e.message])).toEqual([[1, 'c2', 'no "text:" field']]);
    const { errors: heading } = parseGold('## two words\n');
    expect(heading[0]!.message).toMatch(/is not an article id/);
  });

  it('maps offsets of an analyzed text the article stage changed back onto the gold text', () => {
    const goldText = 'Short headline\n\nMerz met  Macron in Paris.';
    const analyzed = 'Merz met Macron in Paris.';
    const map = offsetMapper(goldText, analyzed)!;
    const macron = analyzed.indexOf('Macron');
    expect(goldText.slice(map(macron, false)!, map(macron + 6, true)!)).toBe('Macron');
    expect(map(0, false)).toBe(goldText.indexOf('Merz'));
    expect(offsetMapper(goldText, goldText)!(7, false)).toBe(7);
    expect(offsetMapper(goldText, 'Something else entirely.')).toBeNull();
  });

  it('reads the project gold set without errors', () => {
    const { articles: set, errors: problems } = parseGold(readFileSync(DEFAULT_ACTOR_GOLD, 'utf8'));
    expect(problems).toEqual([]);
    expect(set.length).toBeGreaterThanOrEqual(45);
    for (const a of set) {
      for (const m of a.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.text);
      expect(new Set(a.mentions.map((m) => m.entity)).size).toBe(a.entities.length);
    }
  });
});

describe('B³ and MUC', () => {
  // Bagga & Baldwin (1998): key {1..5} {6,7} {8,9,A,B,C}.
  const key = ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'c', 'c', 'c', 'c', 'c'];
  // Response 1 joins {6,7} with {8..C}; response 2 joins {1..5} with {8..C}.
  const response1 = ['x', 'x', 'x', 'x', 'x', 'y', 'y', 'y', 'y', 'y', 'y', 'y'];
  const response2 = ['x', 'x', 'x', 'x', 'x', 'y', 'y', 'x', 'x', 'x', 'x', 'x'];

  it('scores a perfect response 1 whatever the cluster names', () => {
    const renamed = key.map((k) => `p-${k}`);
    expect(bcubed(key, renamed)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(muc(key, renamed)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('reproduces the textbook example: MUC cannot tell the two responses apart, B³ can', () => {
    const b1 = bcubed(key, response1);
    expect(b1.recall).toBe(1);
    expect(b1.precision).toBeCloseTo(16 / 21, 10); // (5·1 + 2·2/7 + 5·5/7) / 12 = 0.762
    expect(b1.f1).toBeCloseTo(32 / 37, 10);
    const b2 = bcubed(key, response2);
    expect(b2.recall).toBe(1);
    expect(b2.precision).toBeCloseTo(7 / 12, 10); // (10·5/10 + 2·1) / 12 = 0.583
    expect(b2.f1).toBeCloseTo(14 / 19, 10);
    for (const response of [response1, response2]) {
      const m = muc(key, response);
      expect(m.recall).toBe(1);
      expect(m.precision).toBeCloseTo(9 / 10, 10);
      expect(m.f1).toBeCloseTo(18 / 19, 10);
    }
  });

  // Key {a,b} {c} {d,e,f}.
  const small = ['1', '1', '2', '3', '3', '3'];

  it('scores everything in one cluster', () => {
    const one = small.map(() => 'all');
    const b = bcubed(small, one);
    expect(b.recall).toBe(1);
    expect(b.precision).toBeCloseTo((2 * (2 / 6) + 1 / 6 + 3 * (3 / 6)) / 6, 10); // 7/18
    const m = muc(small, one);
    expect(m.recall).toBe(1);
    expect(m.precision).toBeCloseTo(3 / 5, 10); // 6 − 3 partitions over 6 − 1
  });

  it('scores all singletons, and treats unaligned (null) mentions as singletons', () => {
    const singletons = small.map((_, i) => `s${i}`);
    const b = bcubed(small, singletons);
    expect(b.precision).toBe(1);
    expect(b.recall).toBeCloseTo((2 * (1 / 2) + 1 + 3 * (1 / 3)) / 6, 10); // 1/2
    expect(muc(small, singletons)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(bcubed(small, small.map(() => null))).toEqual(b);
    // Two unaligned mentions of one entity do not count as linked to each other.
    const partly = bcubed(['1', '1', '1'], ['x', null, null]);
    expect(partly.precision).toBe(1);
    expect(partly.recall).toBeCloseTo(1 / 3, 10);
  });

  it('sums counts over articles (micro average over mentions)', () => {
    const total = addCounts(addCounts(emptyCounts(), corefCounts(key, key)), corefCounts(small, small.map((_, i) => `s${i}`)));
    expect(total.mentions).toBe(18);
    const b = bcubedScore(total);
    expect(b.precision).toBe(1);
    expect(b.recall).toBeCloseTo((12 + 3) / 18, 10);
  });

  it('rejects gold and response of different lengths', () => {
    expect(() => bcubed(['1'], [])).toThrow(/1 mentions, response 0/);
  });
});

describe('mention alignment', () => {
  const text = "Russia's Foreign Ministry said President Zelensky met Mr Johnson.";
  const span = (surface: string, from = 0) => {
    const start = text.indexOf(surface, from);
    return { start, end: start + surface.length };
  };

  it('finds a span\'s last token, leaving out a possessive', () => {
    expect(lastToken(text, span("Russia's"))).toEqual([0, 6]);
    expect(lastToken(text, span("Russia's Foreign Ministry"))).toEqual([17, 25]);
    expect(lastToken(text, span('Johnson.'))).toEqual([span('Johnson').start, span('Johnson').end]);
  });

  it('aligns identical spans first, then overlapping spans with the same last token', () => {
    const gold = [span("Russia's Foreign Ministry"), span('Russia'), span('Zelensky'), span('Johnson')];
    const predicted = [span('Foreign Ministry'), span('President Zelensky'), span('Russia'), span('Mr')];
    expect(alignMentions(text, gold, predicted)).toEqual([0, 2, 1, -1]);
  });

  it('does not align a span to a mention nested inside it with another last token', () => {
    const gold = [span('Russia')];
    expect(alignMentions(text, gold, [span("Russia's Foreign Ministry")])).toEqual([-1]);
  });

  it('aligns one to one', () => {
    const gold = [span('Zelensky'), span('Zelensky')];
    expect(alignMentions(text, gold, [span('President Zelensky')])).toEqual([0, -1]);
  });
});
