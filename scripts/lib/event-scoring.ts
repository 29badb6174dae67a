/**
 * Scoring of events against the project's gold set (scripts/eval-events.ts). A predicted event
 * matches a gold event when their trigger spans overlap, one-to-one in text order. On the
 * matches: the category (PLOVER) is right or not; the actors are right when the predicted
 * source and target entities name exactly the gold actors (a gold name matches an entity whose
 * canonical name or one of whose mentions is that name, or ends with it: "Putin" is "Vladimir
 * Putin"); the status is right or not; the time is right when both have none, or both have the
 * same first and last day; the place is right when both have none, or the predicted place's text
 * or entity name is the gold place or ends with it ("the North Atlantic" is "North Atlantic").
 */
import type { Entity, Event } from '../../src/document/contract.js';
import type { GoldEvent } from './event-gold.js';

export interface EventTally {
  gold: number;
  predicted: number;
  /** Gold events whose trigger a predicted event overlaps. */
  matched: number;
  /** Matched with the gold category. */
  categoryRight: number;
  actorsRight: number;
  sourceRight: number;
  targetRight: number;
  statusRight: number;
  timeRight: number;
  placeRight: number;
}

export const emptyEventTally = (): EventTally => ({ gold: 0, predicted: 0, matched: 0, categoryRight: 0, actorsRight: 0, sourceRight: 0, targetRight: 0, statusRight: 0, timeRight: 0, placeRight: 0 });

export function addEventTally(total: EventTally, part: EventTally): void {
  for (const key of Object.keys(total) as (keyof EventTally)[]) total[key] += part[key];
}

/** One gold event's outcome, for error listings. */
export interface EventOutcome {
  readonly gold: GoldEvent;
  readonly predicted: Event | null;
  readonly category: boolean;
  readonly actors: boolean;
  readonly status: boolean;
  readonly time: boolean;
  readonly place: boolean;
}

/** A name folded for comparison: accents, case, a leading "the" and middle initials ("Donald J. Trump") dropped. */
const fold = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/(?<=\S\s)\p{L}\.\s+/gu, '').trim();

/** Whether a gold actor name names this entity. */
export function namesEntity(goldName: string, entity: Entity): boolean {
  const gold = fold(goldName);
  const names = [entity.name, ...entity.mentions.filter((mention) => mention.kind === 'name').map((mention) => mention.text)].map(fold);
  return names.some((name) => name === gold || name.endsWith(` ${gold}`) || gold.endsWith(` ${name}`));
}

/** Whether predicted entity ids name exactly the gold actors, one to one. */
export function sameActors(gold: readonly string[], predicted: readonly string[], entities: ReadonlyMap<string, Entity>): boolean {
  if (gold.length !== predicted.length) return false;
  const unused = predicted.map((id) => entities.get(id)).filter((entity): entity is Entity => entity !== undefined);
  for (const name of gold) {
    const at = unused.findIndex((entity) => namesEntity(name, entity));
    if (at < 0) return false;
    unused.splice(at, 1);
  }
  return true;
}

const day = (iso: string | null) => (iso === null ? null : iso.slice(0, 10));

/** Whether a predicted place is the gold one: both none, or the place as written or its entity's name is the gold name or ends with it. */
export function samePlace(gold: string | null, predicted: Event['place']): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const folded = fold(gold);
  return [predicted.span.text, predicted.name].map(fold).some((name) => name === folded || name.endsWith(` ${folded}`) || folded.endsWith(` ${name}`));
}

export function scoreItem(gold: readonly GoldEvent[], predicted: readonly Event[], entities: readonly Entity[], toArticle: (offset: number) => number): { tally: EventTally; outcomes: EventOutcome[]; unmatched: Event[] } {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const tally = emptyEventTally();
  tally.gold = gold.length;
  tally.predicted = predicted.length;
  const used = new Set<Event>();
  const outcomes: EventOutcome[] = [];
  for (const event of gold) {
    const start = toArticle(event.start);
    const end = toArticle(event.end);
    const match = predicted.find((candidate) => !used.has(candidate) && candidate.trigger.start < end && start < candidate.trigger.end);
    if (match === undefined) {
      outcomes.push({ gold: event, predicted: null, category: false, actors: false, status: false, time: false, place: false });
      continue;
    }
    used.add(match);
    const source = sameActors(event.sources, match.source, byId);
    const target = sameActors(event.targets, match.target, byId);
    const time = event.time === null
      ? match.time === null || match.time.start === null
      : match.time !== null && day(match.time.start) === event.time.start && day(match.time.end) === event.time.end;
    const outcome: EventOutcome = { gold: event, predicted: match, category: match.plover === event.category, actors: source && target, status: match.status === event.status, time, place: samePlace(event.place, match.place) };
    outcomes.push(outcome);
    tally.matched++;
    if (outcome.category) tally.categoryRight++;
    if (source) tally.sourceRight++;
    if (target) tally.targetRight++;
    if (outcome.actors) tally.actorsRight++;
    if (outcome.status) tally.statusRight++;
    if (outcome.time) tally.timeRight++;
    if (outcome.place) tally.placeRight++;
  }
  return { tally, outcomes, unmatched: predicted.filter((event) => !used.has(event)) };
}

/** Precision, recall and F1 of a count of right answers against predicted and gold totals. */
export function prf(right: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted === 0 ? 0 : right / predicted;
  const r = gold === 0 ? 0 : right / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
