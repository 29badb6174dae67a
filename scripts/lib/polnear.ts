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
  readonly attributions: GoldAttribution[];
}

export function readPolnear(dir: string): PolnearDocument[] {
  return readFileSync(join(dir, 'quotes.jsonl'), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => {
    const record = JSON.parse(line) as { id: string; text_file: string; publication_date?: string; attributions: GoldAttribution[] };
    return {
      id: record.id,
      text: readFileSync(join(dir, record.text_file), 'utf8'),
      publishedAt: record.publication_date ?? null,
      attributions: record.attributions,
    };
  });
}

/**
 * Maps offsets in the original file to offsets in the extracted article text, paragraph by
 * paragraph (the article stage drops the title line and boilerplate and may tidy spaces between
 * paragraphs); null for text the article does not keep.
 */
export function offsetMapper(original: string, articleText: string): (offset: number) => number | null {
  const shifts: { start: number; end: number; shift: number }[] = [];
  let searchFrom = 0;
  for (const match of original.matchAll(/[^\n]+/g)) {
    const paragraph = match[0].trim();
    if (paragraph === '') continue;
    const at = articleText.indexOf(paragraph, searchFrom);
    if (at < 0) continue;
    const start = match.index + match[0].indexOf(paragraph);
    shifts.push({ start, end: start + paragraph.length, shift: at - start });
    searchFrom = at + paragraph.length;
  }
  return (offset) => {
    const found = shifts.find(({ start, end }) => start <= offset && offset < end);
    return found === undefined ? null : offset + found.shift;
  };
}
