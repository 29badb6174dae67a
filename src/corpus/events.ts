/**
 * One real-world event, many reports: an event an article reports joins the cluster of an event
 * another article reported when both have the same PLOVER category, share a source actor (by
 * its cross-article key), do not name different targets, happened within EVENT_WINDOW_DAYS of
 * each other, and do not name different places. Counts of events are counts of clusters, not of
 * reports (GDELT's best-known flaw is counting each report as an event).
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Insertable } from 'kysely';
import type { CorpusDatabase, EventActorTable, EventTable } from './schema.js';

/** How far apart two reports' days may be and still be one event (dates in news are approximate). */
export const EVENT_WINDOW_DAYS = 3;

const DAY_MS = 86_400_000;

/** The most events a report is compared with: those nearest in time that share a source actor. */
const MAX_CANDIDATES = 200;

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Actor refs that name an actor across articles (keys), not one article's unkeyed entity. */
const keyed = (refs: readonly string[]) => refs.filter((ref) => !ref.includes('#'));

interface ClusterSides {
  readonly sources: Set<string>;
  readonly targets: Set<string>;
  readonly places: Set<string>;
  distance: number;
  readonly sameDocument: boolean;
}

type Db = Kysely<CorpusDatabase> | Transaction<CorpusDatabase>;

/**
 * Sets `cluster` on each new event row to the real-world event it reports, when an earlier
 * report (stored, or earlier in the same article) was of it, and records the events in
 * event_clusters and cluster_actors. An event's actors and places are those of all its
 * reports: a report without a target may join "Norway met Iceland", but "Norway met Denmark"
 * may not. Among several, the best has the most shared actors, then the nearest day, then is in
 * the same article.
 */
export async function assignClusters(db: Db, events: Insertable<EventTable>[], actors: readonly Insertable<EventActorTable>[]): Promise<void> {
  const sidesOf = (eventId: string, side: 'source' | 'target') => keyed(actors.filter((actor) => actor.event_id === eventId && actor.side === side).map((actor) => actor.actor));
  const earlier: Insertable<EventTable>[] = [];
  for (const event of events) {
    const sources = sidesOf(event.event_id, 'source');
    const targets = sidesOf(event.event_id, 'target');
    if (sources.length > 0 && event.day != null) {
      const clusters = await storedCandidates(db, event.plover, event.day, sources);
      for (const other of earlier) {
        if (other.plover !== event.plover || other.day == null || !sidesOf(other.event_id, 'source').some((actor) => sources.includes(actor))) continue;
        const entry = clusters.get(other.cluster) ?? { sources: new Set<string>(), targets: new Set<string>(), places: new Set<string>(), distance: Infinity, sameDocument: true };
        for (const actor of sidesOf(other.event_id, 'source')) entry.sources.add(actor);
        for (const actor of sidesOf(other.event_id, 'target')) entry.targets.add(actor);
        if (other.place != null) entry.places.add(other.place);
        entry.distance = Math.min(entry.distance, Math.abs(Date.parse(other.day) - Date.parse(event.day)));
        clusters.set(other.cluster, entry);
      }
      const best = bestCluster(clusters, sources, targets, event.place ?? null);
      if (best !== undefined) event.cluster = best;
    }
    await recordCluster(db, event, sources, targets);
    earlier.push(event);
  }
}

