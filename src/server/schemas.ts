/**
 * Every route's parameters and answers, declared once with TypeBox: Fastify validates requests
 * and serializes answers by them, the handlers' types come from them, and the OpenAPI document at
 * /api/openapi.json is generated from them.
 */
import Type, { type TSchema } from 'typebox';
import { AnalyzedDocumentSchema, CommitmentStatusSchema } from '../document/contract.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'an ISO day, e.g. 2016-03-01' });
const NullableString = Nullable(Type.String());

/** The most rows one page may ask for. */
export const MAX_PAGE = 200;

export const PageQuery = {
  limit: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 20 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
};

export const ErrorReply = Type.Object({
  statusCode: Type.Integer(),
  code: Type.String({ description: 'a stable code: NG_* (docs/errors.md)' }),
  error: Type.String(),
  message: Type.String(),
}, { $id: 'ErrorReply' });

export const Stats = Type.Object({
  documents: Type.Integer(), entities: Type.Integer(), quotes: Type.Integer(), events: Type.Integer(), eventReports: Type.Integer(),
  commitments: Type.Integer(), stances: Type.Integer(), stories: Type.Integer(), failures: Type.Integer(), copies: Type.Integer(),
});

const Facet = Type.Object({ value: Type.String(), count: Type.Integer() });
export const SearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 1000, description: 'the corpus search syntax: words, "phrases", OR, NOT, ( ), actor: type: status: from: to: outlet: lang:' }),
  since: Type.Optional(Type.String({ format: 'date-time', description: 'only articles stored after this time' })),
  ...PageQuery,
});
export const SearchReply = Type.Object({
  total: Type.Integer(),
  totalExact: Type.Boolean({ description: 'false when there are more matches than were counted (total is then a lower bound)' }),
  results: Type.Array(Type.Object({
    id: Type.String(), title: NullableString, publisher: NullableString, publishedAt: NullableString, url: NullableString,
    snippet: Type.String({ description: 'words around the matches, each match between [ and ]' }), copyOf: NullableString, ingestedAt: Type.String(),
  })),
  facets: Type.Object({ outlets: Type.Array(Facet), types: Type.Array(Facet), months: Type.Array(Facet) }),
});

const DocumentSummary = Type.Object({
  id: Type.String(), title: NullableString, publisher: NullableString, publishedAt: NullableString, url: NullableString,
  story: NullableString, copyOf: NullableString, ingestedAt: Type.String(),
});
export const DocumentsReply = Type.Object({ total: Type.Integer(), results: Type.Array(DocumentSummary) });
export const DocumentReply = Type.Object({
  document: AnalyzedDocumentSchema, story: NullableString, copyOf: NullableString, copies: Type.Array(Type.String()),
});
export const DocumentInput = Type.Object({
  text: Type.Optional(Type.String()), html: Type.Optional(Type.String()), url: Type.Optional(Type.String({ format: 'uri' })),
  publishedAt: Type.Optional(Type.String()), title: Type.Optional(Type.String()), publisher: Type.Optional(Type.String()),
  byline: Type.Optional(Type.String()),
}, { additionalProperties: false, minProperties: 1 });
export const DocumentAdded = Type.Object({ id: Type.String(), result: Type.Union([Type.Literal('added'), Type.Literal('duplicate')]) });
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });

const ActorSummary = Type.Object({
  key: Type.String(), name: Type.String(), type: Type.String(), country: NullableString, sector: NullableString,
  documents: Type.Integer(), firstSeen: NullableString, lastSeen: NullableString,
});
export const ActorsQuery = Type.Object({ q: Type.Optional(Type.String({ maxLength: 200 })), ...PageQuery });
export const ActorsReply = Type.Object({ results: Type.Array(ActorSummary) });
export const KeyParams = Type.Object({ key: Type.String({ minLength: 1, maxLength: 300 }) });

const QuoteRow = Type.Object({
  documentId: Type.String(), quoteId: Type.String(), publishedAt: NullableString, speaker: NullableString, speakerKey: NullableString,
  kind: Type.String(), text: Type.String(),
});
export const QuotesQuery = Type.Object({ speaker: Type.Optional(Type.String({ maxLength: 300, description: 'an actor key' })), ...PageQuery });
export const QuotesReply = Type.Object({ results: Type.Array(QuoteRow) });

