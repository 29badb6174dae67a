/**
 * The corpus gold (test/fixtures/corpus-gold, rules in its ANNOTATION.md): which PolNeAR articles
 * tell the same story, and which reports in them are of the same real-world event. Articles are
 * named by file id (the file name without `.txt`); nothing of their text is stored but short
 * excerpts that locate an event report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
