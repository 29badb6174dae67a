/**
 * The corpus schema as Kysely migrations, applied in order when a store opens. Add a migration
 * for every change; never edit one that has shipped (stores on disk have already run it).
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { columnTypes, dialectOf } from './dialect.js';

/**
 * Whether a migration may find rows to carry over (backfill). PostgreSQL stores began at the
 * schema of 0006: one runs every migration in a row on empty tables, so the backfills, written in
 * SQLite's SQL (json_each, group_concat), never run there. A migration after 0006 that moves data
 * must do it in both dialects.
 */
function hasStoredData(db: Kysely<unknown>): boolean {
  return dialectOf(db) === 'sqlite';
}

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    const t = columnTypes(db);
    await db.schema.createTable('documents')
      .addColumn('id', t.text, (column) => column.primaryKey())
      .addColumn('source_uri', t.text, (column) => column.notNull())
      .addColumn('url', t.text)
      .addColumn('title', t.text)
      .addColumn('publisher', t.text)
      .addColumn('published_at', t.text)
      .addColumn('language', t.text)
      .addColumn('analyzer_version', t.text, (column) => column.notNull())
      .addColumn('schema_version', t.text, (column) => column.notNull())
      .addColumn('analyzer_data', t.text)
      .addColumn('ingested_at', t.text, (column) => column.notNull())
      .addColumn('record', t.text, (column) => column.notNull())
      .execute();
    await db.schema.createIndex('documents_published_at').on('documents').column('published_at').execute();

    await db.schema.createTable('actors')
      .addColumn('key', t.text, (column) => column.primaryKey())
      .addColumn('name', t.text, (column) => column.notNull())
      .addColumn('type', t.text, (column) => column.notNull())
      .addColumn('country', t.text)
      .addColumn('sector', t.text)
      .addColumn('documents', 'integer', (column) => column.notNull())
      .addColumn('first_seen', t.text)
      .addColumn('last_seen', t.text)
      .execute();
    await db.schema.createIndex('actors_name').on('actors').column('name').execute();

    const perDocument = (table: string, idColumn: string) =>
      db.schema.createTable(table)
        .addColumn('document_id', t.text, (column) => column.notNull().references('documents.id').onDelete('cascade'))
        .addColumn(idColumn, 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint(`${table}_pk`, ['document_id', idColumn] as never);

    await perDocument('entities', 'entity_id')
      .addColumn('actor_key', t.text)
      .addColumn('name', t.text, (column) => column.notNull())
      .addColumn('type', t.text, (column) => column.notNull())
      .addColumn('country', t.text)
      .addColumn('sector', t.text)
      .addColumn('salience', t.real, (column) => column.notNull())
      .addColumn('mentions', 'integer', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('entities_actor_key').on('entities').column('actor_key').execute();

    await perDocument('quotes', 'quote_id')
      .addColumn('kind', t.text, (column) => column.notNull())
      .addColumn('text', t.text, (column) => column.notNull())
      .addColumn('speaker_name', t.text)
      .addColumn('speaker_actor', t.text)
      .addColumn('start', 'integer', (column) => column.notNull())
      .addColumn('end', 'integer', (column) => column.notNull())
      .addColumn('confidence', t.real, (column) => column.notNull())
      .execute();
    await db.schema.createIndex('quotes_speaker_actor').on('quotes').column('speaker_actor').execute();

    await perDocument('events', 'event_id')
      .addColumn('cameo', t.text, (column) => column.notNull())
      .addColumn('plover', t.text, (column) => column.notNull())
      .addColumn('label', t.text, (column) => column.notNull())
      .addColumn('quad_class', 'integer', (column) => column.notNull())
      .addColumn('goldstein', t.real, (column) => column.notNull())
      .addColumn('status', t.text, (column) => column.notNull())
      .addColumn('trigger', t.text, (column) => column.notNull())
      .addColumn('source_actors', t.text, (column) => column.notNull())
      .addColumn('target_actors', t.text, (column) => column.notNull())
      .addColumn('place', t.text)
      .addColumn('time_start', t.text)
      .addColumn('time_end', t.text)
      .addColumn('confidence', t.real, (column) => column.notNull())
      .addColumn('rule', t.text, (column) => column.notNull())
      .addColumn('day', t.text)
      .addColumn('cluster', t.text, (column) => column.notNull())
      .execute();
    await db.schema.createIndex('events_time_start').on('events').column('time_start').execute();
    await db.schema.createIndex('events_plover_day').on('events').columns(['plover', 'day']).execute();
    await db.schema.createIndex('events_cluster').on('events').column('cluster').execute();

    // Each real-world event (a cluster of reports) with what its reports say, so that a new
    // report is matched against events, not against every earlier report.
    await db.schema.createTable('event_clusters')
      .addColumn('cluster', t.text, (column) => column.primaryKey())
      .addColumn('plover', t.text, (column) => column.notNull())
      .addColumn('day_min', t.text, (column) => column.notNull())
      .addColumn('day_max', t.text, (column) => column.notNull())
      .addColumn('places', t.text, (column) => column.notNull())
      .addColumn('reports', 'integer', (column) => column.notNull())
      .execute();
    await db.schema.createTable('cluster_actors')
      .addColumn('cluster', t.text, (column) => column.notNull().references('event_clusters.cluster').onDelete('cascade'))
      .addColumn('actor', t.text, (column) => column.notNull())
      .addColumn('side', t.text, (column) => column.notNull())
      .addPrimaryKeyConstraint('cluster_actors_pk', ['cluster', 'actor', 'side'] as never)
      .execute();
    await db.schema.createIndex('cluster_actors_actor').on('cluster_actors').columns(['actor', 'side']).execute();

    // Who took part in each event, one row per actor and side: what `entity` and `timeline --actor` look up.
    await db.schema.createTable('event_actors')
      .addColumn('document_id', t.text, (column) => column.notNull())
      .addColumn('event_id', t.text, (column) => column.notNull())
      .addColumn('actor', t.text, (column) => column.notNull())
      .addColumn('side', t.text, (column) => column.notNull())
      .addForeignKeyConstraint('event_actors_event', ['document_id', 'event_id'] as never, 'events', ['document_id', 'event_id'] as never, (constraint) => constraint.onDelete('cascade'))
      .execute();
    await db.schema.createIndex('event_actors_actor').on('event_actors').column('actor').execute();

    await perDocument('commitments', 'commitment_id')
      .addColumn('actors', t.text, (column) => column.notNull())
      .addColumn('beneficiaries', t.text, (column) => column.notNull())
      .addColumn('what', t.text, (column) => column.notNull())
      .addColumn('due_start', t.text)
      .addColumn('due_end', t.text)
      .addColumn('event_id', t.text)
      .execute();

    // The stances page lists the latest stored first by SQLite's implicit rowid; PostgreSQL has none, so it gets one.
    const stances = perDocument('stances', 'stance_id');
    await (dialectOf(db) === 'postgres' ? stances.addColumn('rowid', 'bigint', (column) => column.generatedAlwaysAsIdentity().unique()) : stances)
      .addColumn('holders', t.text, (column) => column.notNull())
      .addColumn('issue', t.text, (column) => column.notNull())
      .addColumn('polarity', t.text, (column) => column.notNull())
      .addColumn('changed', 'integer', (column) => column.notNull())
      .execute();

    await db.schema.createTable('failures')
      .addColumn('source_uri', t.text, (column) => column.primaryKey())
      .addColumn('code', t.text, (column) => column.notNull())
      .addColumn('message', t.text, (column) => column.notNull())
      .addColumn('failed_at', t.text, (column) => column.notNull())
      .execute();

    // Every URL a crawl has met, by its canonical form: what makes a repeated run fetch only what is new.
    await db.schema.createTable('seen_urls')
      .addColumn('url', t.text, (column) => column.primaryKey())
      .addColumn('status', t.text, (column) => column.notNull())
      .addColumn('document_id', t.text)
      .addColumn('etag', t.text)
      .addColumn('last_modified', t.text)
      .addColumn('fetched_at', t.text, (column) => column.notNull())
      .execute();

    // Full-text search: SQLite's FTS5; in PostgreSQL a table whose tsvector column is computed
    // from the title and text, with a GIN index. Its rowid column numbers rows in storing order
    // as FTS5's does, so that search reads (and pages) the same way on both (src/corpus/dialect.ts).
    if (dialectOf(db) === 'postgres') {
      await sql`create table document_search (
        rowid bigint generated always as identity primary key,
        document_id text collate "C" not null,
        title text,
        text text not null,
        search tsvector generated always as (to_tsvector('simple', coalesce(title, '') || ' ' || text)) stored)`.execute(db);
      await sql`create index document_search_search on document_search using gin (search)`.execute(db);
    } else {
      await sql`create virtual table document_search using fts5(document_id unindexed, title, text, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
    }
  },
};

/** Across articles: copies, stories, promises followed up, events on a map. */
const acrossArticles: Migration = {
  async up(db: Kysely<unknown>) {
    const t = columnTypes(db);
    await db.schema.alterTable('documents').addColumn('simhash', t.text).execute();
    await db.schema.alterTable('documents').addColumn('copy_of', t.text).execute();
    await db.schema.alterTable('documents').addColumn('story', t.text).execute();
    await db.schema.alterTable('documents').addColumn('story_vector', t.text).execute();
    await db.schema.createIndex('documents_story').on('documents').column('story').execute();

    // The SimHash bands of each document: near-duplicates share one, and the index finds them.
    await db.schema.createTable('document_bands')
      .addColumn('band', 'integer', (column) => column.notNull())
      .addColumn('value', 'integer', (column) => column.notNull())
      .addColumn('document_id', t.text, (column) => column.notNull().references('documents.id').onDelete('cascade'))
      .execute();
    await db.schema.createIndex('document_bands_value').on('document_bands').columns(['band', 'value']).execute();

    // Each document's strongest terms (see src/corpus/stories.ts): what finds its story's earlier articles.
    await db.schema.createTable('document_terms')
      .addColumn('document_id', t.text, (column) => column.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('term', t.text, (column) => column.notNull())
      .addColumn('weight', t.real, (column) => column.notNull())
      .addColumn('day', t.text, (column) => column.notNull())
      .execute();
    await db.schema.createIndex('document_terms_term_day').on('document_terms').columns(['term', 'day']).execute();
    await db.schema.createIndex('document_terms_document').on('document_terms').column('document_id').execute();
    // In how many documents each term is salient: the corpus's own document frequencies.
    await db.schema.createTable('terms')
      .addColumn('term', t.text, (column) => column.primaryKey())
      .addColumn('documents', 'integer', (column) => column.notNull())
      .execute();
    await db.schema.createTable('stories')
      .addColumn('story', t.text, (column) => column.primaryKey())
      .addColumn('title', t.text)
      .addColumn('day_min', t.text, (column) => column.notNull())
      .addColumn('day_max', t.text, (column) => column.notNull())
      .addColumn('documents', 'integer', (column) => column.notNull())
      .execute();

    // A promise followed up: the later event that kept or broke it.
    await db.schema.alterTable('commitments').addColumn('outcome', t.text).execute();
    await db.schema.alterTable('commitments').addColumn('outcome_document', t.text).execute();
    await db.schema.alterTable('commitments').addColumn('outcome_event', t.text).execute();
    await db.schema.alterTable('commitments').addColumn('kept_by', t.text).execute();
    await db.schema.alterTable('commitments').addColumn('day', t.text).execute();
    await db.schema.createTable('commitment_actors')
      .addColumn('document_id', t.text, (column) => column.notNull())
      .addColumn('commitment_id', t.text, (column) => column.notNull())
      .addColumn('actor', t.text, (column) => column.notNull())
      .addForeignKeyConstraint('commitment_actors_commitment', ['document_id', 'commitment_id'] as never, 'commitments', ['document_id', 'commitment_id'] as never, (constraint) => constraint.onDelete('cascade'))
      .execute();
    await db.schema.createIndex('commitment_actors_commitment').on('commitment_actors').columns(['document_id', 'commitment_id', 'actor']).execute();
    // The promises still open, by day: what each new article's events are checked against.
    await db.schema.createIndex('commitments_open').on('commitments').column('day')
      .where(sql.ref('outcome'), 'is', null).where(sql.ref('kept_by'), 'is not', null).execute();

    // What `entity` and `timeline` read, without going through every record or every event.
    await db.schema.alterTable('entities').addColumn('roles', t.text, (column) => column.notNull().defaultTo('[]')).execute();
    await db.schema.alterTable('entities').addColumn('day', t.text).execute();
    await db.schema.alterTable('event_actors').addColumn('day', t.text).execute();
    await db.schema.createIndex('event_actors_actor_side_day').on('event_actors').columns(['actor', 'side', 'day']).execute();
    await db.schema.createIndex('events_day').on('events').columns(['day', 'cluster']).execute();
    await db.schema.createIndex('event_clusters_day_min').on('event_clusters').column('day_min').execute();
    await db.schema.createIndex('entities_actor_day').on('entities').columns(['actor_key', 'day']).execute();
    // `entity NAME` looks names up in any case.
    await db.schema.createIndex('entities_lower_name').on('entities').expression(sql`lower(name)`).execute();
    await db.schema.createIndex('actors_lower_name').on('actors').expression(sql`lower(name)`).execute();
    await db.schema.alterTable('quotes').addColumn('day', t.text).execute();
    await db.schema.createIndex('quotes_speaker_day').on('quotes').columns(['speaker_actor', 'day']).execute();
    await db.schema.createIndex('quotes_day').on('quotes').column('day').execute();
    // Indexes the ones above make redundant (a prefix of theirs) or nothing reads: every index is
    // one more page each article's commit writes, and as the store grows that is its cost.
    for (const index of ['entities_actor_key', 'quotes_speaker_actor', 'event_actors_actor', 'events_time_start']) await db.schema.dropIndex(index).execute();

    // Where each event happened on a map (src/corpus/places.ts).
    await db.schema.alterTable('events').addColumn('lat', t.real).execute();
    await db.schema.alterTable('events').addColumn('lon', t.real).execute();
    await db.schema.alterTable('events').addColumn('place_kind', t.text).execute();
    await db.schema.alterTable('events').addColumn('place_country', t.text).execute();
  },
};

/**
 * What search filters, ranks and counts facets by, one compact row per full-text row (the same
 * rowid): a search reads these instead of the documents table, whose rows (the whole record) are
 * large and, on a big corpus, mostly on disk.
 */
const searchFields: Migration = {
  async up(db: Kysely<unknown>) {
    const t = columnTypes(db);
    await db.schema.createTable('search_fields')
      .addColumn('row', 'integer', (column) => column.primaryKey())
      .addColumn('document_id', t.text, (column) => column.notNull().unique())
      .addColumn('publisher', t.text)
      .addColumn('published_at', t.text)
      .addColumn('language', t.text)
      .addColumn('ingested_at', t.text, (column) => column.notNull())
      // The document's PLOVER event categories as ",ACCUSE,CONSULT,": a facet and a filter without the events table.
      .addColumn('types', t.text, (column) => column.notNull().defaultTo(','))
      .execute();
    await db.schema.createIndex('search_fields_published_at').on('search_fields').column('published_at').execute();
    if (!hasStoredData(db)) return;
    await sql`insert into search_fields (row, document_id, publisher, published_at, language, ingested_at, types)
      select document_search.rowid, documents.id, documents.publisher, documents.published_at, documents.language, documents.ingested_at,
        coalesce((select ',' || group_concat(plover, ',') || ',' from (select distinct plover from events where events.document_id = documents.id order by plover)), ',')
      from document_search join documents on documents.id = document_search.document_id`.execute(db);
  },
};

/** Indexes for what the server's views read, each so that a view reads its page and not the corpus. */
const readIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    // An actor's events newest first, on either side (the API's events of an actor) or on one (its
    // profile, by a side filter): this serves what the index on actor, side and day served.
    await db.schema.createIndex('event_actors_actor_day').on('event_actors').columns(['actor', 'day']).execute();
    await db.schema.dropIndex('event_actors_actor_side_day').execute();
    // An actor's articles newest first from the index alone (search's actor: filter, an actor's company).
    await db.schema.createIndex('entities_actor_day_document').on('entities').columns(['actor_key', 'day', 'document_id']).execute();
    await db.schema.dropIndex('entities_actor_day').execute();
    // A document's copies (the article view lists them, stats counts them): the few copies, not a scan of every document.
    await db.schema.createIndex('documents_copy_of').on('documents').column('copy_of').where(sql.ref('copy_of'), 'is not', null).execute();
    // The map: events counted by place from the index alone, over the events that have a place.
    await db.schema.createIndex('events_place').on('events').columns(['lat', 'lon', 'cluster', 'place', 'place_kind', 'place_country'])
      .where(sql.ref('lat'), 'is not', null).execute();
  },
};

/**
 * An actor's names and roles counted as articles arrive (src/corpus/actor-summaries.ts), so that
 * its profile reads a few rows, not every entity row of a much-reported actor.
 */
const actorSummaries: Migration = {
  async up(db: Kysely<unknown>) {
    const t = columnTypes(db);
    await db.schema.createTable('actor_names')
      .addColumn('actor_key', t.text, (column) => column.notNull())
      .addColumn('name', t.text, (column) => column.notNull())
      .addColumn('mentions', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('actor_names_pk', ['actor_key', 'name'] as never)
      .execute();
    await db.schema.createTable('actor_roles')
      .addColumn('actor_key', t.text, (column) => column.notNull())
      // Titles are counted in any case ("Prime Minister", "prime minister"); '' for no country.
      .addColumn('title_key', t.text, (column) => column.notNull())
      .addColumn('country', t.text, (column) => column.notNull())
      .addColumn('title', t.text, (column) => column.notNull())
      .addColumn('first_seen', t.text)
      .addColumn('documents', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('actor_roles_pk', ['actor_key', 'title_key', 'country'] as never)
      .execute();
    // `entity NAME` finds actors by any name articles gave them, in any case.
    await db.schema.createIndex('actor_names_lower_name').on('actor_names').expression(sql`lower(name)`).execute();
    // What it replaces: the names looked up on every entity row.
    await db.schema.dropIndex('entities_lower_name').execute();
    if (!hasStoredData(db)) return;
    await sql`insert into actor_names (actor_key, name, mentions)
      select actor_key, name, count(*) from entities where actor_key is not null group by actor_key, name`.execute(db);
    await sql`insert into actor_roles (actor_key, title_key, country, title, first_seen, documents)
      select entities.actor_key, lower(json_extract(role.value, '$.title')), coalesce(json_extract(role.value, '$.country'), ''),
        min(json_extract(role.value, '$.title')), min(entities.day), count(*)
      from entities, json_each(entities.roles) as role
      where entities.actor_key is not null and entities.roles != '[]'
      group by entities.actor_key, lower(json_extract(role.value, '$.title')), coalesce(json_extract(role.value, '$.country'), '')`.execute(db);
  },
};

/** Event reports per day, in all and per actor, counted as articles are stored (src/corpus/report-days.ts), and an actor's events by their first day: the timeline's bars. */
const reportDays: Migration = {
  async up(db: Kysely<unknown>) {
    const t = columnTypes(db);
    await db.schema.createTable('report_days')
      .addColumn('day', t.text, (column) => column.primaryKey())
      .addColumn('reports', 'integer', (column) => column.notNull())
      .execute();
    await db.schema.createTable('actor_report_days')
      .addColumn('actor', t.text, (column) => column.notNull())
      .addColumn('day', t.text, (column) => column.notNull())
      .addColumn('reports', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('actor_report_days_pk', ['actor', 'day'] as never)
      .execute();
    // Real-world events per actor and day from the actor's own rows: the cluster's first day kept beside its actors.
    await db.schema.alterTable('cluster_actors').addColumn('day_min', t.text).execute();
    if (hasStoredData(db)) await sql`update cluster_actors set day_min = (select day_min from event_clusters where event_clusters.cluster = cluster_actors.cluster)`.execute(db);
    await db.schema.createIndex('cluster_actors_actor_day').on('cluster_actors').columns(['actor', 'day_min', 'cluster']).execute();
    await db.schema.dropIndex('cluster_actors_actor').execute();
    if (!hasStoredData(db)) return;
    await sql`insert into report_days (day, reports) select day, count(*) from events where day is not null group by day`.execute(db);
    await sql`insert into actor_report_days (actor, day, reports)
      select actor, day, count(distinct document_id || '#' || event_id) from event_actors where day is not null group by actor, day`.execute(db);
  },
};

/**
 * When each host may next be fetched, shared by every process that crawls into the store (the
 * workers of a queue, on any machine): one request per interval per host across all of them.
 */
const hostTurns: Migration = {
  async up(db: Kysely<unknown>) {
    const t = columnTypes(db);
    await db.schema.createTable('host_turns')
      .addColumn('host', t.text, (column) => column.primaryKey())
      // Milliseconds since 1970 (the fetching process's clock).
      .addColumn('next_at', 'bigint', (column) => column.notNull())
      .execute();
  },
};

/**
 * What the article says became of each commitment (promised, conditional, withdrawn, kept,
 * broken). Rows stored before it have none: their documents were analyzed without it.
 */
const commitmentStatus: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('commitments').addColumn('status', columnTypes(db).text).execute();
  },
};

/** Every migration, by name; names sort in the order they apply. */
export const migrations: MigrationProvider = {
  getMigrations: async () => ({ '0001-initial': initial, '0002-across-articles': acrossArticles, '0003-search-fields': searchFields, '0004-read-indexes': readIndexes, '0005-actor-summaries': actorSummaries, '0006-report-days': reportDays, '0007-host-turns': hostTurns, '0008-commitment-status': commitmentStatus }),
};