const EventRow = Type.Object({
  documentId: Type.String(), eventId: Type.String(), publishedAt: NullableString, plover: Type.String(), cameo: Type.String(), label: Type.String(),
  status: Type.String(), trigger: Type.String(), source: Type.Array(Type.String()), target: Type.Array(Type.String()), place: NullableString,
  lat: Nullable(Type.Number()), lon: Nullable(Type.Number()), timeStart: NullableString, timeEnd: NullableString, cluster: Type.String(),
});
const EventFilterQuery = {
  actor: Type.Optional(Type.String({ maxLength: 300, description: 'an actor key: events it took part in' })),
  type: Type.Optional(Type.String({ maxLength: 200, description: 'PLOVER categories, comma-separated' })),
  status: Type.Optional(Type.String({ maxLength: 200, description: 'event statuses, comma-separated' })),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
};
export const EventsQuery = Type.Object({ ...EventFilterQuery, ...PageQuery });
export const EventsReply = Type.Object({ results: Type.Array(EventRow) });
export const PlacesQuery = Type.Object(EventFilterQuery);
export const PlacesReply = Type.Object({
  results: Type.Array(Type.Object({
    place: Type.String(), lat: Type.Number(), lon: Type.Number(), kind: NullableString, country: NullableString, reports: Type.Integer(), events: Type.Integer(),
  })),
});
export const TimelineQuery = Type.Object({ ...EventFilterQuery, by: Type.Union([Type.Literal('day'), Type.Literal('week'), Type.Literal('month')], { default: 'month' }) });
export const TimelineReply = Type.Object({
  results: Type.Array(Type.Object({
    period: Type.String({ description: 'the first day of the period (weeks start on Monday)' }),
    reports: Type.Integer({ description: 'event reports, every event of every article' }),
    events: Type.Integer({ description: 'real-world events: reports of one event count once' }),
  })),
});

export const ActorProfileReply = Type.Object({
  actor: ActorSummary,
  names: Type.Array(Type.String()),
  roles: Type.Array(Type.Object({ title: Type.String(), country: NullableString, firstSeen: NullableString, documents: Type.Integer() })),
  quotes: Type.Array(QuoteRow),
  events: Type.Object({ asSource: Type.Array(EventRow), asTarget: Type.Array(EventRow) }),
  coOccurring: Type.Array(Type.Object({ key: Type.String(), name: Type.String(), documents: Type.Integer() })),
});

export const CommitmentsQuery = Type.Object({
  state: Type.Union([Type.Literal('all'), Type.Literal('open'), Type.Literal('overdue'), Type.Literal('kept'), Type.Literal('broken')], {
    default: 'all', description: 'by the follow-up (`outcome`): open (none yet), overdue (none and past due), kept or broken by a later event',
  }),
  status: Type.Optional(Type.Enum(CommitmentStatusSchema.enum, { description: 'only commitments whose own article states this status' })),
  ...PageQuery,
});
export const CommitmentsReply = Type.Object({
  results: Type.Array(Type.Object({
    documentId: Type.String(), commitmentId: Type.String(), publishedAt: NullableString, actors: Type.Array(Type.String()), beneficiaries: Type.Array(Type.String()),
    what: Type.String(), dueStart: NullableString, dueEnd: NullableString,
    status: Nullable(Type.Enum(CommitmentStatusSchema.enum, {
      description: 'what its own article says became of it (the commitment\'s status in the output contract); null when stored before the store kept it',
    })),
    outcome: Nullable(Type.Union([Type.Literal('kept'), Type.Literal('broken')], { description: 'what a later article\'s event made of it (the cross-article follow-up); null while none has' })),
    outcomeEvent: Nullable(Type.String({ description: 'the event that kept or broke it, as documentId#eventId' })),
    overdue: Type.Boolean({ description: 'past its due window with no follow-up' }),
  })),
});

export const PageOnlyQuery = Type.Object(PageQuery);
export const StancesReply = Type.Object({
  results: Type.Array(Type.Object({
    documentId: Type.String(), stanceId: Type.String(), publishedAt: NullableString, holders: Type.Array(Type.String()),
    issue: Type.String(), polarity: Type.String(), changed: Type.Boolean(),
  })),
});

const StorySummary = Type.Object({
  story: Type.String(), title: NullableString, dayMin: Type.String(), dayMax: Type.String(), documents: Type.Integer(), sources: Type.Integer(),
});
export const StoriesReply = Type.Object({ total: Type.Integer(), results: Type.Array(StorySummary) });
export const StoryParams = Type.Object({ story: Type.String({ minLength: 1, maxLength: 200 }) });
export const StoryReply = Type.Object({
  story: StorySummary,
  articles: Type.Array(Type.Object({ id: Type.String(), title: NullableString, publisher: NullableString, publishedAt: NullableString, url: NullableString, copyOf: NullableString })),
  events: Type.Array(Type.Object({
    cluster: Type.String(), plover: Type.String(), label: Type.String(), dayMin: Type.String(), dayMax: Type.String(), places: Type.Array(Type.String()),
    reports: Type.Integer(), sources: Type.Integer(), outlets: Type.Array(Type.Object({ publisher: Type.String(), documents: Type.Array(Type.String()) })),
  })),
});
