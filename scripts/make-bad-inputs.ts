/**
 * The bad-input corpus (issue 16): files that have broken, slowed or bloated readers of news
 * before, each with the outcome newsgraph must reach on it. `test/bad-corpus.test.ts` runs every
 * entry through `analyze`, `ingest` and `POST /api/documents` with time and memory bounds.
 *
 *   npm run bad-inputs -- DIR     (writes the corpus to DIR, about 110 MB, and DIR/.manifest.json)
 *
 * Everything is generated here: the prose is the project's own (the sentences of the actors and
 * events gold sets and the example article, shuffled with a seeded generator), so the same call
 * writes the same bytes. Listings (feeds, OPML, sitemaps) name other entries by relative URL:
 * serve DIR over HTTP and ingest the listing's URL; read as a local file they name nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import type { ErrorCode } from '../src/errors.js';
import { seededRandom } from '../src/nlp/ner/random.js';
import { loadGold } from './lib/actor-gold.js';
import { readEventGold } from './lib/event-gold.js';

/** What an entry must end in: an analyzed article, one catalogued error, or either (each clean). */
export type Outcome = 'ok' | ErrorCode | 'ok-or-error';

export interface Entry {
  /** A short stable name (the file name without its extension, mostly). */
  readonly name: string;
  /** The file, relative to the corpus folder. */
  readonly file: string;
  readonly what: string;
  /**
   * article: one article (analyze, ingest, POST /api/documents); records: JSONL, one result per
   * line (analyze, ingest; each line POSTed as a body); listing: a feed, OPML file or sitemap
   * (ingest, by URL from a local server and as a local file; not an analyze input).
   */
  readonly kind: 'article' | 'records' | 'listing';
  /**
   * The outcome through `analyze` of the file (and `ingest` of it): for records, of the whole file;
   * for listings, of ingesting them (what they list may fail; nothing may crash, loop or leak).
   */
  readonly outcome: Outcome;
  /** records: the outcome of each record, in order. */
  readonly records?: readonly Outcome[];
  /** Text the analyzed article must contain (a decoding check), when the outcome is ok. */
  readonly contains?: string;
}

const FIXTURES = new URL('../test/fixtures/', import.meta.url);
const EXAMPLE = new URL('../examples/harbour-talks.txt', import.meta.url);

/** The project's own sentences: the gold sets' texts and the example article, split at sentence ends. */
function ownSentences(): string[] {
  const texts = [
    ...loadGold(fileURLToPath(new URL('actors/articles.md', FIXTURES))).map((article) => article.text),
    ...readEventGold(fileURLToPath(new URL('events/sentences.md', FIXTURES))).map((item) => item.text),
    readFileSync(EXAMPLE, 'utf8'),
  ];
  const sentences = new Set<string>();
  for (const text of texts) {
    for (const piece of text.split(/(?<=[.!?][”"’]?)\s+(?=[“"A-Z])/)) {
      const sentence = piece.trim();
      if (sentence.length > 20 && /^[“"A-Z].*[.!?][”"]?$/.test(sentence)) sentences.add(sentence);
    }
  }
  return [...sentences].sort();
}

/** Seeded choices of the project's sentences. */
class Prose {
  private readonly random: () => number;

  constructor(private readonly sentences: readonly string[], seed: number) {
    this.random = seededRandom(seed);
  }

  sentence(pool: readonly string[] = this.sentences): string {
    return pool[Math.floor(this.random() * pool.length)]!;
  }

  /** `count` sentences in paragraphs of `perParagraph`, separated by blank lines. */
  paragraphs(count: number, perParagraph = 4, pool: readonly string[] = this.sentences): string[] {
    const paragraphs: string[] = [];
    for (let i = 0; i < count; i += perParagraph) {
      paragraphs.push(Array.from({ length: Math.min(perParagraph, count - i) }, () => this.sentence(pool)).join(' '));
    }
    return paragraphs;
  }

  /** A plain-text article: a headline naming `topic` (so that no two entries have the same text) and `count` sentences. */
  article(topic: string, count = 12): string {
    return `${topic}\n\n${this.paragraphs(count).join('\n\n')}\n`;
  }

