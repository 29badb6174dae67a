/**
 * Promises followed up: a commitment is kept when another article reports, on its day or
 * later, one of its actors carrying out (occurred, ongoing) an action that keeps it (the CAMEO
 * roots in `kept_by`, from data/corpus/promises.json), and broken when it reports that actor
 * refusing such an action or rejecting (the `brokenBy` roots). Articles arrive in any order, so
 * each stored document is checked both ways: its events against open commitments reported
 * earlier, and its commitments against events already stored. The first follow-up found stands.
 */
import type { Insertable, Kysely, Transaction } from 'kysely';
import { shiftDay } from './days.js';
import { nullsAsSqlite } from './dialect.js';
import type { Promises } from './rows.js';
import type { CommitmentActorTable, CommitmentTable, CorpusDatabase, EventActorTable, EventTable } from './schema.js';

type Db = Kysely<CorpusDatabase> | Transaction<CorpusDatabase>;

/** How long after it was reported a promise can still be followed up. */
const FOLLOW_UP_DAYS = 400;

/** Statuses of an action that keep a promise to do it; a refusal breaks it. */
const DONE = ['occurred', 'ongoing'];
const REFUSED = 'refused';

/** What `event` (its CAMEO code and status) does to a promise kept by the roots `keptBy` (",04,07,"), if anything. */
export function outcomeFor(event: { cameo: string; status: string }, keptBy: string, promises: Promises): 'kept' | 'broken' | undefined {
  const root = event.cameo.slice(0, 2);
  if (DONE.includes(event.status) && keptBy.includes(`,${root},`)) return 'kept';
  if (event.status === REFUSED && (keptBy.includes(`,${root},`) || promises.brokenBy.includes(root))) return 'broken';
  return undefined;
}

/** A commitment and an event, in another article, that keeps or breaks it. */
interface FollowUp {
  readonly commitment: { readonly document_id: string; readonly commitment_id: string };
  readonly event: { readonly document_id: string; readonly event_id: string };
  readonly outcome: 'kept' | 'broken';
}

export async function followUp(
  db: Db,
  events: readonly Insertable<EventTable>[],
  eventActors: readonly Insertable<EventActorTable>[],
  commitments: readonly Insertable<CommitmentTable>[],
  commitmentActors: readonly Insertable<CommitmentActorTable>[],
  promises: Promises,
): Promise<void> {
  const found: FollowUp[] = [];

  // This document's events against open commitments reported earlier by their source actors
  // (read in one query for all its events: most articles report many events and few promises).
  const doers = events.flatMap((event) => {
    if ((!DONE.includes(event.status) && event.status !== REFUSED) || event.day == null) return [];
    const sources = eventActors.filter((actor) => actor.event_id === event.event_id && actor.side === 'source').map((actor) => actor.actor);
    return sources.length === 0 ? [] : [{ event, sources, day: event.day }];
  });
  const allSources = [...new Set(doers.flatMap((doer) => doer.sources))];
  const roots = [...new Set(doers.map((doer) => doer.event.cameo.slice(0, 2)))];
  const breaksAny = doers.some((doer) => doer.event.status === REFUSED && promises.brokenBy.includes(doer.event.cameo.slice(0, 2)));
  const latest = doers.reduce((day, doer) => (doer.day > day ? doer.day : day), '');
  // Open promises first (a partial index holds only those), then their actors: SQLite's CROSS
  // JOIN keeps that order, where it would otherwise start from every promise a busy actor made.
  const open = allSources.length === 0 ? [] : await db.selectFrom('commitments')
    .crossJoin('commitment_actors')
    .whereRef('commitment_actors.document_id', '=', 'commitments.document_id')
    .whereRef('commitment_actors.commitment_id', '=', 'commitments.commitment_id')
    .select(['commitments.document_id', 'commitments.commitment_id', 'commitments.kept_by', 'commitments.day', 'commitment_actors.actor'])
    .where('commitments.outcome', 'is', null)
    .where('commitments.kept_by', 'is not', null)
    .where('commitments.day', '<=', latest)
    .where('commitments.day', '>=', shiftDay(latest, -FOLLOW_UP_DAYS))
    // Only promises one of these events could keep (its root in kept_by), unless one is a refusal that breaks any.
    .$if(!breaksAny, (query) => query.where((eb) => eb.or(roots.map((root) => eb('commitments.kept_by', 'like', `%,${root},%`)))))
    .where('commitment_actors.actor', 'in', allSources)
    .orderBy('commitments.day').orderBy('commitments.document_id').orderBy('commitments.commitment_id')
    .execute();
  for (const { event, sources, day } of doers) {
    for (const commitment of open) {
      if (commitment.document_id === event.document_id || commitment.day! > day || !sources.includes(commitment.actor)) continue;
      const outcome = outcomeFor(event, commitment.kept_by!, promises);
      if (outcome !== undefined) found.push({ commitment, event, outcome });
    }
  }

  // This document's commitments against events already stored.
  for (const commitment of commitments) {
    if (commitment.kept_by == null || commitment.day == null) continue;
    const actors = commitmentActors.filter((actor) => actor.commitment_id === commitment.commitment_id).map((actor) => actor.actor);
    if (actors.length === 0) continue;
    const later = await db.selectFrom('events')
      .innerJoin('event_actors', (join) => join.onRef('event_actors.document_id', '=', 'events.document_id').onRef('event_actors.event_id', '=', 'events.event_id'))
      .select(['events.document_id', 'events.event_id', 'events.cameo', 'events.status'])
      .where('event_actors.day', '>=', commitment.day)
      .where('event_actors.day', '<=', shiftDay(commitment.day, FOLLOW_UP_DAYS))
      .where((eb) => eb(eb.fn('substr', ['events.cameo', eb.val(1), eb.val(2)]), 'in', [...commitment.kept_by!.split(',').filter((root) => root !== ''), ...promises.brokenBy]))
      .where('events.status', 'in', [...DONE, REFUSED])
      .where('events.document_id', '!=', commitment.document_id)
      .where('event_actors.side', '=', 'source')
      .where('event_actors.actor', 'in', actors)
      .orderBy('events.day', nullsAsSqlite(db, 'asc')).orderBy('events.document_id').orderBy('events.event_id')
      .execute();
    for (const event of later) {
      const outcome = outcomeFor(event, commitment.kept_by, promises);
      if (outcome === undefined) continue;
      found.push({ commitment, event, outcome });
      break;
    }
  }

  for (const { commitment, event, outcome } of found) {
    await db.updateTable('commitments')
      .set({ outcome, outcome_document: event.document_id, outcome_event: event.event_id })
      .where('document_id', '=', commitment.document_id)
      .where('commitment_id', '=', commitment.commitment_id)
      .where('outcome', 'is', null)
      .execute();
  }
}
