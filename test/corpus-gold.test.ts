import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoryGold, storyGoldErrors, storyOfArticle, type StoryGold } from '../scripts/lib/corpus-gold.js';
import { DEFAULT_POLNEAR_DIR } from '../scripts/lib/polnear.js';

const TEXT_DIR = join(DEFAULT_POLNEAR_DIR, 'text');
const stories = readStoryGold();

describe('story gold structure', () => {
  it('is sound', () => {
    expect(storyGoldErrors(stories)).toEqual([]);
  });

  it('gives every article one story', () => {
    const story = storyOfArticle(stories);
    const placed = stories.stories.reduce((sum, s) => sum + s.articles.length, 0) + stories.singletons.length;
    expect(story.size).toBe(placed);
  });

  it.each<[string, StoryGold, RegExp]>([
    ['an article placed twice', { version: 1, stories: [{ id: 's-a', label: 'a', articles: ['x', 'y'] }], singletons: ['x'] }, /x appears more than once/],
    ['a story of one article', { version: 1, stories: [{ id: 's-a', label: 'a', articles: ['x'] }], singletons: [] }, /has 1 article/],
    ['a reused story id', { version: 1, stories: [{ id: 's-a', label: 'a', articles: ['x', 'y'] }, { id: 's-a', label: 'b', articles: ['z', 'w'] }], singletons: [] }, /used twice/],
    ['a malformed id', { version: 1, stories: [{ id: 'Story 1', label: 'a', articles: ['x', 'y'] }], singletons: [] }, /not s-/],
  ])('reports %s', (_, gold, message) => {
    expect(storyGoldErrors(gold).join('\n')).toMatch(message);
  });
});

describe.skipIf(!existsSync(TEXT_DIR))('story gold against the PolNeAR folder', () => {
  it('labels exactly the articles of the folder', () => {
    const folder = readdirSync(TEXT_DIR).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4)).sort();
    expect([...storyOfArticle(stories).keys()].sort()).toEqual(folder);
  });
});
