/**
 * Stories: articles about the same developing news, grouped as they arrive. The method is the
 * online TF-IDF clustering of news streams (as in Miranda et al. 2018, "Multilingual Clustering
 * of Streaming News"): each document becomes a weighted vector of its words and its actors; a
 * new document joins the story of the most similar earlier document within a window of days
 * when that similarity reaches a threshold (DEFAULT_STORY_SETTINGS), and starts a story of its own otherwise. A
 * syndicated copy joins its original's story. A word weighs what it weighs in general English
 * (its rank in a large corpus, data/corpus/word-ranks.json) times what it weighs in this corpus
 * (in how many earlier documents it was among the salient terms): counting only the salient
 * terms keeps the corpus's counts to SALIENT_TERMS updates per document.
 * Hand-written: no maintained package clusters a stream against a SQL store.
 */
import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import { shiftDay } from './days.js';
import { larger, smaller } from './dialect.js';
import { chunks } from './batches.js';
import type { CorpusDatabase } from './schema.js';

export interface StorySettings {
  /** How far apart (in days) two articles of one story may be published; a story grows by its newest articles. */
  readonly windowDays: number;
  /** The cosine similarity at which a document joins an earlier document's story. */
  readonly similarity: number;
}

// Chosen by `npm run eval:corpus -- --similarity X --window N` over the PolNeAR gold (so its score there is optimistic).
export const DEFAULT_STORY_SETTINGS: StorySettings = { windowDays: 4, similarity: 0.13 };
/** Terms kept per document: the strongest carry a story; the long tail only costs space. */
const KEPT_TERMS = 40;
/** Terms weighed against the corpus: the strongest in general English. */
const SALIENT_TERMS = 80;
/** The `terms` row that counts documents (no term contains a space). */
const DOCUMENT_COUNT = ' documents';
/** Terms of a new document used to look up candidate earlier documents. */
const PROBE_TERMS = 12;
/** Earlier documents compared in full with a new one: those sharing the most weight of its probe terms. */
const CANDIDATES = 12;
/** How much more a title word or an actor counts than one occurrence of a word in the text. */
const TITLE_WEIGHT = 3;
const ACTOR_WEIGHT = 2;
/** A word of rank r weighs ln((r + RANK_OFFSET) / RANK_OFFSET): the commonest words near 0, rank 20 ln 2, unlisted words the most. */
const RANK_OFFSET = 20;

type Db = Kysely<CorpusDatabase> | Transaction<CorpusDatabase>;

/** What weighs words: the function words (left out) and the ranks of frequent words. */
export interface StoryWords {
  readonly functionWords: ReadonlySet<string>;
  /** Word to rank (0: the most frequent); words not in it are rarer than all of them. */
  readonly ranks: ReadonlyMap<string, number>;
}

export interface StoryActor {
  readonly name: string;
  readonly mentions: number;
}

export interface StoryInput {
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  /** The document's actors by cross-article key. */
  readonly actors: ReadonlyMap<string, StoryActor>;
  readonly day: string;
  /** The original this document is a copy of, when it is one. */
  readonly copyOf: string | null;
}

const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/** The inverse document frequency of a word, from its rank (Zipf's law). */
function wordWeight(word: string, words: StoryWords): number {
  return Math.log(((words.ranks.get(word) ?? words.ranks.size) + RANK_OFFSET) / RANK_OFFSET);
}

/**
 * The document's salient terms with their weights in general English: (1 + ln tf) x idf from
 * word ranks, for words (lower case, three letters or more, not function words; title words
 * count TITLE_WEIGHT times) and actors ("@key", ACTOR_WEIGHT per mention, weighed as the rarest
 * word of their name); the strongest SALIENT_TERMS.
 */
