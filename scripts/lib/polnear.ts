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
 * Where the extracted article's text starts in the original file (the article stage takes the
 * title line off), or -1 when the article text is not a plain substring of the file.
 */
export function articleOffset(original: string, articleText: string): number {
  const probe = articleText.slice(0, 80);
  return probe.length === 0 ? -1 : original.indexOf(probe);
}