/** Stored events of the category, within the window of `day`, with one of `sources` as a source. */
async function storedCandidates(db: Db, plover: string, day: string, sources: readonly string[]): Promise<Map<string, ClusterSides>> {
  const rows = await db.selectFrom('cluster_actors')
    .innerJoin('event_clusters', 'event_clusters.cluster', 'cluster_actors.cluster')
    .select(['event_clusters.cluster', 'event_clusters.day_min', 'event_clusters.day_max', 'event_clusters.places'])
    .where('cluster_actors.side', '=', 'source')
    .where('cluster_actors.actor', 'in', sources)
    .where('event_clusters.plover', '=', plover)
    .where('event_clusters.day_max', '>=', shiftDay(day, -EVENT_WINDOW_DAYS))
    .where('event_clusters.day_min', '<=', shiftDay(day, EVENT_WINDOW_DAYS))
    .groupBy('event_clusters.cluster')
    .orderBy(sql`min(abs(julianday(event_clusters.day_min) - julianday(${day})), abs(julianday(event_clusters.day_max) - julianday(${day})))`)
    .limit(MAX_CANDIDATES)
    .execute();
  const clusters = new Map<string, ClusterSides>();
  if (rows.length === 0) return clusters;
  const at = Date.parse(day);
  for (const row of rows) {
    const distance = at < Date.parse(row.day_min) ? Date.parse(row.day_min) - at : at > Date.parse(row.day_max) ? at - Date.parse(row.day_max) : 0;
    clusters.set(row.cluster, { sources: new Set(), targets: new Set(), places: new Set(JSON.parse(row.places) as string[]), distance, sameDocument: false });
  }
  const sides = await db.selectFrom('cluster_actors').select(['cluster', 'actor', 'side']).where('cluster', 'in', [...clusters.keys()]).execute();
  for (const { cluster, actor, side } of sides) (side === 'source' ? clusters.get(cluster)!.sources : clusters.get(cluster)!.targets).add(actor);
  return clusters;
}

function bestCluster(clusters: ReadonlyMap<string, ClusterSides>, sources: readonly string[], targets: readonly string[], place: string | null): string | undefined {
  let best: { cluster: string; shared: number; distance: number; sameDocument: boolean } | undefined;
  for (const [cluster, sides] of clusters) {
    const sharedSources = sources.filter((actor) => sides.sources.has(actor)).length;
    if (sharedSources === 0) continue;
    const sharedTargets = targets.filter((actor) => sides.targets.has(actor)).length;
    if (targets.length > 0 && sides.targets.size > 0 && sharedTargets === 0) continue;
    if (place !== null && sides.places.size > 0 && !sides.places.has(place)) continue;
    const candidate = { cluster, shared: sharedSources + sharedTargets, distance: sides.distance, sameDocument: sides.sameDocument };
    const better = best === undefined || candidate.shared > best.shared
      || (candidate.shared === best.shared && (candidate.distance < best.distance || (candidate.distance === best.distance && candidate.sameDocument && !best.sameDocument)));
    if (better) best = candidate;
  }
  return best?.cluster;
}

/** Adds the report to its event's record: a new event, or one more report of a known one. */
async function recordCluster(db: Db, event: Insertable<EventTable>, sources: readonly string[], targets: readonly string[]): Promise<void> {
  const day = event.day ?? '';
  const places = event.place == null ? [] : [event.place];
  const known = await db.selectFrom('event_clusters').select(['places']).where('cluster', '=', event.cluster).executeTakeFirst();
  if (known === undefined) {
    await db.insertInto('event_clusters').values({ cluster: event.cluster, plover: event.plover, day_min: day, day_max: day, places: JSON.stringify(places), reports: 1 }).execute();
  } else {
    const merged = [...new Set([...(JSON.parse(known.places) as string[]), ...places])];
    await db.updateTable('event_clusters')
      .set({ reports: sql`reports + 1`, day_min: sql`min(day_min, ${day})`, day_max: sql`max(day_max, ${day})`, places: JSON.stringify(merged) })
      .where('cluster', '=', event.cluster)
      .execute();
  }
  const rows = [...sources.map((actor) => ({ cluster: event.cluster, actor, side: 'source' as const })), ...targets.map((actor) => ({ cluster: event.cluster, actor, side: 'target' as const }))];
  if (rows.length > 0) await db.insertInto('cluster_actors').values(rows).onConflict((conflict) => conflict.doNothing()).execute();
}
