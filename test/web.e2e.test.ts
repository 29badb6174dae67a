/**
 * The web app in a real browser: headless Chromium (playwright-core) against the real server on
 * a corpus of the project's fixture articles. Each view is reached by clicking, checked against
 * what the API says, and photographed into .scratch/screenshots/. The app is built afresh into a
 * temporary folder, so the test checks the sources as they are, not an older dist/web.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyze.js';
import type { Store } from '../src/corpus/store.js';
import type { AnalyzedDocument } from '../src/document/contract.js';
import { buildServer } from '../src/server/app.js';
import { CHROMIUM_PATH, launchBrowser, type Browser } from './lib/browser.js';
import { buildFixtureStore, INJECTED } from './lib/web-corpus.js';
import { tempDir } from './helpers.js';

const VITE = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const VITE_CONFIG = fileURLToPath(new URL('../web/vite.config.ts', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../.scratch/screenshots/', import.meta.url));
/** The article view and the timeline must be drawn within this, measured from the click (so with the driver's own delays). */
const RENDER_BUDGET_MS = 1_000;
const TOKEN = 'web-test-token';
const DAY_MS = 86_400_000;

function buildWebApp(outDir: string): void {
  const build = spawnSync(process.execPath, [VITE, 'build', '--config', VITE_CONFIG, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
}

describe('the web app in headless Chromium', () => {
  let store: Store;
  let server: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;
  const problems: string[] = [];

  /** What the API answers (the test's expectations come from the server, not from the page). */
  const api = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${base}/api/${path}`);
    expect(response.status, path).toBe(200);
    return response.json() as Promise<T>;
  };
  const screenshot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  /** Milliseconds from running `act` until `selector` is visible. */
  const timeUntilVisible = async (act: () => Promise<void>, selector: string): Promise<number> => {
    const started = performance.now();
    await act();
    await page.locator(selector).first().waitFor({ state: 'visible' });
    return performance.now() - started;
  };
  /** Waits for the address to hold `fragment` (parameters decoded: `+` is a space). */
  const waitForHash = (fragment: string) => page.waitForFunction((wanted) => decodeURIComponent(location.hash.replace(/\+/g, ' ')).includes(wanted), fragment);
  /** An element's text without the labels the article view puts after each mark. */
  const unlabelledText = (selector: string) => page.locator(selector).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.mark-label').forEach((label) => label.remove());
    return copy.textContent;
  });
  /** The text of every element the selector finds, labels left out, run together: a mention that nests others ("A and B", a group) is drawn in pieces. */
  const unlabelledTexts = (selector: string) => page.locator(selector).evaluateAll((elements) => elements.map((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.mark-label').forEach((label) => label.remove());
    return copy.textContent ?? '';
  }).join(''));
  const clickNav = (label: string) => page.locator('header.top nav a', { hasText: label }).click();

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install chromium, or set CHROMIUM_PATH`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    const dir = tempDir();
    const webRoot = join(dir, 'web');
    buildWebApp(webRoot);
    const analyzer = createAnalyzer();
    store = await buildFixtureStore(dir, analyzer);
    server = await buildServer({ store, webRoot, token: TOKEN, analyzer: () => analyzer });
    base = await server.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it('serves the app under a Content-Security-Policy that allows only its own scripts', async () => {
    const response = await page.goto(`${base}/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('.stats-line').waitFor();
    const stats = await api<{ documents: number; events: number }>('stats');
    expect(await page.locator('.stats-line').textContent()).toContain(`${stats.documents} articles`);
  });

  it('lists the latest articles page by page', async () => {
    const latest = await api<{ total: number; results: { id: string; title: string | null }[] }>('documents?limit=20&offset=20');
    await expect(page.locator('.hits .hit').count()).resolves.toBe(20);
    await page.getByRole('button', { name: 'Next →' }).click();
    await waitForHash('offset=20');
    await page.locator(`.hits a[href="#/article/${latest.results[0]!.id}"]`).waitFor();
    expect(await page.locator('.pager span').textContent()).toBe(`21–40 of ${latest.total}`);
  });

  it('searches, marks the matches in the snippets, and narrows by a facet', async () => {
    await page.locator('input[name=q]').fill('talks');
    await page.locator('input[name=q]').press('Enter');
    const found = await api<{ total: number; facets: { outlets: { value: string; count: number }[] } }>('search?q=talks&limit=20');
    await page.locator('.total').waitFor();
    expect(await page.locator('.total').textContent()).toBe(`${found.total} results`);
    const marks = await page.locator('.snippet mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toContain('talk');
    await screenshot('search');

    const outlet = found.facets.outlets[0]!;
    await page.locator('.facets button', { hasText: outlet.value }).click();
    await waitForHash(`outlet:"${outlet.value}"`);
    await expect(page.locator('input[name=q]').inputValue()).resolves.toBe(`talks outlet:"${outlet.value}"`);
    await page.locator('.total').waitFor();
    expect(await page.locator('.total').textContent()).toBe(`${outlet.count} ${outlet.count === 1 ? 'result' : 'results'}`);
    for (const meta of await page.locator('.hit .meta').allTextContents()) expect(meta).toContain(outlet.value);
  });

  it('opens an article within the budget, its mentions, quotes and triggers highlighted over the intact text', async () => {
    await page.locator('input[name=q]').fill('harbour patrols');
    await page.locator('input[name=q]').press('Enter');
    const hit = page.locator('.hit-title', { hasText: 'Coastal states agree to joint patrols' });
    const id = decodeURIComponent((await hit.getAttribute('href'))!.replace('#/article/', ''));
    const elapsed = await timeUntilVisible(() => hit.click(), '.annotated-text .mark-entity');
    await page.locator('.facts').waitFor();
    console.log(`article view rendered in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThanOrEqual(RENDER_BUDGET_MS);

    const { document: doc } = await api<{ document: AnalyzedDocument }>(`documents/${id}`);
    expect(await page.locator('h1').textContent()).toBe(doc.article.title);
    // The marks only wrap the text: without their labels, each paragraph reads as the article's.
    const count = doc.article.paragraphs.length;
    const paragraphs = await Promise.all(Array.from({ length: count }, (_, index) => unlabelledText(`.annotated-text p:nth-child(${index + 1})`)));
    expect(paragraphs).toEqual(doc.article.paragraphs.map(([start, end]) => doc.article.text.slice(start, end)));
    for (const entity of doc.entities) {
      const marked = await unlabelledTexts(`.mark-entity[data-fact="entity:${entity.id}"]`);
      for (const mention of entity.mentions) expect(marked).toContain(mention.text);
    }
    for (const quote of doc.quotes) await expect(page.locator(`.mark-quote[data-fact="quote:${quote.id}"]`).count()).resolves.toBeGreaterThan(0);
    for (const event of doc.events) {
      expect(await page.locator(`.mark-event[data-fact="event:${event.id}"]`).first().textContent()).toContain(event.trigger.text);
    }
    expect(await page.locator('.facts-event li').count()).toBe(doc.events.length);
    expect(await page.locator('.facts-commitment li').count()).toBe(doc.commitments.length);
    expect(await page.locator('.facts-stance li').count()).toBe(doc.stances.length);
  });

  it('shows a fact\'s evidence sentence, the rule that made it and that it was machine-extracted', async () => {
    const id = decodeURIComponent(await page.evaluate(() => location.hash.replace('#/article/', '')));
    const { document: doc } = await api<{ document: AnalyzedDocument }>(`documents/${id}`);
    const event = doc.events[0]!;
    await page.locator(`[data-fact-item="event:${event.id}"] .fact-title`).click();
    const evidence = page.locator(`[data-fact-item="event:${event.id}"] .evidence`);
    expect(await evidence.locator('blockquote').textContent()).toBe(doc.article.text.slice(event.evidence.start, event.evidence.end));
    const provenance = await evidence.locator('.provenance').textContent();
    expect(provenance).toContain('machine-extracted');
    expect(provenance).toContain(`rule ${event.rule}`);
    expect(provenance).toContain(`confidence ${event.confidence.toFixed(2)}`);
    expect((await page.locator('.annotated-text .mark-evidence').allTextContents()).join('')).toContain(event.trigger.text);

    // A mark in the text selects its fact too: a quote opens on its speaker and evidence.
    const quote = doc.quotes[0]!;
    await page.locator(`.mark-quote[data-fact="quote:${quote.id}"]`).first().click({ position: { x: 2, y: 2 } });
    expect(await page.locator(`[data-fact-item="quote:${quote.id}"] .evidence blockquote`).textContent()).toBe(doc.article.text.slice(quote.start, quote.end));
    await screenshot('article');
  });

  it('goes from an entity to its actor page: roles, quotes, events and the co-occurrence graph', async () => {
    const id = decodeURIComponent(await page.evaluate(() => location.hash.replace('#/article/', '')));
    const { document: doc } = await api<{ document: AnalyzedDocument }>(`documents/${id}`);
    type Profile = { actor: { name: string }; roles: unknown[]; quotes: unknown[]; events: { asSource: unknown[]; asTarget: unknown[] }; coOccurring: { key: string; name: string }[] };
    let chosen: { entityId: string; profile: Profile } | undefined;
    for (const entity of doc.entities) {
      if (entity.key === null) continue;
      const profile = await api<Profile>(`entities/${encodeURIComponent(entity.key)}`);
      if (profile.coOccurring.length > 0) {
        chosen = { entityId: entity.id, profile };
        break;
      }
    }
    expect(chosen, 'an actor of the article named with others').toBeDefined();
    const { entityId, profile } = chosen!;
    await page.locator(`[data-fact-item="entity:${entityId}"] a.actor-link`).click();
    await page.locator('.actor-view h1', { hasText: profile.actor.name }).waitFor();
    await expect(page.locator('svg.force-graph a.node').count()).resolves.toBe(profile.coOccurring.length + 1);
    if (profile.roles.length > 0) await expect(page.locator('.actor-grid table tbody tr').count()).resolves.toBe(profile.roles.length);
    await expect(page.locator('ul.quotes li').count()).resolves.toBe(profile.quotes.length);
    const tables = page.locator('.events-table');
    if (profile.events.asSource.length > 0) await expect(tables.first().locator('tbody tr').count()).resolves.toBe(profile.events.asSource.length);
    await screenshot('actor');

    const neighbour = profile.coOccurring[0]!;
    const neighbourProfile = await api<Profile>(`entities/${encodeURIComponent(neighbour.key)}`);
    await page.locator(`svg.force-graph a.node[href="#/actor/${encodeURIComponent(neighbour.key)}"]`).click();
    await page.locator('.actor-view h1', { hasText: neighbourProfile.actor.name }).waitFor();
  });

  it('draws the timeline within the budget: two bars a period, ranges as bars and single days as points', async () => {
    const elapsed = await timeUntilVisible(() => clickNav('Timeline'), '.period-bars rect.bar-events');
    await page.locator('.event-ranges .event-row').first().waitFor();
    console.log(`timeline rendered in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThanOrEqual(RENDER_BUDGET_MS);

    const { results: buckets } = await api<{ results: { period: string; reports: number; events: number }[] }>('timeline?by=month');
    await expect(page.locator('rect.bar-reports').count()).resolves.toBe(buckets.length);
    await expect(page.locator('rect.bar-events').count()).resolves.toBe(buckets.length);
    const busiest = buckets.reduce((a, b) => (b.reports > a.reports ? b : a));
    const titles = await page.locator('rect.bar-reports title').allTextContents();
    expect(titles).toContain(`${busiest.period}: ${busiest.reports} reports`);

    const { results: events } = await api<{ results: { timeStart: string | null; timeEnd: string | null }[] }>('events?limit=50');
    const isRange = (event: { timeStart: string | null; timeEnd: string | null }) =>
      event.timeStart !== null && event.timeEnd !== null && Date.parse(event.timeEnd.slice(0, 10)) - Date.parse(event.timeStart.slice(0, 10)) > DAY_MS;
    await expect(page.locator('.event-ranges .event-row').count()).resolves.toBe(events.length);
    await expect(page.locator('.event-ranges rect.range').count()).resolves.toBe(events.filter(isRange).length);
    await expect(page.locator('.event-ranges circle.point').count()).resolves.toBe(events.filter((event) => !isRange(event)).length);
    await screenshot('timeline');

    await page.locator('select[name=type]').selectOption('CONSULT');
    await page.getByRole('button', { name: 'Apply' }).click();
    await waitForHash('type=CONSULT');
    const consult = await api<{ results: unknown[] }>('timeline?type=CONSULT&by=month');
    await page.waitForFunction((count) => document.querySelectorAll('rect.bar-events').length === count, consult.results.length);
  });

  it('puts the places of events on the offline world map', async () => {
    await clickNav('Map');
    await page.locator('svg.world-map circle.place').first().waitFor();
    const { results: places } = await api<{ results: { place: string; events: number; reports: number }[] }>('events/places');
    // Natural Earth 1:110m has 177 countries.
    expect(await page.locator('svg.world-map .countries path').count()).toBeGreaterThan(170);
    await expect(page.locator('svg.world-map circle.place').count()).resolves.toBe(places.length);
    const top = places[0]!;
    expect(await page.locator('svg.world-map circle.place title').allTextContents()).toContain(`${top.place}: ${top.events} events, ${top.reports} reports`);
    await screenshot('map');
  });

  it('shows the commitments board by state', async () => {
    await clickNav('Commitments');
    await page.locator('.commitments-view .tabs').waitFor();
    type Commitment = { what: string; status: string | null; outcome: string | null; overdue: boolean };
    for (const state of ['open', 'all'] as const) {
      if (state === 'all') await page.locator('.tabs a', { hasText: 'All' }).click();
      await page.locator('.tabs a.active', { hasText: state === 'all' ? 'All' : 'Open' }).waitFor();
      const { results } = await api<{ results: Commitment[] }>(`commitments?state=${state}&limit=30`);
      expect(results.length).toBeGreaterThan(0);
      // The board of the other tab may hold as many cards: wait for this one's badges, in order.
      const badges = results.map((row) => `article: ${row.status}`);
      await page.waitForFunction((expected) => {
        const shown = Array.from(document.querySelectorAll('.cards .card .badge.status'), (badge) => badge.textContent);
        return document.querySelectorAll('.cards .card').length === expected.length && shown.join('|') === expected.join('|');
      }, badges);
      const first = page.locator('.cards .card').first();
      expect(await first.locator('.what').textContent()).toBe(results[0]!.what);
      expect(await first.textContent()).toContain('promised');
      // What the article states, apart from the follow-up badge.
      expect(await page.locator('.cards .card .badge.status').allTextContents()).toEqual(badges);
    }
    // Narrowed to one stated status (the one the first of all has), every card says it.
    const { results: [some] } = await api<{ results: Commitment[] }>('commitments?state=all&limit=1');
    await page.locator('.commitments-view select[name=status]').selectOption(some!.status!);
    const { results: stated } = await api<{ results: Commitment[] }>(`commitments?state=all&status=${some!.status}&limit=30`);
    await page.waitForFunction(([count, text, status]) => {
      const badges = Array.from(document.querySelectorAll('.cards .card .badge.status'));
      // The list says which status it was loaded for: until it does, the cards may be the unfiltered ones.
      return document.querySelector(`.cards[data-status="${status}"]`) !== null && document.querySelectorAll('.cards .card').length === count && badges.length === count && badges.every((badge) => badge.textContent === text);
    }, [stated.length, `article: ${some!.status}`, some!.status] as const);
    expect(await page.locator('.cards .card .badge.status').allTextContents()).toEqual(stated.map(() => `article: ${some!.status}`));
    await page.locator('.commitments-view select[name=status]').selectOption('');
    await screenshot('commitments');
  });

  it('lists stories, and shows one event with its reports and sources, the outlets side by side', async () => {
    await clickNav('Stories');
    const { total, results } = await api<{ total: number; results: { story: string; title: string | null }[] }>('stories?limit=30');
    await page.locator('.stories li').first().waitFor();
    await expect(page.locator('.stories li').count()).resolves.toBe(Math.min(30, total));
    await screenshot('stories');
    await page.locator('.stories a').first().click();
    await page.locator('.story-view h1', { hasText: results[0]!.title ?? 'Untitled story' }).waitFor();

    // The harbour talks: two outlets reported the visit.
    const harbour = (await api<{ results: { id: string }[] }>('search?q=harbour%20patrols')).results[0]!;
    const { story } = await api<{ story: string }>(`documents/${harbour.id}`);
    const detail = await api<{ events: { label: string; reports: number; sources: number; outlets: { publisher: string; documents: string[] }[] }[] }>(`stories/${story}`);
    const shared = detail.events.find((event) => event.sources > 1);
    expect(shared, 'an event of the story reported by two outlets').toBeDefined();
    await page.goto(`${base}/#/story/${story}`);
    const item = page.locator('.story-event', { hasText: `one event, ${shared!.reports} reports, ${shared!.sources} sources` });
    await item.waitFor();
    expect(await item.locator('.outlet h4').allTextContents()).toEqual(shared!.outlets.map((outlet) => outlet.publisher));
    for (const outlet of shared!.outlets) {
      for (const documentId of outlet.documents) await expect(item.locator(`.outlet a[href="#/article/${documentId}"]`).count()).resolves.toBe(1);
    }
    await expect(page.locator('.story-view .story-event').count()).resolves.toBe(detail.events.length);
    await screenshot('story');
  });

  it('shows markup in an article\'s title and text as text, and never runs it', async () => {
    await page.goto(`${base}/#/?q=pwned`);
    const hit = page.locator('.hit-title').first();
    await hit.waitFor();
    expect(await hit.textContent()).toBe(INJECTED.title);
    await hit.click();
    await page.locator('.annotated-text').waitFor();
    expect(await page.locator('.article-view h1').textContent()).toBe(INJECTED.title);
    const text = await unlabelledText('.annotated-text');
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(text).toContain('<script>window.__pwned=1</script>');
    await expect(page.locator('main img, main script').count()).resolves.toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await screenshot('injected-markup');
  });

  it('counts what was stored since a saved search was last opened', async () => {
    await page.goto(`${base}/#/?q=Reykjavik`);
    await page.getByRole('button', { name: 'Save search' }).click();
    const saved = page.locator('.saved-search', { hasText: 'Reykjavik' });
    await saved.locator('text=0 new').waitFor();

    const response = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ title: 'Catch limit talks resume', publisher: 'World Wire', text: 'Icelandic and Norwegian officials resumed talks on catch limits in Reykjavik on Monday, the Icelandic foreign ministry said.' }),
    });
    expect(response.status).toBe(201);
    await page.reload();
    await saved.locator('text=1 new').waitFor();
    await saved.locator('button.link').click();
    await saved.locator('text=0 new').waitFor();
    await page.locator('.hit-title', { hasText: 'Catch limit talks resume' }).waitFor();
    await screenshot('saved-searches');
  });

  it('ran without a script error or a Content-Security-Policy violation', () => {
    expect(problems).toEqual([]);
  });
});
