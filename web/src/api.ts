/**
 * The JSON API of `newsgraph serve` (docs/http-api.md): one typed function per route. Lists are
 * paged and filtered by the server; nothing here loads a whole table.
 */
import type { Static } from 'typebox';
import type { AnalyzedDocument } from '../../src/document/contract.js';
import type {
  ActorProfileReply, ActorsReply, CommitmentsQuery, CommitmentsReply, DocumentReply, DocumentsReply, EventsReply, PlacesReply, QuotesReply,
  SearchReply, StoriesReply, StoryReply, Stats as StatsReply, TimelineReply,
} from '../../src/server/schemas.js';

// The answers' types come from the server's own route schemas (src/server/schemas.ts): one
// declaration, checked on both sides.
export type { AnalyzedDocument };
export type Stats = Static<typeof StatsReply>;
export type SearchResponse = Static<typeof SearchReply>;
export type SearchHit = SearchResponse['results'][number];
export type Facet = SearchResponse['facets']['outlets'][number];
export type DocumentSummary = Static<typeof DocumentsReply>['results'][number];
export type DocumentResponse = Static<typeof DocumentReply>;
export type ActorSummary = Static<typeof ActorsReply>['results'][number];
export type QuoteRow = Static<typeof QuotesReply>['results'][number];
export type EventRow = Static<typeof EventsReply>['results'][number];
export type ActorProfile = Static<typeof ActorProfileReply>;
export type PlaceRow = Static<typeof PlacesReply>['results'][number];
export type TimelineBucket = Static<typeof TimelineReply>['results'][number];
export type CommitmentState = Static<typeof CommitmentsQuery>['state'];
export type CommitmentRow = Static<typeof CommitmentsReply>['results'][number];
/** What a commitment's own article states became of it; apart from `outcome`, a later article's follow-up. */
export type CommitmentStatus = NonNullable<CommitmentRow['status']>;
export type StorySummary = Static<typeof StoriesReply>['results'][number];
export type StoryDetail = Static<typeof StoryReply>;
export type StoryArticle = StoryDetail['articles'][number];
export type StoryEvent = StoryDetail['events'][number];

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
  commitments: (params: { state: CommitmentState; status?: CommitmentStatus } & Page, signal?: AbortSignal) => getJson<{ results: CommitmentRow[] }>('commitments', { ...params }, signal),
  stories: (page: Page, signal?: AbortSignal) => getJson<{ total: number; results: StorySummary[] }>('stories', { ...page }, signal),
  story: (id: string, signal?: AbortSignal) => getJson<StoryDetail>(`stories/${segment(id)}`, {}, signal),
};
