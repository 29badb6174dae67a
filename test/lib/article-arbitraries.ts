/**
 * fast-check arbitraries of what an analyzer may be handed: odd unicode, news-like prose built
 * from word pools, pieces of the project's own fixture articles cut anywhere (mid surrogate
 * pair included), and HTML from tidy to broken. The property tests (test/properties.test.ts)
 * and the fuzzer (`npm run fuzz`) draw from the same ones.
 */
import fc from 'fast-check';
import type { ArticleInput } from '../../src/analyze.js';
import { fixtureRecords, type FixtureRecord } from '../fixture-corpus.js';

/** Characters that trip up offset arithmetic: astral, combining, bidi, control, odd spaces. */
const ODD_CHARACTERS = [
  '😀', '🚀', '🇳🇴', '🇺🇦', '👩‍👩‍👧', '👍🏽', '𝐀', '𠜎', '🏳️‍🌈', // astral and joined sequences
  '\u0301', '\u0308', '\u20DD', 'e\u0301', 'n\u0303', // combining marks
  'שלום', 'مرحبا', '\u200F', '\u200E', '\u202E', '\u2066', '\u061C', // right-to-left
  '\u0000', '\u0007', '\u001B', '\u0085', '\u007F', '\r', '\r\n', '\t', '\f', '\v', // control
  '\u00A0', '\u2009', '\u200B', '\u200D', '\uFEFF', '\u2028', '\u2029', '\u3000', // spaces and joiners
  '\uFFFD', '\uFFFF', 'ß', 'İ', 'ﬁ', 'Ⅻ', '½', '٣', '①', // case, ligature and digit oddities
];

/** A lone half of a surrogate pair. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

const unicodeUnit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 1 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 1 }) },
  { weight: 4, arbitrary: fc.constantFrom(...ODD_CHARACTERS) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 4, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n', '.', ',', '"', '“', '”', '\'', '’') },
  { weight: 3, arbitrary: fc.constantFrom('said', 'Solberg', 'the', 'talks', 'Monday', 'met', '2025') },
);

/** Random unicode: astral emoji, combining marks, RTL scripts, controls, NUL, lone surrogates. */
export const unicodeText: fc.Arbitrary<string> = fc.array(unicodeUnit, { maxLength: 120 }).map((units) => units.join(''));

const POOLS = {
  person: ['Ingrid Solberg', 'Bjarni Jonsson', 'Solberg', 'Jonsson', 'Maria Lindqvist', 'Tomas Berg', 'Elin Ström', 'Ahmed Al-Rashid', 'Olena Kovalenko', 'Jean-Luc Moreau', 'Mr. Berg', 'Ms. Ström', 'Dr. Anna Nilsson', 'He', 'She', 'They', 'he', 'she', 'it'],
  title: ['Prime Minister', 'Foreign Minister', 'President', 'the defence minister', 'a spokesman for the ministry', 'Secretary of State', 'chief executive', 'Sen.', 'Gov.', 'the mayor of Bergen', 'committee chair'],
  org: ['the European Commission', 'NATO', 'the United Nations', 'the Norwegian Fishermen\'s Association', 'the city council', 'Reuters', 'the Kremlin', 'the White House', 'Hamas', 'the IMF', 'Nordic Wire Service'],
  place: ['Bergen', 'Reykjavik', 'Kyiv', 'Washington', 'Brussels', 'Moscow', 'the North Atlantic', 'Gaza', 'the Faroe Islands', 'New York', 'Norway', 'Iceland', 'Ukraine'],
  verb: ['said', 'says', 'told reporters', 'announced', 'pledged', 'promised to', 'agreed to', 'met', 'met with', 'called', 'warned', 'denied', 'rejected', 'refused to', 'supports', 'opposes', 'demanded', 'urged', 'will visit', 'signed', 'attacked', 'criticised', 'praised', 'accused', 'added', 'according to', 'vowed', 'backed', 'no longer supports', 'changed course on'],
  open: ['"', '“', '‘', '«', '„', '‚', '‹', '「', '\'', '``', '"“', '« ', '《'],
  close: ['"', '”', '’', '»', '“', '‘', '›', '」', '\'', '\'\'', '”"', ' »', '》'],
  date: ['on Monday', 'on Tuesday', 'last week', 'next year', 'in June', 'by March 5, 2025', 'within the next two weeks', 'within the next week to 10 days', 'days after the summit', 'on 2024-03-05', 'by the end of next year', 'next spring', 'in 2027', 'yesterday', 'on Feb. 29', 'at 10:30 a.m.', 'in the 1990s', 'on 31/12/2024', 'since March', 'for three years'],
  number: ['40 million euros', '$3.5bn', '12%', '2,000 jobs', 'three', 'first', '1.5 km', '€10', '£2.7 million', 'half', '-4', '10,000,000,000,000,000,000,000', '1e308', '0.000001', 'a dozen', '3/4', '42nd', 'No. 1', '-0', '$', '%'],
  issue: ['the ceasefire', 'the tax plan', 'security guarantees', 'the catch limits', 'the tram line', 'sanctions', 'the budget', 'joint patrols', 'the peace deal'],
  filler: ['the', 'and', 'but', 'that', 'would', 'not', 'of', 'to', 'a', 'in', 'it', 'was', 'is', 'if', 'for', 'talks', 'deal', 'plan', 'agreement', 'summit', 'vote', 'meeting', 'aid', 'troops', 'who', 'later'],
  punctuation: ['.', ',', ';', ':', '?', '!', '—', '–', '-', '...', '…', '(', ')', '[', ']', '/'],
} as const;

