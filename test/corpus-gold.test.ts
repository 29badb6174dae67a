import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  eventGoldErrors, multiArticleEvents, readEventGold, readStoryGold, storyGoldErrors, storyOfArticle, type EventGold, type GoldReport, type StoryGold,
} from '../scripts/lib/corpus-gold.js';
import { DEFAULT_POLNEAR_DIR } from '../scripts/lib/polnear.js';
import { anchorOf, findAnchor } from '../scripts/lib/text-anchor.js';

const TEXT_DIR = join(DEFAULT_POLNEAR_DIR, 'text');
const stories = readStoryGold();
const events = readEventGold();
const storyArticles = new Set(storyOfArticle(stories).keys());

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

describe('event gold structure', () => {
  it('is sound and names only articles of the story gold', () => {
    expect(eventGoldErrors(events, storyArticles)).toEqual([]);
  });

  it('holds at least 40 events reported in two or more articles, and pairs of look-alikes', () => {
    expect(multiArticleEvents(events).length).toBeGreaterThanOrEqual(40);
    expect(events.distinct.length).toBeGreaterThan(0);
  });

  const event = (id: string, words: string, article = 'a') => ({ id, date: '2016-01-01', label: id, reports: [{ article, anchor: anchorOf(words, [0, words.length]) }] });
  it.each<[string, EventGold, RegExp]>([
    ['an anchor over too many words', { version: 1, events: [event('e-x', 'one two three four five six seven eight nine ten eleven twelve thirteen')], distinct: [] }, /spans 13 words/],
    ['a report that keeps article text', { version: 1, events: [{ ...event('e-x', 'met'), reports: [{ ...event('e-x', 'met').reports[0]!, excerpt: 'met' } as GoldReport] }], distinct: [] }, /holds article text/],
    ['a report without an anchor', { version: 1, events: [{ ...event('e-x', 'met'), reports: [{ article: 'a' } as GoldReport] }], distinct: [] }, /no well-formed anchor/],
    ['an unknown article', { version: 1, events: [event('e-x', 'met', 'b')], distinct: [] }, /b is not in the story gold/],
    ['a bad date', { version: 1, events: [{ ...event('e-x', 'met'), date: 'March 2016' }], distinct: [] }, /not YYYY-MM-DD/],
    ['a pair with an unknown event', { version: 1, events: [event('e-x', 'met')], distinct: [{ events: ['e-x', 'e-y'], why: '' }] }, /unknown event e-y/],
    ['a report listed twice', { version: 1, events: [event('e-x', 'met'), event('e-y', 'met')], distinct: [] }, /listed twice/],
  ])('reports %s', (_, gold, message) => {
    expect(eventGoldErrors(gold, new Set(['a'])).join('\n')).toMatch(message);
  });
});

describe.skipIf(!existsSync(TEXT_DIR))('corpus gold against the PolNeAR folder', () => {
  it('labels exactly the articles of the folder', () => {
    const folder = readdirSync(TEXT_DIR).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4)).sort();
    expect([...storyArticles].sort()).toEqual(folder);
  });

  it('finds every report\'s anchored words in its article', () => {
    const missing = events.events.flatMap((e) => e.reports)
      .filter(({ article, anchor }) => findAnchor(readFileSync(join(TEXT_DIR, `${article}.txt`), 'utf8'), anchor).length === 0);
    expect(missing).toEqual([]);
  });
});
