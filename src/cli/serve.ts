/** `newsgraph serve`: the corpus over HTTP (src/server/app.ts) until Ctrl-C or SIGTERM. */
import { parseArgs } from 'node:util';
import { DEFAULT_DB, existingStore } from './corpus.js';
import { positiveInteger, UsageError, type Io } from './io.js';

export const SERVE_USAGE = `  newsgraph serve [--db PATH] [--port 8080] [--host 127.0.0.1] [--token TOKEN] [--rate-limit N] [--no-cache] [--log]
                  [--deadline-ms N]                    the JSON API (/api, described at /api/openapi.json)
                                                       and the web app (/) in a browser; POST /api/documents
                                                       analyzes in a worker thread, NG_DEADLINE past N ms (30000)`;

const DEFAULT_PORT = 8080;
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export async function serveCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, token: { type: 'string' }, 'rate-limit': { type: 'string' }, 'no-cache': { type: 'boolean' }, log: { type: 'boolean' }, 'deadline-ms': { type: 'string' } },
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port needs a port number (0-65535), got "${values.port}"`);
  const host = values.host ?? '127.0.0.1';
  const token = values.token ?? process.env.NEWSGRAPH_TOKEN;
  if (token !== undefined && token.length < 16) throw new UsageError('--token (or NEWSGRAPH_TOKEN) needs at least 16 characters');
  const rateLimit = positiveInteger(values['rate-limit'], '--rate-limit');
  const deadlineMs = positiveInteger(values['deadline-ms'], '--deadline-ms');
  const path = values.db ?? DEFAULT_DB;
  const store = await existingStore(path);
  const { buildServer } = await import('../server/app.js');
  const app = await buildServer({ store, ...(token === undefined ? {} : { token }), ...(rateLimit === undefined ? {} : { rateLimit }), ...(deadlineMs === undefined ? {} : { deadlineMs }), logger: values.log === true, cache: values['no-cache'] !== true });
  const address = await app.listen({ host, port });
  io.stderr.write(`newsgraph: serving ${path} at ${address} (API at ${address}/api, described at ${address}/api/openapi.json)${token === undefined ? '' : '; POST /api/documents is on'}\n`);
  if (!LOOPBACK.has(host)) io.stderr.write(`newsgraph: listening on ${host}, reachable from other machines: the API has no login for reading\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await app.close();
  await store.close();
  return 0;
}