const pool = (name: keyof typeof POOLS) => fc.constantFrom(...POOLS[name]);

/** A run of words that reads a little like a clause. */
const clause = fc.array(fc.oneof(
  { weight: 6, arbitrary: pool('filler') },
  { weight: 2, arbitrary: pool('person') },
  { weight: 1, arbitrary: pool('org') },
  { weight: 1, arbitrary: pool('place') },
  { weight: 2, arbitrary: pool('verb') },
  { weight: 1, arbitrary: pool('issue') },
  { weight: 1, arbitrary: pool('date') },
  { weight: 1, arbitrary: pool('number') },
  { weight: 1, arbitrary: pool('punctuation') },
), { minLength: 1, maxLength: 14 }).map((words) => words.join(' '));

/** An opening and a closing mark, balanced or not (one may be missing). */
const quoteMarks = fc.tuple(fc.option(pool('open'), { freq: 8 }), fc.option(pool('close'), { freq: 6 }))
  .map(([open, close]) => [open ?? '', close ?? ''] as const);

const quoted = fc.tuple(quoteMarks, clause, fc.constantFrom('', '.', ',', '?', '!')).map(([[open, close], words, mark]) => `${open}${words}${mark}${close}`);

const speaker = fc.oneof(
  pool('person'),
  pool('org'),
  fc.tuple(pool('title'), pool('person')).map(([title, person]) => `${title} ${person}`),
  fc.tuple(pool('person'), pool('title'), pool('place')).map(([person, title, place]) => `${person}, ${title} of ${place},`),
);

/** One sentence, from a handful of news shapes and a free-form jumble. */
const sentence = fc.oneof(
  fc.tuple(speaker, pool('verb'), quoted, fc.option(pool('date'))).map(([who, verb, quote, when]) => `${who} ${verb} ${quote}${when === null ? '' : ` ${when}`}.`),
  fc.tuple(quoted, speaker, pool('verb')).map(([quote, who, verb]) => `${quote} ${verb} ${who}.`),
  fc.tuple(quoted, speaker, quoted).map(([first, who, second]) => `${first} ${who} said. ${second}`),
  fc.tuple(speaker, pool('verb'), speaker, fc.option(fc.tuple(pool('place'), pool('date')))).map(([who, verb, whom, where]) => `${who} ${verb} ${whom}${where === null ? '' : ` in ${where[0]} ${where[1]}`}.`),
  fc.tuple(speaker, pool('verb'), pool('issue'), pool('number'), pool('date')).map(([who, verb, issue, number, date]) => `${who} ${verb} ${issue} worth ${number} ${date}.`),
  fc.tuple(speaker, fc.constantFrom('said', 'told reporters'), clause).map(([who, verb, rest]) => `${who} ${verb} that ${rest}.`),
  fc.tuple(clause, pool('punctuation')).map(([words, mark]) => `${words}${mark}`),
);

const separator = fc.constantFrom(' ', ' ', '  ', '\n', '\n\n', '\r\n', '\n\n\n', '\t', '');

/** News-like prose: sentences in paragraphs, a few odd characters sprinkled in. */
export const newsText: fc.Arbitrary<string> = fc.array(fc.tuple(sentence, separator, fc.option(unicodeUnit, { freq: 6 })), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([text, gap, odd]) => `${text}${odd ?? ''}${gap}`).join(''));

let fixtures: FixtureRecord[] | undefined;

/** The project's own fixture articles (examples, test pages, gold-set items), read once. */
export function fixtureCorpus(): FixtureRecord[] {
  fixtures ??= fixtureRecords();
  return fixtures;
}

const sourcesByKind = new Map<'text' | 'html', string[]>();

