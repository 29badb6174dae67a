/**
 * Scratch PostgreSQL databases for tests and benchmarks: one created per use on a server (trust
 * auth or credentials in the URL), dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The machine's PostgreSQL, unless NEWSGRAPH_TEST_POSTGRES names another server (any database on it). */
export const POSTGRES_SERVER = process.env.NEWSGRAPH_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ScratchDatabase {
  /** The new database's URL. */
  readonly url: string;
  /** Drops it (ending any connection still open to it). */
  drop(): Promise<void>;
}

async function onServer<T>(server: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(prefix: string, server = POSTGRES_SERVER): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onServer(server, (client) => client.query(`create database ${name}`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(server, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
