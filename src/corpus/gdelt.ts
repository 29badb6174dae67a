/**
 * The corpus's events as GDELT 2.0 event records (the 61 tab-separated columns of GDELT's event
 * table, no header): one row per real-world event, so NumMentions, NumSources and NumArticles
 * count its reports, outlets and articles, where GDELT repeats an event once per report. Columns
 * newsgraph has nothing for stay empty: actor ethnicity and religion, AvgTone, actor locations,
 * and the FIPS country and ADM codes of places (places carry coordinates and ISO countries, not
 * FIPS codes). Actor codes are the actor's ISO 3166 alpha-3 country followed by its CAMEO sector
 * (USAGOV), as CAMEO actor codes are.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CorpusDatabase } from './schema.js';
import { nullsAsSqlite } from './dialect.js';

export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

function actorColumns(prefix: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((name) => `${prefix}${name}`);
}

function geoColumns(prefix: string): string[] {
  return ['_Type', '_FullName', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map((name) => `${prefix}${name}`);
}

/** GDELT's geographic resolutions. */
const GEO_TYPE = { country: 1, usState: 2, usCity: 3, worldCity: 4, worldState: 5 } as const;

interface Actor {
  readonly name: string;
  readonly country: string | null;
  readonly sector: string | null;
}

/** A stable numeric id for a cluster (GDELT's ids are integers): 52 bits of its hash, exact in a double. */
function numericId(cluster: string): string {
  return String(Number.parseInt(createHash('sha256').update(cluster).digest('hex').slice(0, 13), 16));
}

function actorFields(actor: Actor | undefined): string[] {
  if (actor === undefined) return Array(10).fill('');
  const code = `${actor.country ?? ''}${actor.sector ?? ''}`;
  return [code, actor.name.toUpperCase(), actor.country ?? '', '', '', '', '', actor.sector ?? '', '', ''];
}

function geoFields(place: { name: string; lat: number; lon: number; kind: string; country: string | null } | null): string[] {
  if (place === null) return Array(8).fill('');
  const us = place.country === 'USA';
  const type = place.kind === 'country' ? GEO_TYPE.country : place.kind === 'region' ? (us ? GEO_TYPE.usState : GEO_TYPE.worldState) : us ? GEO_TYPE.usCity : GEO_TYPE.worldCity;
  return [String(type), place.name, '', '', '', String(place.lat), String(place.lon), ''];
}

function fractionDate(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const dayOfYear = (date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000 + 1;
  return (date.getUTCFullYear() + dayOfYear / 365).toFixed(4);
}

/** Each real-world event of the corpus as a GDELT 2.0 row (61 fields), a page of clusters at a time. */
export async function* gdeltRows(db: Kysely<CorpusDatabase>, batch = 500): AsyncGenerator<string[]> {
  for (let offset = 0; ; offset += batch) {
    const clusters = await db.selectFrom('event_clusters').select(['cluster', 'day_min']).orderBy('day_min').orderBy('cluster').limit(batch).offset(offset).execute();
    if (clusters.length === 0) return;
    const reports = await db.selectFrom('events').innerJoin('documents', 'documents.id', 'events.document_id')
      .select(['events.cluster', 'events.document_id', 'events.event_id', 'events.cameo', 'events.quad_class', 'events.goldstein', 'events.source_actors', 'events.target_actors',
        'events.place', 'events.lat', 'events.lon', 'events.place_kind', 'events.place_country', 'events.day',
        'documents.publisher', 'documents.url', 'documents.source_uri', 'documents.ingested_at'])
      .where('events.cluster', 'in', clusters.map((cluster) => cluster.cluster))
      .orderBy('events.day', nullsAsSqlite(db, 'asc')).orderBy('events.document_id').orderBy('events.event_id')
      .execute();
    const actorKeys = new Set(reports.flatMap((report) => [...JSON.parse(report.source_actors) as string[], ...JSON.parse(report.target_actors) as string[]]));
    const actors = new Map<string, Actor>();
    const keys = [...actorKeys].filter((key) => !key.includes('#'));
    for (let i = 0; i < keys.length; i += batch) {
      for (const row of await db.selectFrom('actors').select(['key', 'name', 'country', 'sector']).where('key', 'in', keys.slice(i, i + batch)).execute()) actors.set(row.key, row);
    }
    for (const { cluster, day_min: day } of clusters) {
      const ofCluster = reports.filter((report) => report.cluster === cluster);
      const first = ofCluster[0];
      if (first === undefined) continue;
      // The event as its first report (by day, then article) tells it, with the first actors any report names.
      const firstActor = (side: 'source_actors' | 'target_actors') => ofCluster.flatMap((report) => JSON.parse(report[side]) as string[]).map((key) => actors.get(key)).find((actor) => actor !== undefined);
      const located = ofCluster.find((report) => report.lat !== null);
      const sqlDate = day.replaceAll('-', '');
      yield [
        numericId(cluster), sqlDate, sqlDate.slice(0, 6), sqlDate.slice(0, 4), fractionDate(day),
        ...actorFields(firstActor('source_actors')), ...actorFields(firstActor('target_actors')),
        '0', first.cameo, first.cameo.slice(0, 3), first.cameo.slice(0, 2), String(first.quad_class), String(first.goldstein),
        String(ofCluster.length), String(new Set(ofCluster.map((report) => report.publisher ?? report.source_uri)).size), String(new Set(ofCluster.map((report) => report.document_id)).size), '',
        ...geoFields(null), ...geoFields(null),
        ...geoFields(located === undefined ? null : { name: located.place!, lat: located.lat!, lon: located.lon!, kind: located.place_kind!, country: located.place_country }),
        first.ingested_at.replace(/\D/g, '').slice(0, 14), first.url ?? first.source_uri,
      ];
    }
  }
}