  /** An HTML page around `body` (already HTML), with a head naming `title`. */
  page(title: string, body: string, head = ''): string {
    return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head>\n<body><article><h1>${title}</h1>\n${body}\n</article></body></html>\n`;
  }

  /** `count` sentences as <p> paragraphs. */
  htmlParagraphs(count: number): string {
    return this.paragraphs(count).map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n');
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A gzip stream of `members` concatenated members, each `memberBytes` zero bytes: a bomb that expands about 1000 times. */
function gzipBomb(members: number, memberBytes: number): Buffer {
  const member = gzipSync(Buffer.alloc(memberBytes), { level: 9 });
  return Buffer.concat(Array.from({ length: members }, () => member));
}

/** Nested XML entities, each ten of the one before: `&lol9;` is 10^9 "lol"s (the billion laughs). */
const BILLION_LAUGHS_DTD = [
  '<!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
].join('\n');

/** The lines of a file every Unix machine has: what an external entity would leak if it were resolved. */
export const EXTERNAL_ENTITY_TARGET = 'file:///etc/passwd';

/**
 * Writes the corpus into `dir` (created if needed) and returns its entries. About 110 MB: the
 * 50 MB page, the 10 MB token, two 100,000-sentence texts and the gzip bombs (small on disk).
 */
export function writeBadInputs(dir: string): Entry[] {
  mkdirSync(dir, { recursive: true });
  const sentences = ownSentences();
  const prose = new Prose(sentences, 16);
  const entries: Entry[] = [];
  const add = (entry: Entry, content: string | Uint8Array) => {
    writeFileSync(join(dir, entry.file), content);
    entries.push(entry);
  };
  const article = (name: string, file: string, what: string, outcome: Outcome, content: string | Uint8Array, contains?: string) =>
    add({ name, file, what, kind: 'article', outcome, ...(contains === undefined ? {} : { contains }) }, content);

  // Empty and binary.
  article('empty', 'empty.txt', 'a file of zero bytes', 'NG_INPUT_EMPTY', '');
  article('whitespace-only', 'whitespace-only.txt', 'spaces, tabs, newlines and no-break spaces only', 'NG_INPUT_EMPTY', ' \t\n\r\n \u00a0\n'.repeat(1000));
  const random = seededRandom(7);
  const noise = Buffer.from(Array.from({ length: 65_536 }, () => Math.floor(random() * 256)));
  article('binary-random', 'binary-random.dat', '64 KiB of random bytes, NUL bytes among them, under a name of no known format', 'NG_INPUT_BINARY', noise);
  article('binary-png', 'binary-png.html', 'a PNG image (its signature, then noise) named .html', 'NG_INPUT_BINARY', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise.subarray(0, 4096)]));
  article('binary-pdf', 'binary-pdf.txt', 'a PDF header and body named .txt', 'NG_INPUT_BINARY', `%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n${prose.article('A PDF in disguise')}`);
  const nulText = prose.article('NUL bytes in the harbour report', 30);
  article('nul-bytes', 'nul-bytes.txt', 'prose with a NUL byte every 100 characters', 'NG_INPUT_BINARY', nulText.replace(/(.{100})/gs, '$1\u0000'));
  const lateNul = prose.article('A NUL byte past the sniffed head', 60);
  article('nul-after-head', 'nul-after-head.txt', 'prose with NUL bytes only after the first 4 KiB (which are sniffed for binary)', 'ok-or-error', `${lateNul.slice(0, 5000)}\u0000\u0000${lateNul.slice(5000)}`);

  // Encodings.
  const encoded = prose.article('Zürich and Ålesund sign a “fair” harbour deal — at last', 12);
  article('invalid-utf8', 'invalid-utf8.txt', 'UTF-8 prose with stray bytes: a lone 0xFF, a cut-off sequence, an overlong slash, an encoded surrogate',
    'ok', Buffer.concat([Buffer.from(encoded.slice(0, 300)), Buffer.from([0xff, 0xc3, 0x28, 0xc0, 0xaf, 0xed, 0xa0, 0x80]), Buffer.from(encoded.slice(300)), Buffer.from([0xe2, 0x82])]), 'harbour deal');
  article('utf8-bom', 'utf8-bom.txt', 'UTF-8 with a byte-order mark', 'ok', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(prose.article('A byte-order mark opens the Zürich report'))]), 'Zürich');
  article('utf16le-bom', 'utf16le-bom.txt', 'UTF-16 little-endian with its byte-order mark', 'ok', iconv.encode(`\ufeff${prose.article('Ålesund talks in UTF-16, little end first')}`, 'utf-16le'), 'Ålesund talks');
  article('utf16be-bom', 'utf16be-bom.txt', 'UTF-16 big-endian with its byte-order mark', 'ok', iconv.encode(`\ufeff${prose.article('Ålesund talks in UTF-16, big end first')}`, 'utf-16be'), 'Ålesund talks');
  article('utf16le-bom-html', 'utf16le-bom.html', 'an HTML page in UTF-16LE with a BOM and a meta charset saying utf-16', 'ok',
    iconv.encode(`\ufeff${prose.page('Tromsø page in UTF-16', prose.htmlParagraphs(10), '<meta http-equiv="Content-Type" content="text/html; charset=utf-16">')}`, 'utf-16le'), 'Tromsø');
  article('utf16le-no-bom', 'utf16le-no-bom.txt', 'UTF-16LE without a byte-order mark (every other byte NUL): refused as binary', 'NG_INPUT_BINARY', iconv.encode(prose.article('UTF-16 with no mark'), 'utf-16le'));
  article('utf32le-bom', 'utf32le-bom.txt', 'UTF-32LE with its byte-order mark (which starts like UTF-16LE\'s)', 'ok-or-error',
    Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x00]), ...Array.from(prose.article('Four bytes a letter'), (char) => { const b = Buffer.alloc(4); b.writeUInt32LE(char.codePointAt(0)!); return b; })]));
  article('windows-1252-no-meta', 'windows-1252-no-meta.txt', 'windows-1252 prose (curly quotes, dashes, ü, Å) with nothing saying so', 'ok',
    iconv.encode(prose.article('Zürich, Ålesund and “the fair deal” — a windows-1252 report', 14), 'windows-1252'), 'Zürich');
  article('latin1-meta', 'latin1-meta.html', 'an ISO-8859-1 page that says so in <meta charset>', 'ok',
    iconv.encode(prose.page('Ålesund harbour in Latin-1', `<p>Officials in Ålesund and Zürich met on Tuesday.</p>\n${prose.htmlParagraphs(10)}`).replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">'), 'latin1'), 'Ålesund and Zürich');
  article('meta-says-utf8-bytes-latin1', 'meta-says-utf8-bytes-latin1.html', 'a page that declares utf-8 but is written in windows-1252', 'ok',
    iconv.encode(prose.page('Bodø harbour, mislabelled', `<p>Fishermen in Bodø and Tromsø agreed on the quotas.</p>\n${prose.htmlParagraphs(10)}`), 'windows-1252'), 'harbour');
  article('meta-unknown-charset', 'meta-unknown-charset.html', 'a page that declares a charset no one knows (x-no-such-charset), in UTF-8', 'ok',
    prose.page('Kirkenes talks, unknown charset', `<p>Ministers met in Kirkenes on Friday.</p>\n${prose.htmlParagraphs(10)}`).replace('<meta charset="utf-8">', '<meta charset="x-no-such-charset">'), 'Kirkenes');
  const russian = 'Министр иностранных дел заявил во вторник, что переговоры о рыболовстве продолжатся в Мурманске в октябре. Делегации обсудили квоты и совместное патрулирование. «Мы нашли компромисс», — сказал министр журналистам.';
  article('koi8r-meta', 'koi8r-meta.html', 'a Russian page in KOI8-R that says so in <meta charset>', 'ok',
    iconv.encode(prose.page('Переговоры в Мурманске', `<p>${russian}</p>\n<p>${russian}</p>`).replace('<meta charset="utf-8">', '<meta charset="koi8-r">'), 'koi8-r'), 'Мурманске');
  article('windows-1251-no-meta', 'windows-1251-no-meta.txt', 'Russian prose in windows-1251 with nothing saying so (detected statistically)', 'ok-or-error',
    iconv.encode(`${russian}\n\n${russian}\n\n${russian}\n`, 'windows-1251'));
  const japanese = '外務大臣は火曜日、漁業交渉を十月に再開すると述べた。両国の代表団は漁獲枠と共同巡視について協議した。「公平な妥協だ」と大臣は記者団に語った。';
  // In English with Japanese in it (Japanese prose alone is read too: test/articles-scripts.test.ts).
  article('shift-jis-meta', 'shift-jis-meta.html', 'a page in Shift_JIS, English with Japanese words and a Japanese paragraph, that says so in <meta charset>', 'ok',
    iconv.encode(prose.page('Fishing talks (漁業交渉) to resume in Tokyo (東京)', `<p>Officials in Tokyo (東京) said on Tuesday that the fishing talks (漁業交渉) would resume in October.</p>\n${prose.htmlParagraphs(8)}\n<p>${japanese}</p>`)
      .replace('<meta charset="utf-8">', '<meta charset="shift_jis">'), 'shift_jis'), '漁業交渉');
  article('gb18030-no-meta', 'gb18030-no-meta.txt', 'Chinese prose in GB18030 with nothing saying so', 'ok-or-error',
    iconv.encode('外交部长星期二表示，渔业谈判将于十月恢复。两国代表团讨论了捕捞配额和联合巡逻。“这是一个公平的妥协，”部长对记者说。\n'.repeat(3), 'gb18030'));

  // Size.
  const block = `${prose.paragraphs(400).join('\n\n')}\n\n`;
  const big = Buffer.alloc(50 * 1000 * 1000);
  const blockBytes = Buffer.from(block);
  for (let at = 0; at < big.length; at += blockBytes.length) blockBytes.copy(big, at, 0, Math.min(blockBytes.length, big.length - at));
  article('text-50mb', 'text-50mb.txt', '50 MB of prose, over the 10 MiB input limit', 'NG_INPUT_TOO_LARGE', big);
  article('token-10mb', 'token-10mb.txt', 'one 10 MB token (10,000,000 letters, no space)', 'NG_NOT_PROSE', 'x'.repeat(10_000_000));
  article('token-10mb-html', 'token-10mb.html', 'one 10 MB token in a <p> of a page', 'NG_NOT_PROSE', prose.page('One endless word', `<p>${'y'.repeat(10_000_000)}</p>`));
  const words = Array.from({ length: 50_000 }, () => prose.sentence().replace(/[.!?]["”]?$/, '').split(' ')[Math.floor(random() * 4)] ?? 'and');
  article('one-sentence-50k-words', 'one-sentence-50k-words.txt', 'one sentence of 50,000 words, no full stop until the end', 'ok-or-error', `The minister said that ${words.join(', and ')}.\n`);
  // 100,000 sentences: the longer half of the pool comes to more than 10 MiB (refused); the shorter half stays under it.
  const byLength = [...sentences].sort((a, b) => Buffer.byteLength(a) - Buffer.byteLength(b) || (a < b ? -1 : 1));
  const shortHalf = byLength.slice(0, Math.floor(byLength.length / 2));
  const longHalf = byLength.slice(Math.floor(byLength.length / 2));
  article('prose-100k-sentences', 'prose-100k-sentences.txt', '100,000 sentences of the project\'s prose (12.4 MB): over the 10 MiB limit', 'NG_INPUT_TOO_LARGE',
    `One hundred thousand sentences\n\n${prose.paragraphs(100_000, 5, longHalf).join('\n\n')}\n`);
  const under = `One hundred thousand shorter sentences\n\n${prose.paragraphs(100_000, 5, shortHalf).join('\n\n')}\n`;
  article('prose-100k-sentences-under-cap', 'prose-100k-sentences-under-cap.txt', `100,000 shorter sentences of the project's prose (${(Buffer.byteLength(under) / 1e6).toFixed(1)} MB, under the limit): a very long real article`, 'ok-or-error', under);

  // Structure.
  const text = prose.htmlParagraphs(8);
  article('nesting-100k', 'nesting-100k.html', '100,000 nested <div>s around the article', 'NG_TOO_COMPLEX', prose.page('Deep page', `${'<div>'.repeat(100_000)}${text}${'</div>'.repeat(100_000)}`));
  article('nesting-100k-unclosed', 'nesting-100k-unclosed.html', '100,000 <span>s and <b>s opened and never closed', 'NG_TOO_COMPLEX', prose.page('Unclosed page', `${'<span><b>'.repeat(50_000)}${text}`));
  const attributes = Array.from({ length: 200_000 }, (_, i) => ` data-a${i}="${i}"`).join('');
  article('attributes-200k', 'attributes-200k.html', 'one <p> with 200,000 distinct attributes', 'ok', prose.page('Attributes galore', `<p${attributes}>Officials in Vardø said the pier would reopen.</p>\n${text}`), 'Vardø');
  article('attributes-200k-same-name', 'attributes-200k-same-name.html', 'one <div> with the same attribute 200,000 times', 'ok', prose.page('One attribute, many times', `<div${' class="x"'.repeat(200_000)}>${text}<p>Officials in Vadsø agreed.</p></div>`), 'Vadsø');
  article('script-only', 'script-only.html', 'a page of scripts and styles and no text', 'NG_NO_ARTICLE', `<!doctype html><html><head><style>${'p{color:red}'.repeat(1000)}</style></head><body>${'<script>var x = 1;</script>'.repeat(1000)}<div id="app"></div></body></html>`);
  article('unclosed-comment', 'unclosed-comment.html', 'a comment opened at the top of the body and never closed', 'NG_NO_ARTICLE', prose.page('Commented out', `<!-- ${text}`));
  article('html-billion-laughs', 'billion-laughs.xhtml', 'an XHTML page whose DOCTYPE declares the billion-laughs entities and whose text uses them', 'ok-or-error',
    `<?xml version="1.0"?>\n<!DOCTYPE html [\n${BILLION_LAUGHS_DTD}\n]>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>&lol9;</title></head><body><article><p>&lol9;</p>${text}</article></body></html>\n`);
  article('html-external-entity', 'external-entity.xhtml', `an XHTML page whose DOCTYPE declares an external entity (${EXTERNAL_ENTITY_TARGET}) used in its text`, 'ok-or-error',
    `<?xml version="1.0"?>\n<!DOCTYPE html [\n<!ENTITY xxe SYSTEM "${EXTERNAL_ENTITY_TARGET}">\n]>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>&xxe;</title></head><body><article><p>&xxe;</p>${text}</article></body></html>\n`);

  // Gzip.
  article('gzip-bomb', 'gzip-bomb.txt.gz', 'a gzip bomb: 1 MiB that expands to 1 GiB of zero bytes', 'NG_GZIP_TOO_LARGE', gzipBomb(16, 64 * 1024 * 1024));
  article('gzip-bomb-html', 'gzip-bomb.html.gz', 'the same bomb named .html.gz (served with Content-Encoding: gzip to the crawl)', 'NG_GZIP_TOO_LARGE', gzipBomb(16, 64 * 1024 * 1024));
  article('gzip-bomb-sniffed', 'gzip-bomb-sniffed.txt', 'the bomb under a .txt name (gzip known by its magic bytes)', 'NG_GZIP_TOO_LARGE', gzipBomb(16, 64 * 1024 * 1024));
  article('gzip-truncated', 'gzip-truncated.txt.gz', 'a gzipped article cut off halfway', 'NG_GZIP_INVALID', ((gz) => gz.subarray(0, gz.length >> 1))(gzipSync(prose.article('Cut off in transit', 40))));
  article('gzip-double', 'gzip-double.txt.gz', 'an article gzipped twice (the inner stream is binary)', 'NG_INPUT_BINARY', gzipSync(gzipSync(prose.article('Gzipped twice'))));

  // Odd text.
  const quotes = ['“', '”', '"', '‘', '’', '«', '»', '„', '\''];
  // 2,000 sentences: enough for quote pairing that went quadratic to blow the deadline, with room
  // for the article's plain analysis time (about 3 s alone) on two loaded cores.
  const unbalanced = prose.paragraphs(2000, 6).map((paragraph) => paragraph.replace(/ /g, (space) => (random() < 0.08 ? ` ${quotes[Math.floor(random() * quotes.length)]}` : space)));
  article('unbalanced-quotes', 'unbalanced-quotes.txt', '2,000 sentences strewn with opening and closing quotation marks that never pair up, one quote left open to the end', 'ok',
    `“An open quote that the whole article never closes\n\n${unbalanced.join('\n\n')}\n`, 'An open quote');
  const controls = Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)).join('') + '\u007f\u0080\u0085\u009b\u009f\u001b[31m\u001b]0;title\u0007\u2028\u2029\ufeff\u200b\u200e\u200f\u202e\u2066\ufffe\uffff';
  article('control-characters', 'control-characters.txt', 'prose with every C0 control but NUL, DEL, C1 controls, ANSI escapes, bidi overrides, line and paragraph separators, noncharacters', 'ok',
    prose.paragraphs(60, 3).map((paragraph, i) => paragraph.replace(/ /, ` ${controls.slice(i % controls.length)}${controls.slice(0, i % controls.length)} `)).join('\n\n') + '\n', 'said');
  const rtl = ['قال وزير الخارجية إن المحادثات ستستأنف في أكتوبر.', 'אמר שר החוץ כי השיחות יחודשו באוקטובר.', 'Jonas Berg 🚀 told reporters 🇳🇴🇮🇸 that the talks 👨‍👩‍👧‍👦 went well 👍🏽.', 'Z̷̢̛a̸̡͝l̵̨̛g̶̢̛o̸̡͝ said “שלום” and left 😀.', '\u202eThe reversed sentence reads backwards.\u202c'];
  article('rtl-and-emoji', 'rtl-and-emoji.txt', 'Arabic and Hebrew sentences, emoji (flags, skin tones, ZWJ families), stacked combining marks and bidi overrides among English ones', 'ok',
    prose.paragraphs(80, 4).map((paragraph, i) => `${paragraph} ${rtl[i % rtl.length]} ${`${'e\u0301\u0308\u0323'.repeat(20)} `.repeat(i % 3)}`).join('\n\n') + '\n', 'Jonas Berg');
  article('digits-and-punctuation', 'digits-and-punctuation.txt', 'a megabyte of digits and punctuation, no letter', 'NG_NOT_PROSE', '12,345.67 -- (89)! ?? ... 0000 ;; '.repeat(30_000));

  // JSONL.
  const record = (topic: string) => JSON.stringify({ text: prose.article(topic), publishedAt: '2025-06-01' });
  const deepJson = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const lines: [string, Outcome][] = [
    [record('The first good record'), 'ok'],
    ['{"text": "cut off mid-line', 'NG_RECORD_INVALID'],
    ['not json at all', 'NG_RECORD_INVALID'],
    ['[1, 2, 3]', 'NG_RECORD_INVALID'],
    ['42', 'NG_RECORD_INVALID'],
    ['null', 'NG_RECORD_INVALID'],
    ['{}', 'NG_RECORD_INVALID'],
    ['{"text": 42}', 'NG_RECORD_INVALID'],
    ['{"html": ["<p>a list</p>"]}', 'NG_RECORD_INVALID'],
    ['{"headline": "only fields no one reads"}', 'NG_RECORD_INVALID'],
    ['{"text": ""}', 'NG_RECORD_INVALID'],
    ['{"text": "   "}', 'NG_INPUT_EMPTY'],
    [`{"text": "Deep JSON follows.", "extra": ${deepJson}}`, 'ok'],
    [deepJson, 'NG_RECORD_INVALID'],
    ['{"url": "file:///etc/passwd"}', 'NG_URL_INVALID'],
    ['{"url": "javascript:alert(1)"}', 'NG_URL_INVALID'],
    ['{"url": "http://127.0.0.1:1/closed-port"}', 'ok-or-error'],
    [`{"text": ${JSON.stringify(prose.article('A record with a duplicate key'))}, "text": 7}`, 'NG_RECORD_INVALID'],
    [`${record('A record after CRLF line endings')}\r`, 'ok'],
    [`{"html": ${JSON.stringify(prose.page('A record of HTML with control characters \u0001\u0002', text))}, "title": "\\u0000\\u0007", "publishedAt": "not a date"}`, 'ok'],
    [record('The last good record, with no newline after it'), 'ok'],
  ];
  add({ name: 'broken-jsonl', file: 'broken.jsonl', what: `JSONL with ${lines.length} lines: good records among truncated lines, non-objects, wrong types, 100,000-deep arrays, a file:/// URL, CRLF endings, a BOM`, kind: 'records', outcome: 'ok-or-error', records: lines.map(([, outcome]) => outcome) },
    `\ufeff${lines.map(([line]) => line).join('\n')}`);
  add({ name: 'jsonl-line-11mb', file: 'jsonl-line-11mb.jsonl', what: 'JSONL whose first line is an 11 MB record (over the per-record limit), then a good one', kind: 'records', outcome: 'ok-or-error', records: ['NG_INPUT_TOO_LARGE', 'ok'] },
    `{"text": "${'word '.repeat(2_200_000)}"}\n${record('After the overlong line')}\n`);
  add({ name: 'jsonl-gzip-bomb', file: 'jsonl-gzip-bomb.jsonl.gz', what: 'gzipped JSONL that expands to 1 GiB of zero bytes with no newline (JSONL is streamed, so the limit is per record)', kind: 'records', outcome: 'NG_INPUT_TOO_LARGE', records: ['NG_INPUT_TOO_LARGE'] },
    gzipBomb(16, 64 * 1024 * 1024));

  // Listings, served over HTTP from `dir`: their URLs are relative to their own.
  const listing = (name: string, file: string, what: string, content: string) => add({ name, file, what, kind: 'listing', outcome: 'ok-or-error' }, content);
  article('listed-article', 'listed-article.html', 'a plain good article page, which the feeds below list', 'ok', prose.page('Harbour reopens in Hammerfest', prose.htmlParagraphs(12)), 'Hammerfest');
  const rss = (title: string, items: string, dtd = '') => `<?xml version="1.0" encoding="utf-8"?>\n${dtd}<rss version="2.0"><channel><title>${title}</title><link>listed-article.html</link><description>${title}</description>${items}</channel></rss>\n`;
  const item = (title: string, link: string, extra = '') => `<item><title>${title}</title><link>${link}</link><pubDate>Tue, 19 Aug 2025 10:00:00 GMT</pubDate>${extra}</item>`;
  listing('feed-billion-laughs', 'feed-billion-laughs.xml', 'an RSS feed whose DOCTYPE declares the billion-laughs entities (10^9 "lol"s), used in its titles and a link',
    rss('&lol9;', item('&lol9;', 'listed-article.html', '<description>&lol9;</description>') + item('Second', 'listed-article.html?&lol3;'), `<!DOCTYPE rss [\n${BILLION_LAUGHS_DTD}\n]>\n`));
  listing('feed-quadratic-blowup', 'feed-quadratic-blowup.xml', 'an RSS feed with one 50,000-character entity referenced 20,000 times (quadratic blowup, no nesting)',
    rss('Blowup', item(`${'&big;'.repeat(20_000)}`, 'listed-article.html'), `<!DOCTYPE rss [\n<!ENTITY big "${'b'.repeat(50_000)}">\n]>\n`));
  listing('feed-external-entity', 'feed-external-entity.xml', `an RSS feed with external entities (${EXTERNAL_ENTITY_TARGET}, general and parameter) in its titles, description and link`,
    rss('&xxe;', item('&xxe;', 'listed-article.html?leak=&xxe;', '<description>&xxe;</description>'), `<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "${EXTERNAL_ENTITY_TARGET}">\n<!ENTITY % pe SYSTEM "${EXTERNAL_ENTITY_TARGET}">\n%pe;\n]>\n`));
  listing('sitemap-external-entity', 'sitemap-external-entity.xml', `a sitemap whose <loc> is an external entity (${EXTERNAL_ENTITY_TARGET})`,
    `<?xml version="1.0"?>\n<!DOCTYPE urlset [\n<!ENTITY xxe SYSTEM "${EXTERNAL_ENTITY_TARGET}">\n]>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&xxe;</loc></url><url><loc>listed-article.html</loc></url></urlset>\n`);
  listing('opml-self', 'opml-self.opml', 'an OPML file whose outlines list itself (twice) and its URL with a fragment',
    `<?xml version="1.0"?>\n<opml version="2.0"><head><title>Myself</title></head><body><outline text="Me" type="rss" xmlUrl="opml-self.opml"/><outline text="Nested"><outline text="Me again" type="rss" xmlUrl="opml-self.opml#again"/><outline text="Me" type="rss" xmlUrl="./opml-self.opml"/></outline></body></opml>\n`);
  listing('sitemap-index-self', 'sitemap-index-self.xml', 'a sitemap index that lists itself',
    '<?xml version="1.0"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>sitemap-index-self.xml</loc></sitemap><sitemap><loc>./sitemap-index-self.xml</loc></sitemap></sitemapindex>\n');
  listing('opml-cycle', 'opml-cycle.opml', 'an OPML file listing a sitemap index that lists the OPML file back',
    '<?xml version="1.0"?>\n<opml version="2.0"><head><title>Cycle</title></head><body><outline text="Index" type="rss" xmlUrl="sitemap-index-cycle.xml"/></body></opml>\n');
  listing('sitemap-index-cycle', 'sitemap-index-cycle.xml', 'the sitemap index of the cycle: it lists the OPML file and itself',
    '<?xml version="1.0"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>opml-cycle.opml</loc></sitemap><sitemap><loc>sitemap-index-cycle.xml</loc></sitemap></sitemapindex>\n');
  listing('sitemap-self-article', 'sitemap-self-article.xml', 'a sitemap whose only article URL is the sitemap itself',
    '<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>sitemap-self-article.xml</loc></url></urlset>\n');
  listing('feed-nesting-100k', 'feed-nesting-100k.xml', 'an RSS feed with 100,000 nested elements inside an item',
    rss('Deep feed', item('Deep', 'listed-article.html', `<description>${'<x>'.repeat(100_000)}deep${'</x>'.repeat(100_000)}</description>`)));
  listing('feed-of-bad-pages', 'feed-of-bad-pages.xml', 'an RSS feed whose items are bad pages of this corpus fetched over HTTP (the gzip bomb as Content-Encoding, a PNG, 100k-deep nesting, 200k attributes, KOI8-R, a missing page)',
    rss('Bad pages', ['gzip-bomb.html.gz', 'binary-png.html', 'nesting-100k.html', 'attributes-200k.html', 'koi8r-meta.html', 'utf16le-bom.html', 'no-such-page.html'].map((link, i) => item(`Bad page ${i}`, link)).join('')));

  writeFileSync(join(dir, '.manifest.json'), `${JSON.stringify(entries, null, 2)}\n`);
  return entries;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (dir === undefined) {
    console.error('usage: npm run bad-inputs -- DIR');
    process.exit(2);
  }
  const entries = writeBadInputs(dir);
  for (const entry of entries) console.log(`${entry.file.padEnd(36)} ${entry.kind.padEnd(8)} ${entry.outcome.padEnd(20)} ${entry.what}`);
  console.log(`${entries.length} entries in ${resolve(dir)} (the list with outcomes: ${join(resolve(dir), '.manifest.json')})`);
}
