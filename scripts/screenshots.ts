/**
 * Screenshots of the web app's main views for the README (docs/screenshots/*.png): the built app
 * (npm run build:web) served by the real server, photographed by headless Chromium.
 *
 *   npm run screenshots                      # on the project's fixture articles, ingested afresh
 *   npm run screenshots -- --db newsgraph.db --query "ceasefire"
 *
 * What each view shows is picked from the corpus: the article with the most events, the most
 * documented actor, the story reported by the most outlets.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './lib/script-args.js';
import { createAnalyzer } from '../src/analyze.js';
import { openStore, type Store } from '../src/corpus/store.js';
import { buildServer } from '../src/server/app.js';
import { launchBrowser } from '../test/lib/browser.js';
import { buildFixtureStore } from '../test/lib/web-corpus.js';

const WEB_ROOT = fileURLToPath(new URL('../dist/web/', import.meta.url));
const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

const { values: options } = scriptArgs(import.meta.url, { options: { db: { type: 'string' }, query: { type: 'string', default: 'talks' } } });

if (!existsSync(join(WEB_ROOT, 'index.html'))) {
  console.error(`no built web app in ${WEB_ROOT}: run npm run build:web first`);
  process.exit(1);
}

let scratch: string | undefined;
let store: Store;
if (options.db !== undefined) {
  store = await openStore(options.db);
} else {
  scratch = mkdtempSync(join(tmpdir(), 'newsgraph-screenshots-'));
  console.log('ingesting the fixture articles…');
  store = await buildFixtureStore(scratch, createAnalyzer(), { markup: false });
}
const server = await buildServer({ store, webRoot: WEB_ROOT });
const base = await server.listen({ host: '127.0.0.1', port: 0 });
const api = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${base}/api/${path}`);
  if (!response.ok) throw new Error(`GET /api/${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<T>;
};

/** The article with the most event reports among the latest 200. */
async function busiestArticle(): Promise<string | undefined> {
  const { results } = await api<{ results: { documentId: string }[] }>('events?limit=200');
  const counts = new Map<string, number>();
  for (const event of results) counts.set(event.documentId, (counts.get(event.documentId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Of the latest 200 stories with the most outlets, the first with an event several outlets reported. */
async function widestStory(): Promise<string | undefined> {
  const { results } = await api<{ results: { story: string; sources: number; documents: number }[] }>('stories?limit=200');
  const widest = [...results].sort((a, b) => b.sources - a.sources || b.documents - a.documents).slice(0, 20);
  for (const { story } of widest) {
    const { events } = await api<{ events: { sources: number }[] }>(`stories/${encodeURIComponent(story)}`);
    if (events.some((event) => event.sources > 1)) return story;
  }
  return widest[0]?.story;
}

const browser = await launchBrowser({ width: 1280, height: 860 });
try {
  const page = await browser.context.newPage();
  mkdirSync(OUT, { recursive: true });
  const shoot = async (name: string, hash: string, ready: string, prepare?: () => Promise<void>) => {
    await page.goto(`${base}/${hash}`);
    await page.locator(ready).first().waitFor();
    await prepare?.();
    await page.screenshot({ path: join(OUT, `${name}.png`) });
    console.log(`docs/screenshots/${name}.png`);
  };

  await shoot('search', `#/?q=${encodeURIComponent(options.query)}`, '.hit');
  const article = await busiestArticle();
  if (article !== undefined) {
    await shoot('article', `#/article/${encodeURIComponent(article)}`, '.annotated-text .mark', async () => {
      await page.locator('.facts-event .fact-title').first().click();
    });
  }
  const [actor] = (await api<{ results: { key: string }[] }>('entities?limit=1')).results;
  if (actor !== undefined) await shoot('actor', `#/actor/${encodeURIComponent(actor.key)}`, '.actor-view h1');
  await shoot('timeline', '#/timeline', '.period-bars rect');
  await shoot('map', '#/map', 'svg.world-map .countries path');
  await shoot('commitments', '#/commitments?state=all', '.commitments-view .tabs');
  const story = await widestStory();
  if (story !== undefined) await shoot('story', `#/story/${encodeURIComponent(story)}`, '.story-view h1');
} finally {
  await browser.close();
  await server.close();
  await store.close();
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
}