/** The fixtures' texts, or their HTML pages. */
function fixtureSources(kind: 'text' | 'html'): string[] {
  let sources = sourcesByKind.get(kind);
  if (sources === undefined) {
    sources = fixtureCorpus().flatMap((record) => (kind === 'html' ? record.html : record.text) ?? []);
    sourcesByKind.set(kind, sources);
  }
  return sources;
}

/** A fraction in [0, 1], mapped onto a string's UTF-16 length: it cuts anywhere, mid surrogate pair too. */
const cutPoint = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);
const at = (text: string, fraction: number) => Math.round(fraction * text.length);

/** Inserts, deletes and cuts at arbitrary code-unit positions. */
type Edit = { readonly kind: 'insert'; readonly at: number; readonly text: string } | { readonly kind: 'delete' | 'slice'; readonly from: number; readonly to: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: cutPoint, text: fc.oneof(fc.constantFrom(...ODD_CHARACTERS), loneSurrogate, quoted, pool('date'), pool('number'), unicodeText) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), from: cutPoint, to: cutPoint }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('slice' as const), from: cutPoint, to: cutPoint }) },
);

export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const change of edits) {
    if (change.kind === 'insert') {
      const i = at(out, change.at);
      out = `${out.slice(0, i)}${change.text}${out.slice(i)}`;
    } else {
      const [from, to] = [at(out, Math.min(change.from, change.to)), at(out, Math.max(change.from, change.to))];
      out = change.kind === 'delete' ? `${out.slice(0, from)}${out.slice(to)}` : out.slice(from, to);
    }
  }
  return out;
}

/** A fixture article cut and edited at arbitrary code-unit positions: its text, or its HTML. */
function fixtureFragment(kind: 'text' | 'html'): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.array(edit, { maxLength: 5 })).map(([pick, edits]) => {
    const sources = fixtureSources(kind);
    return applyEdits(sources[pick % sources.length]!, edits);
  });
}

const shortText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: unicodeText },
  { weight: 4, arbitrary: newsText },
  { weight: 3, arbitrary: fixtureFragment('text') },
  { weight: 2, arbitrary: fc.tuple(newsText, fc.array(edit, { maxLength: 4 })).map(([text, edits]) => applyEdits(text, edits)) },
);

/** Text that mixes the three sources above, now and then several pieces long. */
export const articleText: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: shortText },
  { weight: 1, arbitrary: fc.tuple(fc.array(shortText, { minLength: 2, maxLength: 6 }), separator).map(([parts, gap]) => parts.join(gap === '' ? '\n\n' : gap)) },
);

const TAGS = ['p', 'div', 'span', 'article', 'main', 'section', 'a', 'b', 'i', 'em', 'strong', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'blockquote', 'q', 'pre', 'code', 'figure', 'figcaption', 'nav', 'header', 'footer', 'aside', 'time', 'noscript', 'template', 'iframe', 'svg', 'math', 'textarea', 'select', 'option', 'form', 'button', 'font', 'center', 'marquee', 'x-custom', 'P', 'DIV'];
const VOID_TAGS = ['br', 'hr', 'img', 'meta', 'link', 'input', 'wbr', 'source'];
const ATTRIBUTES = ['class', 'id', 'href', 'style', 'title', 'alt', 'lang', 'dir', 'hidden', 'role', 'itemprop', 'datetime', 'data-x', 'property', 'name', 'content', 'rel'];
const ATTRIBUTE_VALUES = ['story', 'byline', 'advertisement', 'share-bar', 'related-stories', 'article-body', 'comments', 'paywall', 'content', 'author', 'article:published_time', '2024-03-05T09:30:00+01:00', 'rtl', 'display:none', 'javascript:alert(1)', '"', '\'', '&amp;', '<p>', '', 'x y z'];
const ENTITIES = ['&amp;', '&lt;', '&gt;', '&quot;', '&#39;', '&nbsp;', '&mdash;', '&hellip;', '&ldquo;', '&rdquo;', '&#x1F600;', '&#128512;', '&#55357;', '&#xD83D;&#xDE00;', '&#0;', '&#x110000;', '&bogus;', '&amp', '&#', '&;', '&ampx;', '&NotANamedEntity;', '&#x202E;', '&#65279;'];
const JUNK = ['<', '>', '</', '<!--', '-->', '<!-- a comment -->', '<![CDATA[ x ]]>', '<?xml version="1.0"?>', '<!DOCTYPE html>', '</p>', '</div></div>', '<p', '< p>', '<p/>', '<br/>', '<a href="x>', '<script>', '</script>', '<style>', '</style>', '<title>', '<body>', '<html>', '</html>', '<head>', '<svg><p>', '<table><p>', '<plaintext>', '<xmp>', '<noscript>', '<<>>'];

