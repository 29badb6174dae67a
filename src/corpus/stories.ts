/**
 * Stories: articles about the same developing news, grouped as they arrive. The method is the
 * online TF-IDF clustering of news streams (as in Miranda et al. 2018, "Multilingual Clustering
 * of Streaming News"): each document becomes a weighted vector of its words and its actors, with
 * inverse document frequencies the corpus keeps itself as it grows; a new document joins the
 * story of the most similar earlier document within STORY_WINDOW_DAYS when that similarity
 * reaches STORY_SIMILARITY, and starts a story of its own otherwise. A syndicated copy joins its
 * original's story. Hand-written: no maintained package clusters a stream against a SQL store.
 */
import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import { shiftDay } from './days.js';
import type { CorpusDatabase } from './schema.js';

/** How far apart (in days) two articles of one story may be published; a story grows by its newest articles. */
export const STORY_WINDOW_DAYS = 4;
/** The cosine similarity at which a document joins an earlier document's story. */
export const STORY_SIMILARITY = 0.2;
/** Terms kept per document: the strongest carry a story; the long tail only costs space. */
const KEPT_TERMS = 40;
/** Terms of a new document used to look up candidate earlier documents. */
const PROBE_TERMS = 12;
/** Earlier documents compared in full with a new one. */
const CANDIDATES = 40;
/** How much more a title word or an actor counts than one occurrence of a word in the text. */
const TITLE_WEIGHT = 3;
const ACTOR_WEIGHT = 2;
/** The `terms` row that counts documents (no word contains a space). */
const DOCUMENT_COUNT = ' documents';
const INSERT_CHUNK = 400;

type Db = Kysely<CorpusDatabase> | Transaction<CorpusDatabase>;

export interface StoryInput {
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  /** Cross-article actor keys of the document's entities, each with its number of mentions. */
  readonly actors: ReadonlyMap<string, number>;
  readonly day: string;
  /** The original this document is a copy of, when it is one. */
  readonly copyOf: string | null;
}

/** Raw term counts: words (lower case, not function words, three letters or more) and actors ("@key"). */
export function termCounts(input: Pick<StoryInput, 'title' | 'text' | 'actors'>, functionWords: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const addWords = (text: string, weight: number) => {
    for (const word of text.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []) {
      if (word.length < 3 || functionWords.has(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + weight);
    }
  };
  addWords(input.text, 1);
  if (input.title !== null) addWords(input.title, TITLE_WEIGHT);
  for (const [key, mentions] of input.actors) counts.set(`@${key}`, (counts.get(`@${key}`) ?? 0) + ACTOR_WEIGHT * mentions);
  return counts;
}

/** Unit-length TF-IDF weights, (1 + ln tf) x (ln((N + 1) / (df + 1)) + 1), of the strongest KEPT_TERMS terms. */
export function termWeights(counts: ReadonlyMap<string, number>, documentFrequency: (term: string) => number, documents: number): Map<string, number> {
  const weighted = [...counts].map(([term, count]) => [term, (1 + Math.log(count)) * (Math.log((documents + 1) / (documentFrequency(term) + 1)) + 1)] as const);
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = weighted.slice(0, KEPT_TERMS);
  const norm = Math.hypot(...kept.map(([, weight]) => weight)) || 1;
  return new Map(kept.map(([term, weight]) => [term, weight / norm]));
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const [term, weight] of a) sum += weight * (b.get(term) ?? 0);
  return sum;
}

/**
 * Finds the story of a document being stored (inside its transaction), records its terms, the
 * corpus's term counts and the story's extent, and returns the story id.
 */
export async function assignStory(db: Db, input: StoryInput, functionWords: ReadonlySet<string>): Promise<string> {
  const counts = termCounts(input, functionWords);
  const terms = [...counts.keys()];
  const frequencies = new Map<string, number>();
  for (let i = 0; i < terms.length; i += INSERT_CHUNK) {
    const rows = await db.selectFrom('terms').select(['term', 'documents']).where('term', 'in', terms.slice(i, i + INSERT_CHUNK)).execute();
    for (const row of rows) frequencies.set(row.term, row.documents);
  }
  const documents = (await db.selectFrom('terms').select('documents').where('term', '=', DOCUMENT_COUNT).executeTakeFirst())?.documents ?? 0;
  const weights = termWeights(counts, (term) => frequencies.get(term) ?? 0, documents);

  const story = input.copyOf !== null ? await storyOf(db, input.copyOf) : await similarStory(db, input.day, weights);
  const storyId = story ?? input.id;

  const kept = [...weights].map(([term, weight]) => ({ document_id: input.id, term, weight, day: input.day }));
  for (let i = 0; i < kept.length; i += INSERT_CHUNK) await db.insertInto('document_terms').values(kept.slice(i, i + INSERT_CHUNK)).execute();
  const counted = [DOCUMENT_COUNT, ...terms].map((term) => ({ term, documents: 1 }));
  for (let i = 0; i < counted.length; i += INSERT_CHUNK) {
    await db.insertInto('terms').values(counted.slice(i, i + INSERT_CHUNK))
      .onConflict((conflict) => conflict.column('term').doUpdateSet({ documents: sql`terms.documents + 1` }))
      .execute();
  }
  await db.insertInto('stories')
    .values({ story: storyId, title: input.title, day_min: input.day, day_max: input.day, documents: 1 })
    .onConflict((conflict) => conflict.column('story').doUpdateSet({
      documents: sql`stories.documents + 1`,
      day_min: sql`min(stories.day_min, excluded.day_min)`,
      day_max: sql`max(stories.day_max, excluded.day_max)`,
    }))
    .execute();
  return storyId;
}

async function storyOf(db: Db, documentId: string): Promise<string | undefined> {
  return (await db.selectFrom('documents').select('story').where('id', '=', documentId).executeTakeFirst())?.story ?? undefined;
}

/** The story of the earlier document most like this one, within the window, if alike enough. */
async function similarStory(db: Db, day: string, weights: ReadonlyMap<string, number>): Promise<string | undefined> {
  const probe = [...weights.keys()].slice(0, PROBE_TERMS);
  if (probe.length === 0) return undefined;
  const candidates = await db.selectFrom('document_terms')
    .select(['document_id', (eb) => eb.fn.sum<number>('weight').as('overlap')])
    .where('term', 'in', probe)
    .where('day', '>=', shiftDay(day, -STORY_WINDOW_DAYS))
    .where('day', '<=', shiftDay(day, STORY_WINDOW_DAYS))
    .groupBy('document_id')
    .orderBy('overlap', 'desc')
    .orderBy('document_id')
    .limit(CANDIDATES)
    .execute();
  if (candidates.length === 0) return undefined;
  const vectors = new Map<string, Map<string, number>>();
  const rows = await db.selectFrom('document_terms').select(['document_id', 'term', 'weight'])
    .where('document_id', 'in', candidates.map((candidate) => candidate.document_id)).execute();
  for (const row of rows) {
    let vector = vectors.get(row.document_id);
    if (vector === undefined) vectors.set(row.document_id, vector = new Map());
    vector.set(row.term, row.weight);
  }
  let best: { id: string; similarity: number } | undefined;
  for (const [id, vector] of [...vectors].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const similarity = cosine(weights, vector);
    if (best === undefined || similarity > best.similarity) best = { id, similarity };
  }
  return best !== undefined && best.similarity >= STORY_SIMILARITY ? storyOf(db, best.id) : undefined;
}
