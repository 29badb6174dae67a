/**
 * The corpus gold (test/fixtures/corpus-gold, rules in its ANNOTATION.md): which PolNeAR articles
 * tell the same story, and which reports in them are of the same real-world event. Articles are
 * named by file id (the file name without `.txt`); nothing of their text is stored: an event
 * report is found by an anchor that hashes a run of the reporting sentence's words
 * (scripts/lib/text-anchor.ts; scripts/anchor-corpus-gold.ts makes it from an annotator's excerpt).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Value from 'typebox/value';
import { TextAnchorSchema, type TextAnchor } from './text-anchor.js';

export const CORPUS_GOLD_DIR = 'test/fixtures/corpus-gold';

export interface GoldStory {
  readonly id: string;
  readonly label: string;
  readonly articles: readonly string[];
}

export interface StoryGold {
  readonly version: 1;
  /** Stories of two or more articles. */
  readonly stories: readonly GoldStory[];
  /** Articles that share their story with no other article of the set. */
  readonly singletons: readonly string[];
}

const STORY_ID = /^s-[a-z0-9-]+$/;

export function readStoryGold(dir = CORPUS_GOLD_DIR): StoryGold {
  return JSON.parse(readFileSync(join(dir, 'stories.json'), 'utf8')) as StoryGold;
}

/** The gold story of every article: a story's id, or the article's own id for a singleton. */
export function storyOfArticle(gold: StoryGold): Map<string, string> {
  const story = new Map<string, string>();
  for (const { id, articles } of gold.stories) for (const article of articles) story.set(article, id);
  for (const article of gold.singletons) story.set(article, article);
  return story;
}

/** What is wrong with a story gold's structure, one line per problem (empty when it is sound). */
export function storyGoldErrors(gold: StoryGold): string[] {
  const errors: string[] = [];
  if (gold.version !== 1) errors.push(`version ${String(gold.version)}, expected 1`);
  const storyIds = new Set<string>();
  const seen = new Set<string>();
  const place = (article: string, where: string) => {
    if (seen.has(article)) errors.push(`${article} appears more than once (again in ${where})`);
    seen.add(article);
  };
  for (const story of gold.stories) {
    if (!STORY_ID.test(story.id)) errors.push(`story id "${story.id}" is not s-<lowercase words>`);
    if (storyIds.has(story.id)) errors.push(`story id ${story.id} is used twice`);
    storyIds.add(story.id);
    if (story.label.trim() === '') errors.push(`${story.id} has no label`);
    if (story.articles.length < 2) errors.push(`${story.id} has ${story.articles.length} article(s); a story of one belongs among the singletons`);
    for (const article of story.articles) place(article, story.id);
  }
  for (const article of gold.singletons) place(article, 'singletons');
  return errors;
}

/** One report of a real-world event: the article, and the anchor of a run of words of the sentence that reports it. */
export interface GoldReport {
  readonly article: string;
  readonly anchor: TextAnchor;
}

export interface GoldEvent {
  readonly id: string;
  /** The day it happened (ISO), or the first day of it. */
  readonly date: string;
  readonly label: string;
  readonly reports: readonly GoldReport[];
}

/** Two events alike enough to be merged by mistake (two debates, two speeches of one day). */
export interface DistinctPair {
  readonly events: readonly [string, string];
  readonly why: string;
}

export interface EventGold {
  readonly version: 1;
  readonly events: readonly GoldEvent[];
  readonly distinct: readonly DistinctPair[];
}

/** The most words an annotator's excerpt may have: enough to find a sentence. */
export const MAX_EXCERPT_WORDS = 12;
const EVENT_ID = /^e-[a-z0-9-]+$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readEventGold(dir = CORPUS_GOLD_DIR): EventGold {
  return JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as EventGold;
}

/** What is wrong with an event gold's structure; `articles` are the article ids the story gold knows. */
export function eventGoldErrors(gold: EventGold, articles: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  if (gold.version !== 1) errors.push(`version ${String(gold.version)}, expected 1`);
  const ids = new Set<string>();
  const reports = new Set<string>();
  for (const event of gold.events) {
    if (!EVENT_ID.test(event.id)) errors.push(`event id "${event.id}" is not e-<lowercase words>`);
    if (ids.has(event.id)) errors.push(`event id ${event.id} is used twice`);
    ids.add(event.id);
    if (!ISO_DAY.test(event.date)) errors.push(`${event.id}: date "${event.date}" is not YYYY-MM-DD`);
    if (event.reports.length === 0) errors.push(`${event.id} has no report`);
    for (const report of event.reports) {
      const { article, anchor } = report;
      if (!articles.has(article)) errors.push(`${event.id}: ${article} is not in the story gold`);
      if ('excerpt' in report) errors.push(`${event.id}: the report in ${article} holds article text (an excerpt); \`npx tsx scripts/anchor-corpus-gold.ts\` turns it into an anchor`);
      if (!Value.Check(TextAnchorSchema, anchor)) {
        errors.push(`${event.id}: the report in ${article} has no well-formed anchor`);
        continue;
      }
      if (anchor.words > MAX_EXCERPT_WORDS) errors.push(`${event.id}: the anchor in ${article} spans ${anchor.words} words (at most ${MAX_EXCERPT_WORDS})`);
      const key = `${article}\u0000${anchor.sha256}`;
      if (reports.has(key)) errors.push(`${event.id}: the report ${anchor.sha256} in ${article} is listed twice`);
      reports.add(key);
    }
  }
  const pairs = new Set<string>();
  for (const { events: [a, b] } of gold.distinct) {
    for (const id of [a, b]) if (!ids.has(id)) errors.push(`distinct pair names unknown event ${id}`);
    if (a === b) errors.push(`distinct pair pairs ${a} with itself`);
    const key = [a, b].sort().join(' ');
    if (pairs.has(key)) errors.push(`distinct pair ${key} is listed twice`);
    pairs.add(key);
  }
  return errors;
}

/** Events reported in at least two different articles: the ones deduplication must merge. */
export function multiArticleEvents(gold: EventGold): GoldEvent[] {
  return gold.events.filter((event) => new Set(event.reports.map((report) => report.article)).size >= 2);
}
