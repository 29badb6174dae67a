import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { errorCode, succeeded } from './helpers.js';

const paragraph = '<p>The committee met on Thursday and discussed the budget for the coming year in detail.</p>';

describe('bad input gets a clear error, quickly', () => {
  it.each([
    ['deeply nested HTML', `<html><body>${'<div>'.repeat(2000)}${paragraph}${'</div>'.repeat(2000)}</body></html>`, 'NG_TOO_COMPLEX'],
    // htmlparser2's stack of open elements makes parsing quadratic in depth: this took 15-20 s before markup-depth.ts refused it unparsed.
    ['100,000 nested elements', `<html><body>${'<div>'.repeat(100_000)}${paragraph}${'</div>'.repeat(100_000)}</body></html>`, 'NG_TOO_COMPLEX'],
    ['100,000 elements opened and never closed', `<html><body>${'<span><b>'.repeat(50_000)}${paragraph}</body></html>`, 'NG_TOO_COMPLEX'],
    ['HTML with too many elements', `<html><body>${'<div><span>x</span></div>'.repeat(31_000)}</body></html>`, 'NG_TOO_COMPLEX'],
    ['a 1 MB line with no spaces in HTML', `<html><body><p>${'y'.repeat(1_000_000)}</p></body></html>`, 'NG_NOT_PROSE'],
    ['HTML with no article', '<html><body><nav><a href="/">Home</a></nav></body></html>', 'NG_NO_ARTICLE'],
    ['JSON passed as HTML', '{"a": [1, 2, 3]}', 'NG_NO_ARTICLE'],
  ])('%s', (_what, html, code) => {
    const started = performance.now();
    const doc = analyze({ html });
    expect(errorCode(doc)).toBe(code);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('does not count as nesting what the parser closes or never opens', () => {
    // Unclosed <p>s and <li>s close each other, self-closing SVG shapes close themselves, a script's text and comments hold no elements.
    const sloppy = `<html><body><article>${'<p>The committee met on Thursday and discussed the budget in detail.'.repeat(1500)}<ul>${'<li>an item'.repeat(1500)}</ul>`
      + `<svg>${'<path d="M0 0"/>'.repeat(1500)}</svg><script>${'document.write("<div>");'.repeat(1500)}</script><!-- ${'<div>'.repeat(1500)} --></article></body></html>`;
    expect(errorCode(analyze({ html: sloppy }))).toBe('ok');
  });

  it('analyzes a run-on sentence of 50,000 words in bounded time, cut into sentences of at most 300 tokens', () => {
    // One sentence of 50,000 words took 30 s: the actors and events stages look through the sentence around each pronoun and event.
    const text = `${'Jonas Berg told reporters in Oslo that he met Ingrid Solberg in Bergen, and '.repeat(4000)}they agreed.`;
    const started = performance.now();
    const doc = succeeded(analyze({ text }));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(doc.events.length).toBeGreaterThan(1000);
    expect(doc.sentences.length).toBeGreaterThan(100);
  });

  it('refuses a 10 MB token as not prose', () => {
    // Overflowed the regexp engine's backtracking stack (NG_INTERNAL) before quality.ts found a blob's end by searching for a space.
    expect(errorCode(analyze({ text: 'y'.repeat(10_000_000) }))).toBe('NG_NOT_PROSE');
  });

  it('keeps the text of HTML cut off mid-page and flags it truncated', () => {
    const cut = `<html><head><title>Budget talks</title></head><body><article>${paragraph.repeat(4)}<p>The final vote on the budget was postponed until the members could agree on the`;
    const doc = succeeded(analyze({ html: cut }));
    expect(doc.article.flags).toContain('truncated');
  });
});

describe('the fact stages never throw on odd text', () => {
  const odd: Record<string, string> = {
    emoji: 'Ingrid Solberg 🚀 said “🇳🇴 is ready 🔥 for the talks now.” She 😀 agreed.',
    'right-to-left': 'שלום said “مرحبا بكم في أوسلو اليوم” and left. Jonas Berg told reporters that العربية would stay.',
    'control characters': 'Bjarni Jonsson\u0000 said \u0007“the talks went well today”\u0001 in Reykjavik.',
    'unbalanced quotation marks': '“““ said he “ and “ then ” ” ” ” said she.\n\n“An open quote that is never closed',
    'pronouns only': 'He said she said they said it said. '.repeat(200),
    // Shrunk by test/properties.test.ts: wink dropped the U+FEFF, so every later offset was one short.
    'a byte-order mark mid-text': 'Bergen the European Commission said. the\uFEFF Ingrid Solberg, Prime Minister of Bergen, said she the. Ingrid Solberg. ',
    'words named like object members': 'The constructor said on Monday that the valueOf toString rose. Zorblax Constructor announced new plans. Zorblax Constructor is based in Ohio.',
  };
  for (const [name, text] of Object.entries(odd)) {
    it(`analyzes ${name} into well-formed layers`, () => {
      const doc = succeeded(analyze({ text, publishedAt: '2025-01-01' }));
      const inText = (start: number, end: number) => 0 <= start && start <= end && end <= doc.article.text.length;
      for (const quote of doc.quotes) {
        expect(inText(quote.start, quote.end)).toBe(true);
        expect(doc.article.text.slice(quote.start, quote.end)).toBe(quote.text);
      }
      for (const entity of doc.entities) {
        for (const mention of entity.mentions) expect(doc.article.text.slice(mention.start, mention.end)).toBe(mention.text);
        expect(entity.sector === null || typeof entity.sector === 'string').toBe(true);
      }
    });
  }
});
