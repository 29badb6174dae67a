import { describe, expect, it } from 'vitest';
import { toArticle } from '../src/articles/index.js';
import { splitParagraphs } from '../src/articles/text.js';
import { InputError } from '../src/errors.js';
import { rawText } from './helpers.js';

const STORY = [
  'Port workers end strike after pay deal',
  'Dock workers in the northern port voted on Friday to accept a four percent pay rise, ending a strike that had halted shipping for eleven days.',
  'The union said the agreement would be signed next week.',
  'Harbour Gazette',
  '',
  '',
  'Follow us on Twitter',
  'Comments are closed on this story.',
  '',
].join('\n');

describe('plain-text articles', () => {
  const article = toArticle(rawText(STORY, 'text'));

  it('takes a headline-like first line as the title', () => {
    expect(article.title).toBe('Port workers end strike after pay deal');
  });

  it('removes trailing boilerplate and reads the sign-off line as the publisher', () => {
    expect(article.publisher).toBe('Harbour Gazette');
    expect(article.text).not.toMatch(/Harbour Gazette|Follow us|Comments are closed/);
    expect(article.text.endsWith('signed next week.')).toBe(true);
  });

  it('keeps one paragraph per line, with offsets into article.text', () => {
    expect(article.paragraphs).toHaveLength(2);
    const [first] = article.paragraphs;
    expect(article.text.slice(first![0], first![1])).toMatch(/^Dock workers .* eleven days\.$/);
  });

  it('flags a missing date, and fills it from --published-at without hiding that', () => {
    expect(article.publishedAt).toBeNull();
    expect(article.flags).toContain('no-date');
    const dated = toArticle(rawText(STORY, 'text'), { publishedAt: '2025-08-19' });
    expect(dated.publishedAt).toBe('2025-08-19');
  });

  it.each([
    ['— Reuters', 'Reuters'],
    ['Source: AFP', 'AFP'],
    ['(Associated Press)', 'Associated Press'],
  ])('reads the sign-off %j', (line, publisher) => {
    const text = `A headline\nThe minister resigned on Monday after the report was published, her office said.\n${line}\n`;
    expect(toArticle(rawText(text, 'text')).publisher).toBe(publisher);
  });

  it('does not take a last sentence of prose for a sign-off', () => {
    const text = 'A headline\nThe first paragraph ends here.\nThe vote is on Monday.\n';
    expect(toArticle(rawText(text, 'text')).publisher).toBeNull();
  });

  it('reads a leading byline and date line as metadata', () => {
    const text = 'A headline\nBy Jane Roe\nPublished: August 19, 2025\nThe first paragraph of the story is here and it is long enough.\n';
    const dated = toArticle(rawText(text, 'text'));
    expect(dated.byline).toEqual(['Jane Roe']);
    expect(dated.publishedAt).toBe('2025-08-19');
    expect(dated.text.startsWith('The first paragraph')).toBe(true);
  });

  it('reads a byline on the first line as the byline, not a title, and prefers a byline the source supplies', () => {
    const text = 'By Jane Roe\nThe first paragraph of the story is here and it is long enough.\nA second paragraph follows it here.\n';
    const article = toArticle(rawText(text, 'text'));
    expect([article.title, article.byline]).toEqual([null, ['Jane Roe']]);
    expect(toArticle({ ...rawText(text, 'text'), byline: 'Ann Berg and Lars Holm', publisher: 'Harbour News' }).byline).toEqual(['Ann Berg', 'Lars Holm']);
  });

  it('flags text that stops mid-sentence as truncated', () => {
    const text = 'A headline\nThe committee met for six hours on Thursday and agreed that the new rules would apply to every';
    expect(toArticle(rawText(text, 'text')).flags).toContain('truncated');
  });

  it.each([
    ['empty', '   \n\n ', 'NG_INPUT_EMPTY'],
    ['no letters', '12345 67890 !!!', 'NG_NOT_PROSE'],
    ['one endless token', 'x'.repeat(100_000), 'NG_NOT_PROSE'],
  ])('rejects %s input', (_what, text, code) => {
    expect(() => toArticle(rawText(text, 'text'))).toThrowError(expect.objectContaining({ code }) as InputError);
  });
});

describe('splitParagraphs', () => {
  it('joins the lines of hard-wrapped text', () => {
    const wrapped = 'First line of a para\ncontinues here.\n\nSecond para starts\nand ends.';
    expect(splitParagraphs(wrapped)).toEqual(['First line of a para continues here.', 'Second para starts and ends.']);
  });

  it('joins a line that carries on a sentence broken mid-way', () => {
    const broken = 'Mayor opens new bridge\nThe mayor, who has long\npromised a crossing, cut the ribbon.\nTraffic starts on Monday.';
    expect(splitParagraphs(broken)).toEqual(['Mayor opens new bridge', 'The mayor, who has long promised a crossing, cut the ribbon.', 'Traffic starts on Monday.']);
  });

  it('treats each long line as a paragraph', () => {
    const long = `${'a'.repeat(120)}\n${'b'.repeat(120)}\n\n\n`;
    expect(splitParagraphs(long)).toEqual(['a'.repeat(120), 'b'.repeat(120)]);
  });
});
