/**
 * The HTTP API against a real store of the project's own fixture articles, through Fastify's
 * inject() (no socket): every route, its filters and paging, its errors, and the OpenAPI document.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyze.js';
import { ingest } from '../src/corpus/ingest.js';
import { openStore, type Store } from '../src/corpus/store.js';
import type { AnalyzedDocument } from '../src/document/contract.js';
import { buildServer } from '../src/server/app.js';
import { fixtureRecords } from './fixture-corpus.js';
import { tempDir } from './helpers.js';

const OUTLETS = ['Harbour Herald', 'Coastal Wire', 'Evening Ledger'];
const TOKEN = 'test-token-0123456789';
let store: Store;
let storePath: string;
let app: FastifyInstance;

/** The JSON answer of a GET, failing the test on any status but 200. */
async function get<T>(url: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json<T>();
}

beforeAll(async () => {
  const dir = tempDir();
  const jsonl = join(dir, 'articles.jsonl');
  // The fixtures with an outlet each, so that stories and events have several sources.
  writeFileSync(jsonl, fixtureRecords().map((record, i) => JSON.stringify({ text: record.text, html: record.html, publishedAt: record.publishedAt, publisher: OUTLETS[i % OUTLETS.length] })).join('\n'));
  storePath = join(dir, 'corpus.db');
  store = await openStore(storePath);
  await ingest([jsonl], () => createAnalyzer(), store, { workers: 0 });
  app = await buildServer({ store, token: TOKEN, webRoot: join(dir, 'no-web-app') });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
});

