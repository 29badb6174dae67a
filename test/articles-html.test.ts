import { describe, expect, it } from 'vitest';
import { toArticle } from '../src/articles/index.js';
import { detectLanguage } from '../src/articles/language.js';
import { cleanTitle, primaryLanguage, splitByline } from '../src/articles/html/metadata.js';
import { fixture, rawText } from './helpers.js';

describe('HTML article extraction', () => {
  const article = toArticle(rawText(fixture('pages/news-page.html'), 'html', 'https://courier.example/x'));

  it('keeps every paragraph of the story, including its subheading', () => {
    expect(article.text).toContain('The city council voted on Monday evening');
    expect(article.text).toContain('Residents divided');
    expect(article.text).toContain('hold a further round of consultations over the summer.');
    expect(article.paragraphs).toHaveLength(7);
  });

  it.each([
    ['navigation', 'Sport'],
    ['share bar', 'Share on Facebook'],
    ['image caption', 'A tram crosses the old bridge'],
    ['advert label', 'Advertisement'],
    ['related links', 'Bus fares to rise'],
    ['sidebar', 'Storm closes ferry routes'],
    ['copyright footer', 'All rights reserved'],
    ['byline line', 'By Maria Lindqvist'],
    ['dateline', 'Published March 5'],
    ['repeated headline', 'Council approves new tram line'],
  ])('drops the %s', (_what, text) => {
    expect(article.text).not.toContain(text);
  });

  it('reads metadata from the page, not from scripts', () => {
    expect(article.title).toBe('Council approves new tram line to the harbour');
    expect(article.publisher).toBe('The Riverside Courier');
    expect(article.byline).toEqual(['Maria Lindqvist', 'Tomas Berg']);
    expect(article.publishedAt).toBe('2024-03-05T08:30:00.000Z');
    expect(article.updatedAt).toBe('2024-03-05T11:00:00.000Z');
    expect(article.url).toBe('https://courier.example/news/2024/03/05/tram-line');
    expect(article.language).toBe('en');
    expect(article.flags).toEqual([]);
  });

  it('paragraph offsets point at the paragraphs in article.text', () => {
    for (const [start, end] of article.paragraphs) {
      const paragraph = article.text.slice(start, end);
      expect(paragraph).toBe(paragraph.trim());
      expect(paragraph.length).toBeGreaterThan(0);
    }
  });

  it('flags a teaser that ends in a subscribe prompt and drops the prompt', () => {
    const teaser = toArticle(rawText(fixture('pages/teaser.html'), 'html'));
    expect(teaser.flags).toContain('paywall');
    expect(teaser.flags).toContain('no-date');
    expect(teaser.text).not.toMatch(/subscribe/i);
    expect(teaser.title).toBe('Inside the race to build cheaper batteries');
  });

  it('detects a language the page does not declare and flags it', () => {
    const spanish = toArticle(rawText(fixture('pages/spanish.html'), 'html'));
    expect(spanish.language).toBe('es');
    expect(spanish.flags).toContain('not-english');
    expect(spanish.publishedAt).toBe('2024-03-05');
  });

  it('keeps a short English text full of foreign names English, and Dutch Dutch', () => {
    const names = 'Dutch Prime Minister Dick Schoof said Belgium would send Frans van der Berg and Joost Klaassen to Rotterdam if Antwerp agreed.';
    expect(detectLanguage(names, null)).toBe('en');
    expect(detectLanguage('De regering heeft dinsdag besloten dat de nieuwe wet op het onderwijs volgend jaar in werking treedt, zei de minister in Den Haag.', null)).toBe('nl');
  });

  it('falls back to the URL for a date only when the page has none', () => {
    const html = '<html><body><article><p>' + 'Word after word makes a long enough paragraph for extraction. '.repeat(8) + '</p></article></body></html>';
    const page = toArticle(rawText(html, 'html', 'https://news.example/2023/07/14/story'));
    expect(page.publishedAt).toBe('2023-07-14');
  });

  const story = '<p>The harbour board voted on Tuesday to close the old ferry pier, ending a dispute that had run for two years.</p><p>The pier will be demolished next spring, the board said in a statement.</p>';
  it.each([
    ['a page that leaves out <html>', `<!doctype html><head><title>Pier to close</title><meta name="author" content="Maria Lindqvist"></head><body><article>${story}</article></body>`],
    ['a page that starts at <body>', `<body>${story}</body>`],
    ['a page cut off before its <body>', `le="display:none">menu</div></header><body><article>${story}</article></body>`],
  ])('reads %s', (_what, html) => {
    const page = toArticle(rawText(html, 'html'));
    expect(page.text).toContain('The harbour board voted on Tuesday');
    expect(page.text).toContain('next spring');
  });

  // Found by the fuzzer (npm run fuzz): Readability walked up from a paragraph outside <body>
  // looking for <body>, past <html>, and threw; or it never saw the paragraphs.
  it.each([
    ['in <head>', `<html><head><meta name="x" content="y">Breaking: ${story}</head><body><p>Footer text.</p></body></html>`],
    ['after </head>, with no <body>', `<html><head><title>Pier to close</title></head>\nmain>\n<article>${story}</article></html>`],
    ['after </body>', `<html><head></head><body><p>Intro.</p></body>${story}</html>`],
    ['before <body>', `<html><p>Lead.</p><body>${story}</body></html>`],
    ['after </html>', `<html><head></head><body><p><p></html></p></p>\n${story}</body></html>`],
    ['after a stray </html> in a fragment', `<p><p></html></p><form></span></p>${story}`],
    ['after a stray </body> in a fragment', `<p>Intro.</p></body>${story}`],
  ])('reads a story %s from where a browser puts it: the body', (_what, html) => {
    expect(toArticle(rawText(html, 'html')).text).toContain('The harbour board voted on Tuesday');
  });

  it('leaves out what a <template> holds, even in <head>, where Readability threw on it', () => {
    const html = `<html><head><template>${story}</template></head><body><p>Short.</p></body></html>`;
    expect(() => toArticle(rawText(html, 'html'))).toThrow(expect.objectContaining({ code: 'NG_NO_ARTICLE' }));
  });

  it('reads the title and byline of a page without <html> from its <head>', () => {
    const page = toArticle(rawText(`<head><title>Pier to close</title><meta name="author" content="Maria Lindqvist"></head><body>${story}</body>`, 'html'));
    expect([page.title, page.byline]).toEqual(['Pier to close', ['Maria Lindqvist']]);
  });

  it('refuses, and does not crash on, a page whose first element is a script that never closes', () => {
    // Shrunk by test/properties.test.ts: the script swallows the rest of the page.
    const html = `<script>var edition = "x";<\uD800/script></head><body>${story}</body>`;
    expect(() => toArticle(rawText(html, 'html'))).toThrow(expect.objectContaining({ code: 'NG_NO_ARTICLE' }));
  });
});

describe('metadata helpers', () => {
  it.each([
    ['Headline here | Site Name', 'Site Name', 'Headline here'],
    ['Site Name - Headline here', 'Site Name', 'Headline here'],
    ['A much longer headline text – Short', null, 'A much longer headline text'],
    ['No separator at all', null, 'No separator at all'],
  ])('cleanTitle(%j)', (title, publisher, expected) => {
    expect(cleanTitle(title, publisher)).toBe(expected);
  });

  it('splits bylines and drops URLs, e-mails and the publisher', () => {
    expect(splitByline(['By Ann Lee and Bo Chan', 'https://x.example/ann', 'Courier', 'ann@x.example'], 'Courier')).toEqual(['Ann Lee', 'Bo Chan']);
    expect(splitByline(['By ANN LEE and BO CHAN', 'By J.R. MACLEAN'], null)).toEqual(['Ann Lee', 'Bo Chan', 'J.R. Maclean']);
  });

  it.each([
    ['en-US', 'en'],
    ['pt_BR', 'pt'],
    ['EN', 'en'],
    ['', null],
    [null, null],
  ])('primaryLanguage(%j) = %j', (tag, expected) => {
    expect(primaryLanguage(tag)).toBe(expected);
  });
});
