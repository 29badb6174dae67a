/**
 * A large corpus made from real article parts, for measuring the store as it grows: articles
 * spread evenly over two years (so that the stream is as dense at its end as at its start, and
 * what changes is only the size of the store), each taking the headline and lead paragraphs of a
 * PolNeAR article of the same month of the year and paragraphs of other articles of that month,
 * from one of the outlets. Articles about one lead then form stories, as a real stream's do, and
 * no two texts are the same. Seeded: the same arguments give the same corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ArticleInput } from '../../src/analyze.js';
import { shiftDay } from '../../src/corpus/days.js';
import { seededRandom } from '../../src/nlp/ner/random.js';
import { readPolnearMetadata } from './polnear.js';

/** Paragraphs shorter than this many words (bylines, captions) are not used. */
const MIN_PARAGRAPH_WORDS = 20;
const LEAD_PARAGRAPHS = 3;
const SPAN_DAYS = 730;

interface Source {
  readonly title: string;
  readonly publisher: string;
  readonly publishedAt: string;
  readonly paragraphs: string[];
}

/** `count` articles, oldest first, from the PolNeAR folder `dir` (text/ and metadata.tsv). */
export function generateCorpus(dir: string, count: number, seed = 13): ArticleInput[] {
  const metadata = readPolnearMetadata(dir);
  const sources: Source[] = readdirSync(join(dir, 'text')).filter((name) => name.endsWith('.txt')).sort().flatMap((name) => {
    const known = metadata.get(basename(name, '.txt'));
    const paragraphs = readFileSync(join(dir, 'text', name), 'utf8').split(/\n\s*\n/).slice(1)
      .map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph.split(/\s+/).length >= MIN_PARAGRAPH_WORDS);
    return known === undefined || paragraphs.length < LEAD_PARAGRAPHS ? [] : [{ ...known, paragraphs }];
  });
  // By month of the year ("06"): every month has PolNeAR articles.
  const byMonth = new Map<string, Source[]>();
  for (const source of sources) byMonth.set(source.publishedAt.slice(5, 7), [...(byMonth.get(source.publishedAt.slice(5, 7)) ?? []), source]);
  const first = sources.map((source) => source.publishedAt).sort()[0]!;
  const outlets = [...new Set(sources.map((source) => source.publisher))].sort();
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

  const articles: ArticleInput[] = [];
  for (let i = 0; i < count; i++) {
    const publishedAt = shiftDay(first, Math.floor((i * SPAN_DAYS) / count));
    const sameMonth = byMonth.get(publishedAt.slice(5, 7)) ?? sources;
    const lead = pick(sameMonth);
    const extra = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(pick(sameMonth).paragraphs));
    articles.push({
      text: `${lead.title}\n\n${[...lead.paragraphs.slice(0, LEAD_PARAGRAPHS), ...extra].join('\n\n')}`,
      title: lead.title,
      publisher: pick(outlets),
      publishedAt,
    });
  }
  return articles;
}
