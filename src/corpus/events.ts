/**
 * One real-world event, many reports: an event an article reports joins the cluster of an event
 * another article reported when both have the same PLOVER category, share a source actor (by
 * its cross-article key), do not name different targets, happened within EVENT_WINDOW_DAYS of
 * each other, and do not name different places. Counts of events are counts of clusters, not of
 * reports (GDELT's best-known flaw is counting each report as an event).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Insertable } from 'kysely';
import { shiftDay } from './days.js';
import type { CorpusDatabase, EventActorTable, EventTable } from './schema.js';
import { chunks } from './batches.js';

/** How far apart two reports' days may be and still be one event (dates in news are approximate). */
export const EVENT_WINDOW_DAYS = 3;


/** Actor refs that name an actor across articles (keys), not one article's unkeyed entity. */
const keyed = (refs: readonly string[]) => refs.filter((ref) => !ref.includes('#'));

/** A real-world event as its reports so far describe it. */
interface KnownCluster {
  readonly plover: string;
  dayMin: string;
  dayMax: string;
  readonly sources: Set<string>;
  readonly targets: Set<string>;
  readonly places: Set<string>;
  reports: number;
  /** Made by an earlier event of the article being stored (a tie goes to it). */
  readonly sameDocument: boolean;
  /** Reports of this article joined it: it must be written back. */
  changed: boolean;
  /** Its first day as stored, for a stored event (null for a new one): its actors' rows follow a change. */
  readonly storedDayMin: string | null;
}

type Db = Kysely<CorpusDatabase> | Transaction<CorpusDatabase>;

/** The most stored events an article's events are compared with. */
const MAX_STORED_CANDIDATES = 2_000;

/**
 * Sets `cluster` on each new event row to the real-world event it reports, when an earlier
 * report (stored, or earlier in the same article) was of it, and records the events in
 * event_clusters and cluster_actors. An event's actors and places are those of all its
 * reports: a report without a target may join "Norway met Iceland", but "Norway met Denmark"
 * may not. Among several, the best has the most shared actors, then the nearest day, then is in
 * the same article. The candidates are read in one query per article and written back in one.
 */
export async function assignClusters(db: Db, events: Insertable<EventTable>[], actors: readonly Insertable<EventActorTable>[]): Promise<void> {
  const sidesOf = (eventId: string, side: 'source' | 'target') => keyed(actors.filter((actor) => actor.event_id === eventId && actor.side === side).map((actor) => actor.actor));
  const known = await storedClusters(db, events.filter((event) => event.day != null), (event) => sidesOf(event.event_id, 'source'));
  for (const event of events) {
    const sources = sidesOf(event.event_id, 'source');
    const targets = sidesOf(event.event_id, 'target');
    const day = event.day ?? null;
    if (sources.length > 0 && day !== null) {
      const best = bestCluster(known, event.plover, day, sources, targets, event.place ?? null);
      if (best !== undefined) event.cluster = best;
    }
    const entry = known.get(event.cluster) ?? { plover: event.plover, dayMin: day ?? '', dayMax: day ?? '', sources: new Set<string>(), targets: new Set<string>(), places: new Set<string>(), reports: 0, sameDocument: true, changed: true, storedDayMin: null };
    for (const actor of sources) entry.sources.add(actor);
    for (const actor of targets) entry.targets.add(actor);
    if (event.place != null) entry.places.add(event.place);
    if (day !== null && (entry.dayMin === '' || day < entry.dayMin)) entry.dayMin = day;
    if (day !== null && day > entry.dayMax) entry.dayMax = day;
    entry.reports++;
    entry.changed = true;
    known.set(event.cluster, entry);
  }
  await writeClusters(db, known);
}