const attributeText = fc.oneof(pool('filler'), fc.constantFrom(...ATTRIBUTE_VALUES), fc.constantFrom(...ENTITIES), unicodeText.map((text) => text.slice(0, 12)));
const attributes = fc.array(fc.tuple(fc.constantFrom(...ATTRIBUTES), fc.option(attributeText), fc.constantFrom('"', '\'', '')), { maxLength: 3 })
  .map((list) => list.map(([name, value, mark]) => (value === null ? ` ${name}` : ` ${name}=${mark}${value}${mark}`)).join(''));

/** Text inside HTML: prose, odd unicode, entities, stray markup. */
const htmlText = fc.oneof(
  { weight: 5, arbitrary: sentence },
  { weight: 2, arbitrary: unicodeText },
  { weight: 2, arbitrary: fc.array(fc.oneof(pool('filler'), pool('person'), fc.constantFrom(...ENTITIES)), { minLength: 1, maxLength: 8 }).map((words) => words.join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom(...JUNK) },
);

interface HtmlTree {
  readonly html: string;
}

/** Nested elements, some unclosed, with scripts, styles and comments between them. */
const htmlTree = fc.letrec<HtmlTree>((tie) => ({
  html: fc.oneof(
    { depthSize: 'small', maxDepth: 5, withCrossShrink: true },
    { weight: 4, arbitrary: htmlText },
    {
      weight: 4,
      arbitrary: fc.tuple(fc.constantFrom(...TAGS), attributes, fc.array(tie('html'), { maxLength: 5 }), fc.constantFrom('close', 'close', 'close', 'open', 'mismatched'))
        .map(([tag, attrs, children, ending]) => `<${tag}${attrs}>${children.join('')}${ending === 'close' ? `</${tag}>` : ending === 'mismatched' ? '</span>' : ''}`),
    },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...VOID_TAGS), attributes).map(([tag, attrs]) => `<${tag}${attrs}>`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('script', 'style'), htmlText).map(([tag, body]) => `<${tag}>${body}</${tag}>`) },
    { weight: 1, arbitrary: htmlText.map((body) => `<!--${body}-->`) },
  ),
})).html;

const head = fc.tuple(fc.option(htmlText), fc.array(fc.tuple(fc.constantFrom('og:title', 'article:published_time', 'author', 'og:site_name', 'description'), attributeText), { maxLength: 3 }))
  .map(([title, metas]) => `<head>${title === null ? '' : `<title>${title}</title>`}${metas.map(([property, content]) => `<meta property="${property}" content="${content}">`).join('')}</head>`);

/** An HTML page: a whole document or a bare fragment, tidy or broken. */
export const articleHtml: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.boolean(), head, fc.array(htmlTree, { maxLength: 6 })).map(([doctype, top, body]) => `${doctype ? '<!doctype html>' : ''}<html>${top}<body>${body.join('\n')}</body></html>`) },
  { weight: 3, arbitrary: fc.tuple(head, fc.array(fc.tuple(fc.constantFrom('p', 'blockquote', 'h2', 'div'), sentence), { minLength: 1, maxLength: 8 }), fc.array(htmlTree, { maxLength: 2 }))
    .map(([top, paragraphs, extra]) => `<html>${top}<body><article>${paragraphs.map(([tag, text]) => `<${tag}>${text}</${tag}>`).join('')}${extra.join('')}</article></body></html>`) },
  { weight: 2, arbitrary: fc.array(htmlTree, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')) },
  { weight: 3, arbitrary: fixtureFragment('html') },
);

const publishedAt = fc.option(fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('2025-01-01', '2024-02-29T12:00:00Z', '2016-11-08', '1999-12-31T23:59:59+14:00', '2030-06-15T00:00:00.000Z') },
  { weight: 1, arbitrary: fc.constantFrom('0001-01-01', '9999-12-31T23:59:59Z', '2025', 'Tuesday', 'not a date', '2025-13-45', '') },
), { freq: 2 });

/** An input to `analyzer.analyze`: text, HTML, or a bare string that is sniffed. */
export const articleInput: fc.Arbitrary<string | ArticleInput> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(articleText, publishedAt).map(([text, date]) => (date === null ? { text } : { text, publishedAt: date })) },
  { weight: 3, arbitrary: fc.tuple(articleHtml, publishedAt).map(([html, date]) => (date === null ? { html } : { html, publishedAt: date })) },
  { weight: 1, arbitrary: fc.oneof(articleText, articleHtml) },
);

export const textInput: fc.Arbitrary<ArticleInput> = fc.tuple(articleText, publishedAt).map(([text, date]) => (date === null ? { text } : { text, publishedAt: date }));
export const htmlInput: fc.Arbitrary<ArticleInput> = fc.tuple(articleHtml, publishedAt).map(([html, date]) => (date === null ? { html } : { html, publishedAt: date }));
