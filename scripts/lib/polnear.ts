/**
 * PolNeAR-shaped folders (text/<id>.txt and quotes.jsonl, see ../shared/data/quotes/polnear):
 * the articles and their gold attributions, with a way to move gold offsets into the offsets of
 * the article newsgraph extracts from the same text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_POLNEAR_DIR = process.env.NEWSGRAPH_POLNEAR ?? '../shared/data/quotes/polnear';

export interface GoldPart {
  readonly spans: [number, number][];
  readonly text: string;
}

export interface GoldAttribution {
  readonly id: string;
  readonly kind: 'direct' | 'indirect' | 'mixed';
  readonly source: GoldPart | null;
  readonly cue: GoldPart | null;
  readonly content: GoldPart | null;
}

export interface PolnearDocument {
  readonly id: string;
  readonly text: string;
  readonly publishedAt: string | null;
  /** Who wrote it, as metadata.tsv's `author` column names them (null where it names no one). */
  readonly byline: string | null;
  readonly attributions: GoldAttribution[];
}

export function readPolnear(dir: string): PolnearDocument[] {
  const metadata = readPolnearMetadata(dir);
  return readFileSync(join(dir, 'quotes.jsonl'), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => {
    const record = JSON.parse(line) as { id: string; text_file: string; publication_date?: string; attributions: GoldAttribution[] };
    return {
      id: record.id,
      text: readFileSync(join(dir, record.text_file), 'utf8'),
      publishedAt: record.publication_date ?? null,
      byline: metadata.get(record.id)?.author ?? null,
      attributions: record.attributions,
    };
  });
}

/** What analyze is told of a PolNeAR article besides its text, as a news feed would tell it: its date and its author. */
export function articleFacts(document: Pick<PolnearDocument, 'publishedAt' | 'byline'>): { publishedAt?: string; byline?: string } {
  return { ...(document.publishedAt ? { publishedAt: document.publishedAt } : {}), ...(document.byline ? { byline: document.byline } : {}) };
}


/**
 * A gold part's characters (all its spans, which may be discontinuous) moved into article
 * offsets with `toArticle`, as sorted, merged half-open intervals. Whitespace that the article
 * does not keep (line breaks between paragraphs) is dropped; null when any other character has
 * no place in the article (the part lies in the title or in text the article stage dropped), or
 * when nothing is left.
 */
export function mapGoldSpans(original: string, spans: readonly (readonly [number, number])[], toArticle: (offset: number) => number | null): [number, number][] | null {
  const offsets: number[] = [];
  for (const [start, end] of spans) {
    for (let at = start; at < end; at++) {
      const mapped = toArticle(at);
      if (mapped !== null) offsets.push(mapped);
      else if (!/\s/.test(original[at] ?? '')) return null;
    }
  }
  if (offsets.length === 0) return null;
  offsets.sort((a, b) => a - b);
  const intervals: [number, number][] = [];
  for (const offset of offsets) {
    const last = intervals.at(-1);
    if (last !== undefined && offset <= last[1]) last[1] = Math.max(last[1], offset + 1);
    else intervals.push([offset, offset + 1]);
  }
  return intervals;
}

/**
 * Maps offsets in the original file to offsets in the extracted article text, paragraph by
 * paragraph (the article stage drops the title line and boilerplate, and tidies whitespace);
 * null for text the article does not keep. A paragraph kept verbatim maps character for
 * character; one whose whitespace was tidied (no-break spaces made plain, runs collapsed) is
 * aligned word by word, each run of whitespace mapping to the article's whitespace there.
 */
export function alignedOffsetMapper(original: string, articleText: string): (offset: number) => number | null {
  const table = new Int32Array(original.length).fill(-1);
  let searchFrom = 0;
  for (const match of original.matchAll(/[^\n]+/g)) {
    const paragraph = match[0].trim();
    if (paragraph === '') continue;
    const start = match.index + match[0].indexOf(paragraph);
    const exact = articleText.indexOf(paragraph, searchFrom);
    if (exact >= 0) {
      for (let i = 0; i < paragraph.length; i++) table[start + i] = exact + i;
      searchFrom = exact + paragraph.length;
      continue;
    }
    const words = paragraph.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const pattern = new RegExp(words.join('\\s+'), 'g');
    pattern.lastIndex = searchFrom;
    const found = pattern.exec(articleText);
    if (found === null) continue;
    let at = found.index;
    for (let i = 0; i < paragraph.length; ) {
      if (/\s/.test(paragraph[i]!)) {
        const runStart = at;
        while (i < paragraph.length && /\s/.test(paragraph[i]!)) table[start + i++] = runStart;
        while (at < articleText.length && /\s/.test(articleText[at]!)) at++;
      } else {
        table[start + i++] = at++;
      }
    }
    searchFrom = found.index + found[0].length;
  }
  return (offset) => {
    const mapped = offset >= 0 && offset < table.length ? table[offset]! : -1;
    return mapped < 0 ? null : mapped;
  };
}

/** What metadata.tsv says of an article. */
export interface PolnearMetadata {
  readonly publisher: string;
  /** YYYY-MM-DD. */
  readonly publishedAt: string;
  readonly title: string;
  /** The `author` column, null where it is empty or "None". */
  readonly author: string | null;
}

/** metadata.tsv of a PolNeAR folder, by file id (the `filename` column: the text's name without `.txt`). */
export function readPolnearMetadata(dir: string): Map<string, PolnearMetadata> {
  const [header, ...rows] = readFileSync(join(dir, 'metadata.tsv'), 'utf8').split('\n').filter((line) => line.trim() !== '');
  const columns = header!.split('\t');
  const column = (name: string) => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`${join(dir, 'metadata.tsv')} has no ${name} column`);
    return index;
  };
  const [file, publisher, date, title, author] = [column('filename'), column('publisher'), column('publication_date'), column('title'), column('author')];
  return new Map(rows.map((row) => {
    const cells = row.split('\t');
    const written = cells[author]?.trim() ?? '';
    return [cells[file]!, { publisher: cells[publisher]!, publishedAt: cells[date]!, title: cells[title]!, author: written === '' || written === 'None' ? null : written }];
  }));
}