/** Stored events the article's events may be reports of: their categories, within the window of their days, with a shared source actor. */
async function storedClusters(db: Db, events: readonly Insertable<EventTable>[], sourcesOf: (event: Insertable<EventTable>) => string[]): Promise<Map<string, KnownCluster>> {
  const known = new Map<string, KnownCluster>();
  const sources = [...new Set(events.flatMap(sourcesOf))];
  if (sources.length === 0) return known;
  const days = [...new Set(events.map((event) => event.day!))].sort();
  // Reports by these source actors within the window of one of these days (through the index on
  // event_actors' actor, side and day): what is looked at stays the same as the corpus grows.
  const rows = await db.selectFrom('event_clusters')
    .selectAll()
    .where('plover', 'in', [...new Set(events.map((event) => event.plover))])
    .where('cluster', 'in', (eb) => eb.selectFrom('event_actors')
      .innerJoin('events', (join) => join.onRef('events.document_id', '=', 'event_actors.document_id').onRef('events.event_id', '=', 'event_actors.event_id'))
      .select('events.cluster')
      .where('event_actors.side', '=', 'source')
      .where('event_actors.actor', 'in', sources)
      .where((inner) => inner.or(days.map((day) => inner.and([
        inner('event_actors.day', '>=', shiftDay(day, -EVENT_WINDOW_DAYS)),
        inner('event_actors.day', '<=', shiftDay(day, EVENT_WINDOW_DAYS)),
      ])))))
    .limit(MAX_STORED_CANDIDATES)
    .execute();
  if (rows.length === 0) return known;
  for (const row of rows) {
    known.set(row.cluster, {
      plover: row.plover, dayMin: row.day_min, dayMax: row.day_max, sources: new Set(), targets: new Set(),
      places: new Set(JSON.parse(row.places) as string[]), reports: row.reports, sameDocument: false, changed: false, storedDayMin: row.day_min,
    });
  }
  const sides = await db.selectFrom('cluster_actors').select(['cluster', 'actor', 'side']).where('cluster', 'in', [...known.keys()]).execute();
  for (const { cluster, actor, side } of sides) (side === 'source' ? known.get(cluster)!.sources : known.get(cluster)!.targets).add(actor);
  return known;
}

function bestCluster(known: ReadonlyMap<string, KnownCluster>, plover: string, day: string, sources: readonly string[], targets: readonly string[], place: string | null): string | undefined {
  const at = Date.parse(day);
  const window = Date.parse(shiftDay(day, EVENT_WINDOW_DAYS)) - at;
  let best: { cluster: string; shared: number; distance: number; sameDocument: boolean } | undefined;
  for (const [cluster, sides] of known) {
    if (sides.plover !== plover || sides.dayMin === '') continue;
    const distance = at < Date.parse(sides.dayMin) ? Date.parse(sides.dayMin) - at : at > Date.parse(sides.dayMax) ? at - Date.parse(sides.dayMax) : 0;
    if (distance > window) continue;
    const sharedSources = sources.filter((actor) => sides.sources.has(actor)).length;
    if (sharedSources === 0) continue;
    const sharedTargets = targets.filter((actor) => sides.targets.has(actor)).length;
    if (targets.length > 0 && sides.targets.size > 0 && sharedTargets === 0) continue;
    if (place !== null && sides.places.size > 0 && !sides.places.has(place)) continue;
    const candidate = { cluster, shared: sharedSources + sharedTargets, distance, sameDocument: sides.sameDocument };
    const better = best === undefined || candidate.shared > best.shared
      || (candidate.shared === best.shared && (candidate.distance < best.distance || (candidate.distance === best.distance && candidate.sameDocument && !best.sameDocument)));
    if (better) best = candidate;
  }
  return best?.cluster;
}

/** Writes the events this article's reports made or joined: one upsert of the events, one insert of their actors. */
async function writeClusters(db: Db, known: ReadonlyMap<string, KnownCluster>): Promise<void> {
  const changed = [...known].filter(([, entry]) => entry.changed);
  const rows = changed.map(([cluster, entry]) => ({ cluster, plover: entry.plover, day_min: entry.dayMin, day_max: entry.dayMax, places: JSON.stringify([...entry.places]), reports: entry.reports }));
  for (const part of chunks(rows)) {
    await db.insertInto('event_clusters').values(part)
      .onConflict((conflict) => conflict.column('cluster').doUpdateSet((eb) => ({
        day_min: eb.ref('excluded.day_min'), day_max: eb.ref('excluded.day_max'), places: eb.ref('excluded.places'), reports: eb.ref('excluded.reports'),
      })))
      .execute();
  }
  // An event's first day moves when an earlier report joins it: its actors' rows follow.
  for (const [cluster, entry] of changed) {
    if (entry.storedDayMin !== null && entry.storedDayMin !== entry.dayMin) {
      await db.updateTable('cluster_actors').set({ day_min: entry.dayMin }).where('cluster', '=', cluster).execute();
    }
  }
  const sides = changed.flatMap(([cluster, entry]) => [
    ...[...entry.sources].map((actor) => ({ cluster, actor, side: 'source' as const, day_min: entry.dayMin })),
    ...[...entry.targets].map((actor) => ({ cluster, actor, side: 'target' as const, day_min: entry.dayMin })),
  ]);
  for (const part of chunks(sides)) {
    await db.insertInto('cluster_actors').values(part).onConflict((conflict) => conflict.doNothing()).execute();
  }
}
