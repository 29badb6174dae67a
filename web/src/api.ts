/**
 * The JSON API of `newsgraph serve` (docs/http-api.md): one typed function per route. Lists are
 * paged and filtered by the server; nothing here loads a whole table.
 */
import type { AnalyzedDocument } from '../../src/document/contract.js';

export type { AnalyzedDocument };

export interface Stats {
  documents: number;
  entities: number;
  quotes: number;
  events: number;
  eventReports: number;
  commitments: number;
  stances: number;
  stories: number;
  failures: number;
  copies: number;
}

export interface Facet {
  value: string;
  count: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  /** A few words around the matches, each match between [ and ]. */
  snippet: string;
  copyOf: string | null;
  ingestedAt: string;
}

export interface SearchResponse {
  total: number;
  totalExact: boolean;
  results: SearchHit[];
  facets: { outlets: Facet[]; types: Facet[]; months: Facet[] };
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  story: string | null;
  copyOf: string | null;
  ingestedAt: string;
}

export interface DocumentResponse {
  document: AnalyzedDocument;
  story: string | null;
  copyOf: string | null;
  copies: string[];
}

export interface ActorSummary {
  key: string;
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
  documents: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface QuoteRow {
  documentId: string;
  quoteId: string;
  publishedAt: string | null;
  speaker: string | null;
  speakerKey: string | null;
  kind: string;
  text: string;
}

export interface EventRow {
  documentId: string;
  eventId: string;
  publishedAt: string | null;
  plover: string;
  cameo: string;
  label: string;
  status: string;
  trigger: string;
  /** Actor names. */
  source: string[];
  target: string[];
  place: string | null;
  lat: number | null;
  lon: number | null;
  timeStart: string | null;
  timeEnd: string | null;
  cluster: string;
}

export interface ActorProfile {
  actor: ActorSummary;
  names: string[];
  roles: { title: string; country: string | null; firstSeen: string | null; documents: number }[];
  quotes: QuoteRow[];
  events: { asSource: EventRow[]; asTarget: EventRow[] };
  coOccurring: { key: string; name: string; documents: number }[];
}

export interface PlaceRow {
  place: string;
  lat: number;
  lon: number;
  kind: string | null;
  country: string | null;
  reports: number;
  events: number;
}

export interface TimelineBucket {
  /** The first day of the period. */
  period: string;
  reports: number;
  events: number;
}

export type CommitmentState = 'all' | 'open' | 'overdue' | 'kept' | 'broken';

export interface CommitmentRow {
  documentId: string;
  commitmentId: string;
  publishedAt: string | null;
  actors: string[];
  beneficiaries: string[];
  what: string;
  dueStart: string | null;
  dueEnd: string | null;
  outcome: 'kept' | 'broken' | null;
  /** The event that kept or broke it, as "documentId#eventId". */
  outcomeEvent: string | null;
  overdue: boolean;
}

export interface StorySummary {
  story: string;
  title: string | null;
  dayMin: string;
  dayMax: string;
  documents: number;
  sources: number;
}

export interface StoryArticle {
  id: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  copyOf: string | null;
}

export interface StoryEvent {
  cluster: string;
  plover: string;
  label: string;
  dayMin: string;
  dayMax: string;
  places: string[];
  reports: number;
  sources: number;
  /** The outlets that reported the event, each with the ids of its articles that did. */
  outlets: { publisher: string; documents: string[] }[];
}

export interface StoryDetail {
  story: StorySummary;
  articles: StoryArticle[];
  events: StoryEvent[];
}

export interface Page {
  limit?: number;
  offset?: number;
}

/** Event filters shared by /api/events, /api/events/places and /api/timeline. */
export interface EventFilters {
  actor?: string;
  type?: string;
  status?: string;
  from?: string;
  to?: string;
}

export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
    this.name = 'ApiError';
  }
}

type Params = Record<string, string | number | undefined>;

/** The query string of `params`, leaving out empty values. */
function queryString(params: Params): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

async function getJson<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  const response = await fetch(`api/${path}${queryString(params)}`, { signal, headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = typeof body === 'object' && body !== null && 'message' in body ? String(body.message) : response.statusText;
    throw new ApiError(message, response.status);
  }
  return body as T;
}

const segment = (value: string) => encodeURIComponent(value);

export const api = {
  stats: (signal?: AbortSignal) => getJson<Stats>('stats', {}, signal),
  search: (params: { q: string; since?: string } & Page, signal?: AbortSignal) => getJson<SearchResponse>('search', { ...params }, signal),
  documents: (page: Page, signal?: AbortSignal) => getJson<{ total: number; results: DocumentSummary[] }>('documents', { ...page }, signal),
  document: (id: string, signal?: AbortSignal) => getJson<DocumentResponse>(`documents/${segment(id)}`, {}, signal),
  actor: (key: string, signal?: AbortSignal) => getJson<ActorProfile>(`entities/${segment(key)}`, {}, signal),
  events: (filters: EventFilters & Page, signal?: AbortSignal) => getJson<{ results: EventRow[] }>('events', { ...filters }, signal),
  places: (filters: Omit<EventFilters, 'actor'>, signal?: AbortSignal) => getJson<{ results: PlaceRow[] }>('events/places', { ...filters }, signal),
  timeline: (filters: EventFilters & { by: 'day' | 'week' | 'month' }, signal?: AbortSignal) => getJson<{ results: TimelineBucket[] }>('timeline', { ...filters }, signal),
  commitments: (params: { state: CommitmentState } & Page, signal?: AbortSignal) => getJson<{ results: CommitmentRow[] }>('commitments', { ...params }, signal),
  stories: (page: Page, signal?: AbortSignal) => getJson<{ total: number; results: StorySummary[] }>('stories', { ...page }, signal),
  story: (id: string, signal?: AbortSignal) => getJson<StoryDetail>(`stories/${segment(id)}`, {}, signal),
};
