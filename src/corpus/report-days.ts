/**
 * Event reports per day, in all and per actor, counted as articles are stored and taken back when
 * an article's facts are replaced: the timeline reads a row per day instead of counting every
 * report (a much-reported actor takes part in hundreds of thousands in a large corpus).
 */
import { sql, type Transaction } from 'kysely';
import type { CorpusDatabase } from './schema.js';
import { chunks, inKeyOrder } from './batches.js';

type Trx = Transaction<CorpusDatabase>;

interface Reports {
  /** The days of the article's events (null: undated, not counted). */
  readonly events: readonly { readonly day?: string | null | undefined }[];
  /** Who took part in which event: an actor on both sides of one event counts once. */
  readonly eventActors: readonly { readonly actor: string; readonly event_id: string; readonly day?: string | null | undefined }[];
}

function counts({ events, eventActors }: Reports) {
  const days = new Map<string, number>();
  for (const { day } of events) if (day != null) days.set(day, (days.get(day) ?? 0) + 1);
  const actorEvents = new Map<string, { actor: string; day: string; events: Set<string> }>();
  for (const { actor, event_id, day } of eventActors) {
    if (day == null) continue;
    const key = `${actor}\u0000${day}`;
    const row = actorEvents.get(key) ?? { actor, day, events: new Set<string>() };
    row.events.add(event_id);
    actorEvents.set(key, row);
  }
  return { days, actorDays: [...actorEvents.values()].map((row) => ({ actor: row.actor, day: row.day, reports: row.events.size })) };
}

/** Counts a stored article's event reports (one statement per table: each row's key is unique in it; in key order). */
export async function addReportDays(trx: Trx, reports: Reports): Promise<void> {
  const { days, actorDays } = counts(reports);
  for (const rows of chunks(inKeyOrder([...days].map(([day, count]) => ({ day, reports: count })), (row) => row.day))) {
    await trx.insertInto('report_days').values(rows)
      .onConflict((conflict) => conflict.column('day').doUpdateSet({ reports: sql`report_days.reports + excluded.reports` })).execute();
  }
  for (const rows of chunks(inKeyOrder(actorDays, (row) => `${row.actor}\u0000${row.day}`))) {
    await trx.insertInto('actor_report_days').values(rows)
      .onConflict((conflict) => conflict.columns(['actor', 'day']).doUpdateSet({ reports: sql`actor_report_days.reports + excluded.reports` })).execute();
  }
}

/** Takes an article's event reports back out of the counts. */
export async function removeReportDays(trx: Trx, reports: Reports): Promise<void> {
  const { days, actorDays } = counts(reports);
  for (const [day, count] of days) {
    await trx.updateTable('report_days').set({ reports: sql`reports - ${count}` }).where('day', '=', day).execute();
    await trx.deleteFrom('report_days').where('day', '=', day).where('reports', '<=', 0).execute();
  }
  for (const row of actorDays) {
    await trx.updateTable('actor_report_days').set({ reports: sql`reports - ${row.reports}` }).where('actor', '=', row.actor).where('day', '=', row.day).execute();
    await trx.deleteFrom('actor_report_days').where('actor', '=', row.actor).where('day', '=', row.day).where('reports', '<=', 0).execute();
  }
}
