/**
 * An AnalyzedDocument as the rows the corpus stores: one per document, entity, quote, event,
 * commitment and stance, with every entity reference turned into a corpus actor reference.
 */
import type { Insertable } from 'kysely';
import type { AnalyzedDocument, Entity, Event } from '../document/contract.js';
import { documentDay } from './days.js';
import type { Places } from './places.js';
import { simhash } from './simhash.js';
import type { CommitmentActorTable, CommitmentTable, DocumentTable, EntityTable, EventActorTable, EventTable, QuoteTable, SearchFieldTable, StanceTable } from './schema.js';

export interface DocumentRows {
  readonly document: Insertable<DocumentTable>;
  readonly entities: Insertable<EntityTable>[];
  readonly quotes: Insertable<QuoteTable>[];
  readonly events: Insertable<EventTable>[];
  readonly eventActors: Insertable<EventActorTable>[];
  readonly commitments: Insertable<CommitmentTable>[];
  readonly commitmentActors: Insertable<CommitmentActorTable>[];
  readonly stances: Insertable<StanceTable>[];
  /** The keyed entities, for the corpus actor table. */
  readonly actors: Entity[];
  readonly search: { document_id: string; title: string; text: string };
  /** What search filters and counts by (its row is the full-text row's). */
  readonly searchFields: Omit<SearchFieldTable, 'row'>;
}

/**
 * How facts name an actor across the corpus: its cross-article key, else (an entity the actors
 * stage could not key, such as a bare surname) the document and entity ids.
 */
export function actorRef(documentId: string, entity: Entity): string {
  return entity.key ?? `${documentId}#${entity.id}`;
}

/** data/corpus/promises.json: which later actions keep or break a promise, by CAMEO code. */
export interface Promises {
  /** An intent's CAMEO code to the CAMEO roots of the actions that keep it. */
  readonly keptBy: Readonly<Record<string, readonly string[]>>;
  /** CAMEO roots whose refusals break any promise. */
  readonly brokenBy: readonly string[];
}

function keptBy(cameo: string | undefined, promises: Promises): string | null {
  const roots = cameo === undefined ? undefined : promises.keptBy[cameo.slice(0, 3)];
  return roots === undefined ? null : `,${roots.join(',')},`;
}

/** What the rows are made with besides the document: the store's data. */
export interface RowData {
  readonly promises: Promises;
  readonly places: Places;
}

/** When an event happened as far as the corpus knows: the start of its time, else the article's publication day. */
function eventDayOf(event: Event, publishedAt: string | null): string | null {
  return (event.time?.start ?? publishedAt)?.slice(0, 10) ?? null;
}

export function documentRows(doc: AnalyzedDocument, ingestedAt: string, { promises, places }: RowData): DocumentRows {
  const byId = new Map(doc.entities.map((entity) => [entity.id, entity]));
  const refList = (ids: readonly string[]) => ids.flatMap((id) => {
    const entity = byId.get(id);
    return entity === undefined ? [] : [actorRef(doc.id, entity)];
  });
  const refs = (ids: readonly string[]) => JSON.stringify(refList(ids));
  const { article } = doc;
  const day = documentDay(article.publishedAt, ingestedAt);
  const cameoOf = new Map(doc.events.map((event) => [event.id, event.cameo]));
  return {
    document: {
      id: doc.id,
      source_uri: doc.source.uri,
      url: article.url,
      title: article.title,
      publisher: article.publisher,
      published_at: article.publishedAt,
      language: article.language,
      analyzer_version: doc.analyzer.version,
      schema_version: doc.schemaVersion,
      analyzer_data: doc.analyzer.data ?? null,
      ingested_at: ingestedAt,
      record: JSON.stringify(doc),
      simhash: simhash(article.text),
      copy_of: null,
      story: null,
      story_vector: null,
    },
    entities: doc.entities.map((entity) => ({
      document_id: doc.id,
      entity_id: entity.id,
      actor_key: entity.key,
      name: entity.name,
      type: entity.type,
      country: entity.country,
      sector: entity.sector,
      salience: entity.salience,
      mentions: entity.mentions.length,
      roles: JSON.stringify(entity.roles.map((role) => ({ title: role.title, country: role.country }))),
      day,
    })),
    quotes: doc.quotes.map((quote) => {
      const speaker = quote.speaker?.entity == null ? undefined : byId.get(quote.speaker.entity);
      return {
        document_id: doc.id,
        quote_id: quote.id,
        kind: quote.kind,
        text: quote.text,
        speaker_name: quote.speaker?.name ?? null,
        speaker_actor: speaker === undefined ? null : actorRef(doc.id, speaker),
        start: quote.start,
        end: quote.end,
        confidence: quote.confidence,
        day,
      };
    }),
    events: doc.events.map((event) => {
      const placeEntity = event.place?.entity == null ? undefined : byId.get(event.place.entity);
      const location = event.place == null ? null : places.locate(event.place.name, placeEntity?.country ?? null);
      return {
        document_id: doc.id,
        event_id: event.id,
        cameo: event.cameo,
        plover: event.plover,
        label: event.label,
        quad_class: event.quadClass,
        goldstein: event.goldstein,
        status: event.status,
        trigger: event.trigger.text,
        source_actors: refs(event.source),
        target_actors: refs(event.target),
        place: event.place?.name ?? null,
        time_start: event.time?.start ?? null,
        time_end: event.time?.end ?? null,
        confidence: event.confidence,
        rule: event.rule,
        day: eventDayOf(event, article.publishedAt),
        cluster: `${doc.id}#${event.id}`,
        lat: location?.lat ?? null,
        lon: location?.lon ?? null,
        place_kind: location?.kind ?? null,
        place_country: location?.country ?? null,
      };
    }),
    eventActors: doc.events.flatMap((event) => {
      const eventDay = eventDayOf(event, article.publishedAt);
      return [
        ...refList(event.source).map((actor) => ({ document_id: doc.id, event_id: event.id, actor, side: 'source' as const, day: eventDay })),
        ...refList(event.target).map((actor) => ({ document_id: doc.id, event_id: event.id, actor, side: 'target' as const, day: eventDay })),
      ];
    }),
    commitments: doc.commitments.map((commitment) => ({
      document_id: doc.id,
      commitment_id: commitment.id,
      actors: refs(commitment.actor),
      beneficiaries: refs(commitment.beneficiary),
      what: commitment.what,
      due_start: commitment.due?.start ?? null,
      due_end: commitment.due?.end ?? null,
      event_id: commitment.event,
      status: commitment.status,
      kept_by: keptBy(commitment.event === null ? undefined : cameoOf.get(commitment.event), promises),
      day,
      outcome: null,
      outcome_document: null,
      outcome_event: null,
    })),
    commitmentActors: doc.commitments.flatMap((commitment) => refList(commitment.actor).map((actor) => ({ document_id: doc.id, commitment_id: commitment.id, actor }))),
    stances: doc.stances.map((stance) => ({
      document_id: doc.id,
      stance_id: stance.id,
      holders: refs(stance.holder),
      issue: stance.issue,
      polarity: stance.polarity,
      changed: stance.changed ? 1 : 0,
    })),
    actors: doc.entities.filter((entity) => entity.key !== null),
    search: { document_id: doc.id, title: article.title ?? '', text: article.text },
    searchFields: {
      document_id: doc.id, publisher: article.publisher, published_at: article.publishedAt, language: article.language, ingested_at: ingestedAt,
      types: `,${[...new Set(doc.events.map((event) => event.plover))].sort().join(',')}${doc.events.length === 0 ? '' : ','}`,
    },
  };
}
