/**
 * The API under load: `newsgraph serve` started on a store (as a user runs it, in its own
 * process), then autocannon's concurrent clients asking GET /api/search with every kind of query
 * the syntax has and the names of the corpus's most reported actors, in turn; the latest articles
 * (GET /api/documents, an index read) under the same load are the peer. Twice: with the server's answer cache off (every search read from the
 * store) and on (as `serve` runs by default: a repeated search is sent from memory). Then every
 * route the web app's views read, one client at a time, cache off: what each view costs.
 *
 *   npm run bench:server -- --db PATH [--connections 50] [--seconds 20]
 *   (the store: e.g. the one `npm run bench:corpus-scale -- --db PATH` fills with 100,000 articles)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { scriptArgs } from '../scripts/lib/script-args.js';
import autocannon from 'autocannon';
import { openStore } from '../src/corpus/store.js';
import { percentiles, SEARCH_QUERIES } from './lib/latency.js';

/** Requests per route when timing each route alone. */
const ROUTE_REPEATS = 10;

const { values } = scriptArgs(import.meta.url, { options: { db: { type: 'string' }, connections: { type: 'string', default: '50' }, seconds: { type: 'string', default: '20' } } });
if (values.db === undefined || !existsSync(values.db)) {
  console.error('bench:server needs --db PATH, an existing store');
  process.exit(2);
}
const db = values.db;
const connections = Number(values.connections);
const seconds = Number(values.seconds);

// The queries: the syntax's kinds, and the most reported actors by name (as a reader starts).
const store = await openStore(db);
const actors = await store.actors({ limit: 40 });
await store.close();
const queries = [...SEARCH_QUERIES, ...actors.map((actor) => `"${actor.name}"`)];
const searchPaths = queries.map((query) => `/api/search?q=${encodeURIComponent(query)}&limit=20`);

interface Server {
  readonly address: string;
  readonly process: ChildProcess;
}

/** `newsgraph serve` from source (tsx), so the bench measures the code as it is, built or not. */
async function startServer(extra: string[]): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'serve', '--db', db, '--port', '0', '--rate-limit', '100000000', ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.setEncoding('utf8');
  for await (const chunk of child.stderr!) {
    const address = /at (http:\/\/[^\s]+) /.exec(String(chunk))?.[1];
    if (address !== undefined) return { address, process: child };
  }
  throw new Error('the server did not start');
}

async function stopServer(server: Server): Promise<void> {
  server.process.kill('SIGTERM');
  await once(server.process, 'exit');
}

async function load(server: Server, paths: string[]): Promise<autocannon.Result> {
  const result = await autocannon({ url: server.address, connections, duration: seconds, requests: paths.map((path) => ({ method: 'GET', path })) });
  // A request unanswered after autocannon's 10 s counts as an error (a timeout), and is reported as one.
  if (result.non2xx > 0) throw new Error(`${result.non2xx} answers were not 2xx`);
  return result;
}

/** Every search asked twice by a few clients: the server's statements and SQLite's page cache warm, as in use. */
async function warm(server: Server): Promise<void> {
  await autocannon({ url: server.address, connections: 4, amount: searchPaths.length * 2, requests: searchPaths.map((path) => ({ method: 'GET', path })) });
}

/** Each route the web app's views read, as a view first asks it (the first page, or the top actor's). */
function routePaths(topActor: string, firstDocument: string, firstStory: string): [string, string][] {
  const actor = encodeURIComponent(topActor);
  return [
    ['documents (home)', '/api/documents?limit=20'],
    ['document (article view)', `/api/documents/${firstDocument}`],
    ['entities', '/api/entities?limit=20'],
    ['entity (actor page)', `/api/entities/${actor}`],
    ['quotes', '/api/quotes?limit=20'],
    ['events', '/api/events?limit=50'],
    ['events of an actor', `/api/events?actor=${actor}&limit=50`],
    ['places (map)', '/api/events/places'],
    ['timeline by month', '/api/timeline?by=month'],
    ['timeline of an actor by week', `/api/timeline?actor=${actor}&by=week`],
    ['commitments, overdue', '/api/commitments?state=overdue&limit=50'],
    ['stances', '/api/stances?limit=50'],
    ['stories', '/api/stories?limit=20'],
    ['story', `/api/stories/${firstStory}`],
    ['stats', '/api/stats'],
  ];
}

async function routeLatencies(server: Server): Promise<string[]> {
  const json = async <T>(path: string) => (await fetch(`${server.address}${path}`)).json() as Promise<T>;
  const firstDocument = (await json<{ results: { id: string }[] }>('/api/documents?limit=1')).results[0]!.id;
  const firstStory = (await json<{ results: { story: string }[] }>('/api/stories?limit=1')).results[0]!.story;
  const lines: string[] = [];
  for (const [name, path] of routePaths(actors[0]!.key, firstDocument, firstStory)) {
    const times: number[] = [];
    for (let i = 0; i < ROUTE_REPEATS; i++) {
      const start = performance.now();
      const response = await fetch(`${server.address}${path}`);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      times.push(performance.now() - start);
    }
    lines.push(`| ${name} | \`${path.replace(/\|/g, '\\|')}\` | ${percentiles(times)} |`);
  }
  return lines;
}

const uncachedServer = await startServer(['--no-cache']);
await warm(uncachedServer);
const uncached = await load(uncachedServer, searchPaths);
const uncachedPeer = await load(uncachedServer, ['/api/documents?limit=20']);
const routes = await routeLatencies(uncachedServer);
await stopServer(uncachedServer);

const cachedServer = await startServer([]);
await warm(cachedServer);
const cached = await load(cachedServer, searchPaths);
await stopServer(cachedServer);

const row = (name: string, result: autocannon.Result) =>
  `| ${name} | ${result.latency.p50} | ${result.latency.p97_5} | ${result.latency.p99} | ${result.latency.max} | ${result.requests.average.toFixed(0)} | ${result.timeouts} |`;
console.log(`${connections} concurrent clients for ${seconds} s each, ${queries.length} different searches in turn; the server in its own process\n`);
console.log('| requests | p50 ms | p97.5 ms | p99 ms | max ms | requests/s | timed out (10 s) |');
console.log('|---|---|---|---|---|---|---|');
console.log(row('GET /api/search, answer cache off', uncached));
console.log(row('GET /api/documents (the latest 20), answer cache off (peer)', uncachedPeer));
console.log(row('GET /api/search, answer cache on (the default)', cached));
console.log(`\nEvery route the views read, one client, ${ROUTE_REPEATS} requests each, answer cache off:\n`);
console.log('| view | request | latency |');
console.log('|---|---|---|');
for (const line of routes) console.log(line);