export function salientTerms(input: Pick<StoryInput, 'title' | 'text' | 'actors'>, words: StoryWords): [string, number][] {
  const counts = new Map<string, number>();
  const addWords = (text: string, weight: number) => {
    for (const word of text.toLowerCase().match(WORD) ?? []) {
      if (word.length < 3 || words.functionWords.has(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + weight);
    }
  };
  addWords(input.text, 1);
  if (input.title !== null) addWords(input.title, TITLE_WEIGHT);
  const weighted = [...counts].map(([word, count]): [string, number] => [word, (1 + Math.log(count)) * wordWeight(word, words)]);
  for (const [key, actor] of input.actors) {
    const idf = Math.max(0, ...(actor.name.toLowerCase().match(WORD) ?? []).map((word) => wordWeight(word, words)));
    weighted.push([`@${key}`, (1 + Math.log(ACTOR_WEIGHT * actor.mentions)) * idf]);
  }
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return weighted.slice(0, SALIENT_TERMS).filter(([, weight]) => weight > 0);
}

/**
 * The story vector: each salient term's weight times its idf in this corpus, ln((N + 1) /
 * (df + 1)) + 1 where df counts the earlier documents the term was salient in (a campaign's
 * candidates are rare words in general English and common ones in its coverage); the strongest
 * KEPT_TERMS, unit length.
 */
export function storyVector(salient: readonly [string, number][], frequency: (term: string) => number, documents: number): Map<string, number> {
  const weighted = salient.map(([term, weight]): [string, number] => [term, weight * (Math.log((documents + 1) / (frequency(term) + 1)) + 1)]);
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
 * Finds the story of a document being stored (inside its transaction, after its row), and
 * records it with the document's vector and terms and the story's extent.
 */
export async function assignStory(db: Db, input: StoryInput, words: StoryWords, settings: StorySettings): Promise<void> {
  const salient = salientTerms(input, words);
  const frequencies = new Map((await db.selectFrom('terms').select(['term', 'documents']).where('term', 'in', [DOCUMENT_COUNT, ...salient.map(([term]) => term)]).execute())
    .map((row) => [row.term, row.documents]));
  const weights = storyVector(salient, (term) => frequencies.get(term) ?? 0, frequencies.get(DOCUMENT_COUNT) ?? 0);
  const story = input.copyOf !== null ? await storyOf(db, input.copyOf) : await similarStory(db, input.day, weights, settings);
  const storyId = story ?? input.id;
  await db.updateTable('documents').set({ story: storyId, story_vector: JSON.stringify([...weights]) }).where('id', '=', input.id).execute();
  const kept = [...weights].map(([term, weight]) => ({ document_id: input.id, term, weight, day: input.day }));
  for (const rows of chunks(kept)) await db.insertInto('document_terms').values(rows).execute();
  await db.insertInto('terms').values([DOCUMENT_COUNT, ...salient.map(([term]) => term)].map((term) => ({ term, documents: 1 })))
    .onConflict((conflict) => conflict.column('term').doUpdateSet({ documents: sql`terms.documents + 1` }))
    .execute();
  await db.insertInto('stories')
    .values({ story: storyId, title: input.title, day_min: input.day, day_max: input.day, documents: 1 })
    .onConflict((conflict) => conflict.column('story').doUpdateSet({
      documents: sql`stories.documents + 1`,
      day_min: smaller(db, sql.ref('stories.day_min'), sql.ref('excluded.day_min')),
      day_max: larger(db, sql.ref('stories.day_max'), sql.ref('excluded.day_max')),
    }))
    .execute();
}

async function storyOf(db: Db, documentId: string): Promise<string | undefined> {
  return (await db.selectFrom('documents').select('story').where('id', '=', documentId).executeTakeFirst())?.story ?? undefined;
}

/** The story of the earlier document most like this one, within the window, if alike enough. */
async function similarStory(db: Db, day: string, weights: ReadonlyMap<string, number>, settings: StorySettings): Promise<string | undefined> {
  const probe = [...weights.keys()].slice(0, PROBE_TERMS);
  if (probe.length === 0) return undefined;
  const candidates = await db.selectFrom('document_terms')
    .select(['document_id', (eb) => eb.fn.sum<number>('weight').as('overlap')])
    .where('term', 'in', probe)
    .where('day', '>=', shiftDay(day, -settings.windowDays))
    .where('day', '<=', shiftDay(day, settings.windowDays))
    .groupBy('document_id')
    .orderBy('overlap', 'desc')
    .orderBy('document_id')
    .limit(CANDIDATES)
    .execute();
  if (candidates.length === 0) return undefined;
  const rows = await db.selectFrom('documents').select(['id', 'story', 'story_vector'])
    .where('id', 'in', candidates.map((candidate) => candidate.document_id)).orderBy('id').execute();
  let best: { story: string | null; similarity: number } | undefined;
  for (const row of rows) {
    const similarity = cosine(weights, new Map(JSON.parse(row.story_vector ?? '[]') as [string, number][]));
    if (best === undefined || similarity > best.similarity) best = { story: row.story, similarity };
  }
  return best !== undefined && best.similarity >= settings.similarity ? best.story ?? undefined : undefined;
}
