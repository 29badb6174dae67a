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

/**
 * Sets `cluster` on each new event row to the cluster of an earlier report of the same event,
 * stored or earlier in the same article, when there is one. A cluster's actors and places are
 * those of all its reports: a report without a target may join "Norway met Iceland", but
 * "Norway met Denmark" may not. Among several, the best has the most shared actors, then the
 * nearest day, then is in the same article.
 */
export async function assignClusters(db: Kysely<CorpusDatabase> | Transaction<CorpusDatabase>, events: Insertable<EventTable>[], actors: readonly Insertable<EventActorTable>[]): Promise<void> {
  const sidesOf = (eventId: string, side: 'source' | 'target') => keyed(actors.filter((actor) => actor.event_id === eventId && actor.side === side).map((actor) => actor.actor));
  const earlier: Insertable<EventTable>[] = [];
  for (const event of events) {
    const sources = sidesOf(event.event_id, 'source');
    if (sources.length === 0 || event.day == null) {
      earlier.push(event);
      continue;
    }
    const targets = sidesOf(event.event_id, 'target');
    const clusters = new Map<string, ClusterSides>();
    const add = (cluster: string, day: string | null, place: string | null | undefined, sides: readonly (readonly [string, string])[], sameDocument: boolean) => {
      const entry = clusters.get(cluster) ?? { sources: new Set<string>(), targets: new Set<string>(), places: new Set<string>(), distance: Infinity, sameDocument };
      for (const [side, actor] of sides) (side === 'source' ? entry.sources : entry.targets).add(actor);
      if (place != null) entry.places.add(place);
      if (day !== null) entry.distance = Math.min(entry.distance, Math.abs(Date.parse(day) - Date.parse(event.day!)));
      clusters.set(cluster, entry);
    };
    const stored = await db.selectFrom('events')
      .innerJoin('event_actors', (join) => join.onRef('event_actors.document_id', '=', 'events.document_id').onRef('event_actors.event_id', '=', 'events.event_id'))
      .select(['events.cluster', 'events.day', 'events.place'])
      .select(sql<string>`group_concat(event_actors.side || ' ' || event_actors.actor, char(10))`.as('sides'))
      .where('events.plover', '=', event.plover)
      .where('events.day', '>=', shiftDay(event.day, -EVENT_WINDOW_DAYS))
      .where('events.day', '<=', shiftDay(event.day, EVENT_WINDOW_DAYS))
      .where('events.document_id', '!=', event.document_id)
      .groupBy(['events.document_id', 'events.event_id'])
      .execute();
    for (const row of stored) add(row.cluster, row.day, row.place, row.sides.split('\n').map((line) => line.split(' ') as [string, string]), false);
    for (const other of earlier) {
      if (other.plover !== event.plover) continue;
      const sides = [...sidesOf(other.event_id, 'source').map((actor) => ['source', actor] as const), ...sidesOf(other.event_id, 'target').map((actor) => ['target', actor] as const)];
      add(other.cluster, other.day ?? null, other.place, sides, true);
    }
    let best: { cluster: string; shared: number; distance: number; sameDocument: boolean } | undefined;
    for (const [cluster, sides] of clusters) {
      const sharedSources = sources.filter((actor) => sides.sources.has(actor)).length;
      if (sharedSources === 0) continue;
      const sharedTargets = targets.filter((actor) => sides.targets.has(actor)).length;
      if (targets.length > 0 && sides.targets.size > 0 && sharedTargets === 0) continue;
      if (event.place != null && sides.places.size > 0 && !sides.places.has(event.place)) continue;
      const candidate = { cluster, shared: sharedSources + sharedTargets, distance: sides.distance, sameDocument: sides.sameDocument };
      const better = best === undefined || candidate.shared > best.shared
        || (candidate.shared === best.shared && (candidate.distance < best.distance || (candidate.distance === best.distance && candidate.sameDocument && !best.sameDocument)));
      if (better) best = candidate;
    }
    if (best !== undefined) event.cluster = best.cluster;
    earlier.push(event);
  }
}
