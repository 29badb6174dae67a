/**
 * The corpus tables, as Kysely sees them. Written once for every dialect: SQLite now,
 * PostgreSQL for the scale-out work. JSON lists are stored as text.
 */
import type { CommitmentStatus } from '../document/contract.js';

export interface DocumentTable {
  /** The AnalyzedDocument id: a hash of `article.text`, so the same article is stored once. */
  id: string;
  source_uri: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  published_at: string | null;
  language: string | null;
  analyzer_version: string;
  schema_version: string;
  /** The hash of the analyzer's data files (`analyzer.data`). */
  analyzer_data: string | null;
  ingested_at: string;
  /** The whole AnalyzedDocument, JSON: what `export` writes. */
  record: string;
  /** The SimHash fingerprint of the text (see src/corpus/simhash.ts). */
  simhash: string | null;
  /** The first stored document this one is a near-duplicate of (a syndicated copy), else null. */
  copy_of: string | null;
  /** The story (articles about the same developing events) this document belongs to: see src/corpus/stories.ts. */
  story: string | null;
  /** The document's story vector, JSON [[term, weight], ...]: what a later document is compared with. */
  story_vector: string | null;
}

/** In how many stored documents each term is salient (see src/corpus/stories.ts). */
export interface TermTable {
  term: string;
  documents: number;
}

/** A document's strongest terms, weighted, with its day: what story matching looks up. */
export interface DocumentTermTable {
  document_id: string;
  term: string;
  weight: number;
  day: string;
}

export interface StoryTable {
  /** The id of the story's first stored document. */
  story: string;
  title: string | null;
  day_min: string;
  day_max: string;
  documents: number;
}

export interface DocumentBandTable {
  band: number;
  value: number;
  document_id: string;
}

/** One row per actor key across the corpus (the actors stage's cross-article `key`). */
export interface ActorTable {
  key: string;
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
  documents: number;
  first_seen: string | null;
  last_seen: string | null;
}

/** The entities of each document, each with the corpus actor it is (null when it has no key). */
export interface EntityTable {
  document_id: string;
  entity_id: string;
  actor_key: string | null;
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
  salience: number;
  mentions: number;
  /** JSON list of the roles (titles) the article gives the entity: [{title, country}]. */
  roles: string;
  /** The article's day (publication, else storing). */
  day: string | null;
}

export interface QuoteTable {
  document_id: string;
  quote_id: string;
  kind: string;
  text: string;
  speaker_name: string | null;
  speaker_actor: string | null;
  start: number;
  end: number;
  confidence: number;
  /** The article's day: quotes newest first, by index. */
  day: string | null;
}

export interface EventTable {
  document_id: string;
  event_id: string;
  cameo: string;
  plover: string;
  label: string;
  quad_class: number;
  goldstein: number;
  status: string;
  trigger: string;
  /** JSON list of actor refs (see `actorRef`). */
  source_actors: string;
  target_actors: string;
  place: string | null;
  time_start: string | null;
  time_end: string | null;
  confidence: number;
  rule: string;
  /** When it happened as far as the corpus knows: the start of its time, else the article's publication day. */
  day: string | null;
  /** The real-world event this report is of: reports of one event share it (see src/corpus/events.ts). */
  cluster: string;
  /** The place's coordinates, when it is a known city, region or country (src/corpus/places.ts). */
  lat: number | null;
  lon: number | null;
  place_kind: 'city' | 'region' | 'country' | null;
  place_country: string | null;
}

export interface EventActorTable {
  document_id: string;
  event_id: string;
  /** An actor ref (see `actorRef`). */
  actor: string;
  side: 'source' | 'target';
  /** The event's day (as `events.day`): an actor's events newest first, by index. */
  day: string | null;
}

/** A real-world event: the reports of it agree on these (JSON list of places). */
export interface EventClusterTable {
  cluster: string;
  plover: string;
  day_min: string;
  day_max: string;
  places: string;
  reports: number;
}

