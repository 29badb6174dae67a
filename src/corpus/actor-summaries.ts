/**
 * An actor's names and roles, counted as its articles are stored and taken back when an article's
 * facts are replaced: what `entity` and the actor page show, read as a few rows instead of every
 * entity row of a much-reported actor (tens of thousands in a large corpus).
 */
import { sql, type Transaction } from 'kysely';
import type { ActorNameTable, ActorRoleTable, CorpusDatabase, EntityTable } from './schema.js';
import { smaller } from './dialect.js';
import { chunks, inKeyOrder } from './batches.js';

type Trx = Transaction<CorpusDatabase>;
/** An entity row as stored (Insertable: the columns that may be left out are optional). */
interface EntityRow {
  readonly actor_key?: EntityTable['actor_key'] | undefined;
  readonly name: string;
  readonly roles: string;
  readonly day?: EntityTable['day'] | undefined;
}

function namesOf(entities: readonly EntityRow[]): Map<string, ActorNameTable> {
  const names = new Map<string, ActorNameTable>();
  for (const entity of entities) {
    if (entity.actor_key == null) continue;
    const key = `${entity.actor_key}\u0000${entity.name}`;
    const row = names.get(key) ?? { actor_key: entity.actor_key, name: entity.name, mentions: 0 };
    row.mentions++;
    names.set(key, row);
  }
  return names;
}

function rolesOf(entities: readonly EntityRow[]): Map<string, ActorRoleTable> {
  const roles = new Map<string, ActorRoleTable>();
  for (const entity of entities) {
    if (entity.actor_key == null) continue;
    for (const role of JSON.parse(entity.roles) as { title: string; country: string | null }[]) {
      const row = { actor_key: entity.actor_key, title_key: role.title.toLowerCase(), country: role.country ?? '', title: role.title, first_seen: entity.day ?? null, documents: 1 };
      const key = `${row.actor_key}\u0000${row.title_key}\u0000${row.country}`;
      const known = roles.get(key);
      if (known === undefined) roles.set(key, row);
      else known.documents++;
    }
  }
  return roles;
}

/** Adds a stored article's entities to its actors' names and roles (one statement per table: each row's key is unique in it; in key order). */
export async function addActorSummaries(trx: Trx, entities: readonly EntityRow[]): Promise<void> {
  for (const rows of chunks(inKeyOrder(namesOf(entities).values(), (row) => `${row.actor_key}\u0000${row.name}`))) {
    await trx.insertInto('actor_names').values(rows)
      .onConflict((conflict) => conflict.columns(['actor_key', 'name']).doUpdateSet({ mentions: sql`actor_names.mentions + excluded.mentions` })).execute();
  }
  for (const rows of chunks(inKeyOrder(rolesOf(entities).values(), (row) => `${row.actor_key}\u0000${row.title_key}\u0000${row.country}`))) {
    await trx.insertInto('actor_roles').values(rows)
      .onConflict((conflict) => conflict.columns(['actor_key', 'title_key', 'country']).doUpdateSet({
        documents: sql`actor_roles.documents + excluded.documents`,
        title: smaller(trx, sql.ref('actor_roles.title'), sql.ref('excluded.title')),
        first_seen: sql`coalesce(${smaller(trx, sql.ref('actor_roles.first_seen'), sql.ref('excluded.first_seen'))}, actor_roles.first_seen, excluded.first_seen)`,
      })).execute();
  }
}

/** Takes an article's entities back out of its actors' names and roles (a role's first sighting stays). */
export async function removeActorSummaries(trx: Trx, entities: readonly EntityRow[]): Promise<void> {
  // Each row by its key: the rows that reach zero go, without a look at every actor's.
  for (const row of namesOf(entities).values()) {
    await trx.updateTable('actor_names').set({ mentions: sql`mentions - ${row.mentions}` }).where('actor_key', '=', row.actor_key).where('name', '=', row.name).execute();
    await trx.deleteFrom('actor_names').where('actor_key', '=', row.actor_key).where('name', '=', row.name).where('mentions', '<=', 0).execute();
  }
  for (const row of rolesOf(entities).values()) {
    await trx.updateTable('actor_roles').set({ documents: sql`documents - ${row.documents}` })
      .where('actor_key', '=', row.actor_key).where('title_key', '=', row.title_key).where('country', '=', row.country).execute();
    await trx.deleteFrom('actor_roles').where('actor_key', '=', row.actor_key).where('title_key', '=', row.title_key).where('country', '=', row.country)
      .where('documents', '<=', 0).execute();
  }
}