describe('HTTP API', () => {
  it('counts the corpus', async () => {
    const stats = await get<Record<string, number>>('/api/stats');
    expect(stats).toEqual(await store.stats());
    expect(stats.documents).toBeGreaterThan(150);
  });

  it('searches with the corpus syntax, pages, counts, facets and "new since"', async () => {
    const all = await get<{ total: number; totalExact: boolean; results: { id: string; snippet: string; publisher: string }[]; facets: { outlets: { value: string; count: number }[] } }>('/api/search?q=minister&limit=5');
    expect(all.total).toBeGreaterThan(5);
    expect(all.totalExact).toBe(true);
    expect(all.results).toHaveLength(5);
    expect(all.results[0]!.snippet.toLowerCase()).toContain('[minister');
    expect(all.facets.outlets.map((facet) => facet.value).sort()).toEqual([...OUTLETS].sort());
    expect(all.facets.outlets.reduce((sum, facet) => sum + facet.count, 0)).toBe(all.total);
    const next = await get<{ results: { id: string }[] }>('/api/search?q=minister&limit=5&offset=5');
    expect(next.results.map((hit) => hit.id)).not.toContain(all.results[0]!.id);
    const outlet = await get<{ total: number; results: { publisher: string }[] }>(`/api/search?q=${encodeURIComponent(`minister outlet:"${OUTLETS[1]}"`)}&limit=50`);
    expect(outlet.results.every((hit) => hit.publisher === OUTLETS[1])).toBe(true);
    expect(outlet.total).toBe(all.facets.outlets.find((facet) => facet.value === OUTLETS[1])!.count);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await get<{ total: number }>(`/api/search?q=minister&since=${future}`)).total).toBe(0);
  });

  it('answers a query it cannot search, or a bad parameter, with 400 and a stable code', async () => {
    const unbalanced = await app.inject({ url: '/api/search?q=%22unclosed' });
    expect(unbalanced.statusCode).toBe(400);
    expect(unbalanced.json()).toMatchObject({ statusCode: 400, code: 'NG_QUERY_INVALID', message: expect.stringContaining('unbalanced') });
    const badLimit = await app.inject({ url: '/api/search?q=minister&limit=100000' });
    expect(badLimit.json()).toMatchObject({ statusCode: 400, code: 'NG_REQUEST_INVALID' });
    expect((await app.inject({ url: '/api/timeline?by=year' })).statusCode).toBe(400);
    const status = await app.inject({ url: '/api/events?status=occurred,happened' });
    expect(status.json()).toMatchObject({ statusCode: 400, code: 'NG_REQUEST_INVALID', message: expect.stringContaining('"happened"') });
  });

  it('lists documents and returns one whole, with 404 for an unknown id', async () => {
    const page = await get<{ total: number; results: { id: string; publishedAt: string | null }[] }>('/api/documents?limit=10');
    expect(page.total).toBe((await store.stats()).documents);
    const days = page.results.map((doc) => doc.publishedAt ?? '');
    expect(days).toEqual([...days].sort().reverse());
    const one = await get<{ document: AnalyzedDocument; copies: string[] }>(`/api/documents/${page.results[0]!.id}`);
    expect(one.document.id).toBe(page.results[0]!.id);
    expect(one.document.article.text.length).toBeGreaterThan(0);
    expect(one.document.entities.length).toBeGreaterThan(0);
    const missing = await app.inject({ url: '/api/documents/0000000000000000' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NG_NOT_FOUND' });
  });

  it('lists actors and profiles one by its key', async () => {
    const actors = await get<{ results: { key: string; name: string; documents: number }[] }>('/api/entities?limit=5');
    expect(actors.results).toHaveLength(5);
    expect(actors.results.map((actor) => actor.documents)).toEqual(actors.results.map((actor) => actor.documents).sort((a, b) => b - a));
    const top = actors.results[0]!;
    const profile = await get<{ actor: { key: string }; names: string[]; coOccurring: unknown[] }>(`/api/entities/${encodeURIComponent(top.key)}`);
    expect(profile.actor.key).toBe(top.key);
    expect(profile.names.length).toBeGreaterThan(0);
    expect(profile.coOccurring.length).toBeGreaterThan(0);
    const named = await get<{ results: { name: string }[] }>(`/api/entities?q=${encodeURIComponent(top.name.slice(0, 4).toLowerCase())}`);
    expect(named.results.map((actor) => actor.name)).toContain(top.name);
    expect((await app.inject({ url: '/api/entities/no%20such%20actor' })).statusCode).toBe(404);
  });

  it('lists quotes, events by filter, places and a timeline that agree with each other', async () => {
    const quotes = await get<{ results: { documentId: string; quoteId: string; text: string }[] }>('/api/quotes?limit=3');
    expect(quotes.results).toHaveLength(3);
    const events = await get<{ results: { plover: string; status: string; cluster: string }[] }>('/api/events?limit=200');
    expect(events.results.length).toBeGreaterThan(10);
    const type = events.results[0]!.plover;
    const ofType = await get<{ results: { plover: string; timeStart: string | null; publishedAt: string | null }[] }>(`/api/events?type=${type}&limit=200`);
    expect(ofType.results.every((event) => event.plover === type)).toBe(true);
    const timeline = await get<{ results: { period: string; reports: number; events: number }[] }>('/api/timeline?by=month');
    const reports = timeline.results.reduce((sum, bucket) => sum + bucket.reports, 0);
    // Every report the corpus can date (an undated article's events have no day to be counted on).
    const { eventReports } = await store.stats();
    expect(reports).toBeLessThanOrEqual(eventReports);
    expect(reports).toBeGreaterThan(0.9 * eventReports);
    expect(timeline.results.every((bucket) => bucket.events <= bucket.reports || bucket.reports === 0)).toBe(true);
    const typed = await get<{ results: { reports: number }[] }>(`/api/timeline?by=month&type=${type}`);
    const dated = ofType.results.filter((event) => event.timeStart !== null || event.publishedAt !== null);
    expect(typed.results.reduce((sum, bucket) => sum + bucket.reports, 0)).toBe(dated.length);
    const places = await get<{ results: { place: string; lat: number; lon: number; reports: number }[] }>('/api/events/places');
    expect(places.results.length).toBeGreaterThan(0);
    expect(places.results.every((place) => Math.abs(place.lat) <= 90 && Math.abs(place.lon) <= 180 && place.reports > 0)).toBe(true);
  });

  it('lists commitments by state and by stated status, and stances', async () => {
    const all = await get<{ results: { documentId: string; commitmentId: string; status: string | null; outcome: string | null; overdue: boolean }[] }>('/api/commitments?limit=200');
    expect(all.results.length).toBeGreaterThan(0);
    // Each row's status is the one its stored document states for that commitment.
    for (const row of all.results) {
      const doc = (await store.document(row.documentId))!.document;
      expect(row.status).toBe(doc.commitments.find((commitment) => commitment.id === row.commitmentId)!.status);
    }
    const promised = await get<{ results: { status: string }[] }>('/api/commitments?status=promised&limit=200');
    expect(promised.results.length).toBeGreaterThan(0);
    expect(promised.results.every((row) => row.status === 'promised')).toBe(true);
    expect(promised.results.length).toBe(all.results.filter((row) => row.status === 'promised').length);
    expect((await app.inject({ url: '/api/commitments?status=open' })).statusCode).toBe(400);
    const open = await get<{ results: { outcome: string | null }[] }>('/api/commitments?state=open&limit=200');
    expect(open.results.every((row) => row.outcome === null)).toBe(true);
    const overdue = await get<{ results: { overdue: boolean }[] }>('/api/commitments?state=overdue&limit=200');
    expect(overdue.results.every((row) => row.overdue)).toBe(true);
    expect((await app.inject({ url: '/api/commitments?state=late' })).statusCode).toBe(400);
    const stances = await get<{ results: { holders: string[]; polarity: string }[] }>('/api/stances?limit=5');
    expect(stances.results.length).toBeGreaterThan(0);
  });

  it('lists stories and shows one with each event\'s reports by outlet', async () => {
    const stories = await get<{ total: number; results: { story: string; documents: number }[] }>('/api/stories?limit=200');
    expect(stories.total).toBe((await store.stats()).stories);
    const biggest = [...stories.results].sort((a, b) => b.documents - a.documents)[0]!;
    const story = await get<{ articles: { id: string }[]; events: { reports: number; sources: number; outlets: { documents: string[] }[] }[] }>(`/api/stories/${biggest.story}`);
    expect(story.articles).toHaveLength(biggest.documents);
    for (const event of story.events) {
      expect(event.sources).toBe(event.outlets.length);
      expect(event.outlets.flatMap((outlet) => outlet.documents).every((id) => story.articles.some((article) => article.id === id))).toBe(true);
    }
    expect((await app.inject({ url: '/api/stories/none' })).statusCode).toBe(404);
  });

  it('adds a document only with the server\'s token', async () => {
    const body = { text: 'Lisbon, 2 March 2026. The Portuguese foreign minister met her Spanish counterpart in Lisbon on Monday to discuss fishing quotas.', publisher: 'Harbour Herald' };
    const without = await app.inject({ method: 'POST', url: '/api/documents', payload: body });
    expect(without.statusCode).toBe(401);
    expect(without.json()).toMatchObject({ code: 'NG_UNAUTHORIZED' });
    const added = await app.inject({ method: 'POST', url: '/api/documents', payload: body, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(added.statusCode).toBe(201);
    const { id, result } = added.json<{ id: string; result: string }>();
    expect(result).toBe('added');
    expect((await get<{ document: { article: { publisher: string } } }>(`/api/documents/${id}`)).document.article.publisher).toBe('Harbour Herald');
    const again = await app.inject({ method: 'POST', url: '/api/documents', payload: body, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(again.json()).toEqual({ id, result: 'duplicate' });
    const empty = await app.inject({ method: 'POST', url: '/api/documents', payload: { url: 'https://example.com/a' }, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(empty.json()).toMatchObject({ statusCode: 400, code: 'NG_REQUEST_INVALID' });
  });

  it('analyzes a POSTed article in a worker thread: other requests are answered meanwhile, and it stops at its deadline', async () => {
    // Analysed in the server's own thread, a long article held every request up until it was done, however long that took.
    const slow = await buildServer({ store, token: TOKEN, webRoot: join(tempDir(), 'none'), deadlineMs: 1500, cache: false });
    const text = Array.from({ length: 20_000 }, (_, i) => `Officials in Bergen said on day ${i} that the harbour would reopen.`).join(' ');
    let answered = false;
    const posted = slow.inject({ method: 'POST', url: '/api/documents', payload: { text }, headers: { authorization: `Bearer ${TOKEN}` } }).then((response) => {
      answered = true;
      return response;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await slow.inject({ url: '/api/stats' })).statusCode).toBe(200);
    expect(answered).toBe(false);
    const response = await posted;
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'NG_DEADLINE' });
    await slow.close();
  }, 60_000);

  it('answers a body it cannot read, or one over the size limit, with a catalogued code', async () => {
    // Fastify's own refusals came with its FST_* codes, which docs/errors.md does not list.
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const notJson = await app.inject({ method: 'POST', url: '/api/documents', payload: '{"text": "cut off', headers });
    expect(notJson.json()).toMatchObject({ statusCode: 400, code: 'NG_REQUEST_INVALID' });
    const gzipped = await app.inject({ method: 'POST', url: '/api/documents', payload: gzipSync('{"text": "x"}'), headers: { ...headers, 'content-encoding': 'gzip' } });
    expect(gzipped.json()).toMatchObject({ code: 'NG_REQUEST_INVALID' });
    const huge = await app.inject({ method: 'POST', url: '/api/documents', payload: JSON.stringify({ text: 'word '.repeat(2_200_000) }), headers });
    expect(huge.json()).toMatchObject({ statusCode: 413, code: 'NG_INPUT_TOO_LARGE' });
    const xml = await app.inject({ method: 'POST', url: '/api/documents', payload: '<text/>', headers: { ...headers, 'content-type': 'application/xml' } });
    expect(xml.json()).toMatchObject({ statusCode: 415, code: 'NG_REQUEST_INVALID' });
  });

  it('refuses to add documents when it has no token', async () => {
    const closed = await buildServer({ store, webRoot: join(tempDir(), 'none') });
    const response = await closed.inject({ method: 'POST', url: '/api/documents', payload: { text: 'Anything at all.' }, headers: { authorization: 'Bearer guess' } });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'NG_INGEST_DISABLED' });
    await closed.close();
  });

  it('publishes an OpenAPI document with every route and its parameters', async () => {
    const spec = await get<{ openapi: string; paths: Record<string, Record<string, { parameters?: { name: string }[] }>> }>('/api/openapi.json');
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths).sort()).toEqual([
      '/api/commitments', '/api/documents', '/api/documents/{id}', '/api/entities', '/api/entities/{key}', '/api/events', '/api/events/places',
      '/api/quotes', '/api/search', '/api/stances', '/api/stats', '/api/stories', '/api/stories/{story}', '/api/timeline',
    ]);
    expect(spec.paths['/api/search']!.get!.parameters!.map((parameter) => parameter.name).sort()).toEqual(['limit', 'offset', 'q', 'since']);
    expect(spec.paths['/api/commitments']!.get!.parameters!.map((parameter) => parameter.name).sort()).toEqual(['limit', 'offset', 'state', 'status']);
    // The stated status and the follow-up are both in the answer's schema, each with its own values.
    type Properties = Record<string, { anyOf?: { enum?: string[] }[] }>;
    const commitments = spec.paths['/api/commitments']!.get as unknown as { responses: { 200: { content: { 'application/json': { schema: { properties: { results: { items: { properties: Properties } } } } } } } } };
    const properties = commitments.responses[200].content['application/json'].schema.properties.results.items.properties;
    expect(properties.status!.anyOf!.flatMap((option) => option.enum ?? [])).toEqual(['promised', 'conditional', 'withdrawn', 'kept', 'broken', null]);
    expect(properties.outcome).toBeDefined();
  });

  it('sends a Content-Security-Policy and no-sniff on every answer, and 404 with a code for unknown routes', async () => {
    const response = await app.inject({ url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NG_NOT_FOUND' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers a repeated GET from its cache until the corpus changes, whoever changes it', async () => {
    const first = await app.inject({ url: '/api/search?q=patrols' });
    const again = await app.inject({ url: '/api/search?q=patrols' });
    expect([first.headers['x-cache'], again.headers['x-cache']]).toEqual(['miss', 'hit']);
    expect(again.body).toBe(first.body);
    expect(again.headers['content-type']).toContain('application/json');
    expect(again.headers['content-security-policy']).toContain("script-src 'self'");
    // A write through the API.
    const text = 'Oslo, 3 March 2026. Norway and Iceland agreed on Tuesday to joint patrols of the fishing grounds, officials said.';
    await app.inject({ method: 'POST', url: '/api/documents', payload: { text }, headers: { authorization: `Bearer ${TOKEN}` } });
    const after = await app.inject({ url: '/api/search?q=patrols' });
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.json<{ total: number }>().total).toBe(first.json<{ total: number }>().total + 1);
    // A write by another process (another connection to the same file), as an ingest beside the server makes.
    const other = await openStore(storePath);
    await other.addDocument(createAnalyzer().analyze({ text: 'Reykjavik, 4 March 2026. Iceland sent two more patrols to the fishing grounds on Wednesday.' }) as AnalyzedDocument);
    await other.close();
    const later = await app.inject({ url: '/api/search?q=patrols' });
    expect(later.headers['x-cache']).toBe('miss');
    expect(later.json<{ total: number }>().total).toBe(first.json<{ total: number }>().total + 2);
  });

  it('limits the request rate per client', async () => {
    const limited = await buildServer({ store, webRoot: join(tempDir(), 'none'), rateLimit: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await limited.inject({ url: '/api/stats' })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect((await limited.inject({ url: '/api/stats' })).json()).toMatchObject({ statusCode: 429, code: 'NG_RATE_LIMITED' });
    await limited.close();
  });
});