export interface ClusterActorTable {
  cluster: string;
  actor: string;
  side: 'source' | 'target';
  /** The cluster's first day (as event_clusters.day_min), kept here so an actor's events per day are read from its own rows. */
  day_min: string | null;
}

export interface CommitmentTable {
  document_id: string;
  commitment_id: string;
  actors: string;
  beneficiaries: string;
  what: string;
  due_start: string | null;
  due_end: string | null;
  event_id: string | null;
  /** The CAMEO roots of the actions that keep the promise, as ",04,07," (data/corpus/promises.json); null when unknown. */
  kept_by: string | null;
  /** The day the promise was reported (the article's publication day). */
  day: string | null;
  /** What its own article says became of it (the commitment's `status`); null in rows stored before the field. */
  status: CommitmentStatus | null;
  /** 'kept' or 'broken' once a later event follows it up (src/corpus/follow-up.ts), else null. */
  outcome: 'kept' | 'broken' | null;
  outcome_document: string | null;
  outcome_event: string | null;
}

export interface CommitmentActorTable {
  document_id: string;
  commitment_id: string;
  actor: string;
}

export interface StanceTable {
  document_id: string;
  stance_id: string;
  holders: string;
  issue: string;
  polarity: string;
  changed: number;
}

/** Inputs that failed, with their error: nothing is silently lost. The latest failure per source. */
export interface FailureTable {
  source_uri: string;
  code: string;
  message: string;
  failed_at: string;
}

/** A URL a crawl has met (canonical form), and what became of it. */
export interface SeenUrlTable {
  url: string;
  /** 'stored' or 'duplicate' for an article, 'listing' for a feed or sitemap, 'disallowed' by robots.txt. */
  status: string;
  document_id: string | null;
  /** Validators of the last fetch, for a conditional GET of a listing. */
  etag: string | null;
  last_modified: string | null;
  fetched_at: string;
}

/** Full-text index of titles and texts (SQLite FTS5), one row per document. */
export interface DocumentSearchTable {
  document_id: string;
  title: string;
  text: string;
}

/** A full-text row's filterable fields (the same rowid as document_search): see migration 0003. */
export interface SearchFieldTable {
  row: number;
  document_id: string;
  publisher: string | null;
  published_at: string | null;
  language: string | null;
  ingested_at: string;
  /** The document's PLOVER event categories, as ",ACCUSE,CONSULT,". */
  types: string;
}

/** How often articles named an actor by each name (entity rows). */
export interface ActorNameTable {
  actor_key: string;
  name: string;
  mentions: number;
}

/** The roles articles gave an actor: each title (any case) and country, first seen, in how many role mentions. */
export interface ActorRoleTable {
  actor_key: string;
  title_key: string;
  /** '' when the role names no country. */
  country: string;
  title: string;
  first_seen: string | null;
  documents: number;
}

/** Event reports per day (by `events.day`). */
export interface ReportDayTable {
  day: string;
  reports: number;
}

/** Event reports per actor and day: the events the actor took part in, on either side. */
export interface ActorReportDayTable {
  actor: string;
  day: string;
  reports: number;
}

export interface CorpusDatabase {
  documents: DocumentTable;
  document_bands: DocumentBandTable;
  document_terms: DocumentTermTable;
  terms: TermTable;
  stories: StoryTable;
  commitment_actors: CommitmentActorTable;
  actors: ActorTable;
  entities: EntityTable;
  quotes: QuoteTable;
  events: EventTable;
  event_actors: EventActorTable;
  event_clusters: EventClusterTable;
  cluster_actors: ClusterActorTable;
  commitments: CommitmentTable;
  stances: StanceTable;
  failures: FailureTable;
  seen_urls: SeenUrlTable;
  document_search: DocumentSearchTable;
  search_fields: SearchFieldTable;
  actor_names: ActorNameTable;
  actor_roles: ActorRoleTable;
  report_days: ReportDayTable;
  actor_report_days: ActorReportDayTable;
  host_turns: HostTurnTable;
}

/** The next time a host may be fetched, in milliseconds since 1970: see migration 0007. */
export interface HostTurnTable {
  host: string;
  next_at: number;
}
