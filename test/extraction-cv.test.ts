import { describe, expect, it } from 'vitest';
import { foldOf, listRules, mayFire, readRuleData, siteOf, variant, TUNABLES, tunableValue } from '../scripts/lib/extraction-rules.js';
import type { ExtractionPage } from '../scripts/lib/extraction-set.js';

const page = (id: string, url: string | null, html = '<html><body><p>Text.</p></body></html>'): ExtractionPage => ({ id, url, html, gold: '' });

describe('extraction rule cross-validation', () => {
  const data = readRuleData();
  const rules = listRules(data);

  it('lists every rule that acts on HTML text, from both rule files', () => {
    expect(new Set(rules.map((rule) => rule.kind))).toEqual(new Set(['line', 'paywall', 'dropTag', 'junkToken']));
    expect(rules.filter((rule) => rule.kind === 'junkToken').map((rule) => rule.value)).toEqual(data['html-cleanup.json'].junkTokens);
  });

  it('leaves rules out of a copy and sets tunables, never touching the shipped data', () => {
    const caption = rules.find((rule) => rule.value === 'caption')!;
    const share = TUNABLES[0]!;
    const changed = variant(data, [caption], new Map([[share, 0.25]]));
    expect(changed['html-cleanup.json'].junkTokens).not.toContain('caption');
    expect(tunableValue(changed, share)).toBe(0.25);
    expect(data['html-cleanup.json'].junkTokens).toContain('caption');
    expect(tunableValue(data, share)).not.toBe(0.25);
  });

  it('every tunable tries its shipped value', () => {
    for (const tunable of TUNABLES) expect(tunable.candidates).toContain(tunableValue(data, tunable));
  });

  it('puts every page of a site in the same half, the same way on every run', () => {
    const a = page('a', 'https://www.example.com/one');
    const b = page('b', 'https://example.com/two');
    expect(siteOf(a)).toBe('example.com');
    expect(foldOf(a)).toBe(foldOf(b));
    const folds = new Set(['a.example', 'b.example', 'c.example', 'd.example', 'e.example', 'f.example'].map((host) => foldOf(page(host, `https://${host}/`))));
    expect(folds).toEqual(new Set([0, 1]));
  });

  it('skips pages a tag or class rule cannot change', () => {
    const caption = rules.find((rule) => rule.value === 'caption')!;
    const figure = rules.find((rule) => rule.kind === 'dropTag' && rule.value === 'figure')!;
    const plain = page('p', null);
    const rich = page('r', null, '<html><body><figure class="photo-caption"><img></figure><p>Text.</p></body></html>');
    expect([mayFire(caption, plain, data), mayFire(figure, plain, data)]).toEqual([false, false]);
    expect([mayFire(caption, rich, data), mayFire(figure, rich, data)]).toEqual([true, true]);
  });
});
