/**
 * The output contract of DESIGN.md ("AnalyzedDocument"), as schemas: the TypeScript types, the
 * published JSON Schema (schema/analyzed-document.schema.json, `npm run schema:build`) and the
 * server's route schemas all come from here. Tools outside the project read these field
 * names: add fields freely, never rename one; a breaking change bumps SCHEMA_VERSION.
 *
 * All offsets are UTF-16 code-unit indices into `article.text`, half-open `[start, end)`.
 */
import Type, { type Static, type TSchema } from 'typebox';

/**
 * The contract's version (semver): the major part moves on any change a reader of the output
 * could trip over, the minor part when fields are added.
 */
export const SCHEMA_VERSION = '2.0.0';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Offset = Type.Integer({ minimum: 0 });
const OffsetPair = Type.Tuple([Offset, Offset]);
const IsoDate = Type.String({ description: 'ISO 8601 date or date-time' });
const EntityIds = Type.Array(Type.String(), { description: 'ids of entities of the same document' });
const Confidence = Type.Number({ minimum: 0, maximum: 1, description: 'how likely the fact is right, as the rule or model that made it estimates' });
const Rule = Type.String({ description: 'the pattern or rule that produced the fact' });

export const SpanSchema = Type.Object({ start: Offset, end: Offset, text: Type.String() }, { description: 'characters [start, end) of article.text' });
export type Span = Static<typeof SpanSchema>;

export const SourceKindSchema = Type.Enum(['file', 'url', 'stdin', 'feed', 'record']);
export type SourceKind = Static<typeof SourceKindSchema>;

export const SourceRefSchema = Type.Object({
  uri: Type.String(),
  kind: SourceKindSchema,
  contentType: Type.Optional(Type.String()),
});
export type SourceRef = Static<typeof SourceRefSchema>;

export const ArticleFlagSchema = Type.Enum(['paywall', 'truncated', 'comments', 'no-date', 'not-english']);
export type ArticleFlag = Static<typeof ArticleFlagSchema>;

export const ArticleSchema = Type.Object({
  title: Nullable(Type.String()),
  byline: Type.Array(Type.String()),
  publisher: Nullable(Type.String()),
  publishedAt: Nullable(IsoDate),
  updatedAt: Nullable(IsoDate),
  language: Nullable(Type.String({ description: 'BCP 47 primary language subtag, e.g. en' })),
  url: Nullable(Type.String()),
  text: Type.String(),
  paragraphs: Type.Array(OffsetPair),
  flags: Type.Array(ArticleFlagSchema),
});
export type Article = Static<typeof ArticleSchema>;

export const EntityTypeSchema = Type.Enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'MISC']);
export type EntityType = Static<typeof EntityTypeSchema>;
export const MentionKindSchema = Type.Enum(['name', 'title', 'pronoun', 'demonym', 'nominal']);
export type MentionKind = Static<typeof MentionKindSchema>;

export const EntitySchema = Type.Object({
  id: Type.String(),
  name: Type.String({ description: 'canonical name' }),
  type: EntityTypeSchema,
  country: Nullable(Type.String({ description: 'ISO 3166 alpha-3' })),
  sector: Nullable(Type.String({ description: 'GOV, MIL, OPP, BUS, MED, ...' })),
  roles: Type.Array(Type.Object({ title: Type.String(), country: Nullable(Type.String()), span: SpanSchema })),
  kb: Nullable(Type.String()),
  key: Nullable(Type.String({ description: 'the same actor\'s key in every article (the kb id, else type, country and full name); null when ambiguous' })),
  salience: Type.Number(),
  mentions: Type.Array(Type.Object({ ...SpanSchema.properties, kind: MentionKindSchema })),
});
export type Entity = Static<typeof EntitySchema>;

export const ValueTypeSchema = Type.Enum(['DATE', 'TIME', 'DURATION', 'MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL']);
export type ValueType = Static<typeof ValueTypeSchema>;

export const TimeRangeSchema = Type.Object({ start: IsoDate, end: IsoDate });
export type TimeRange = Static<typeof TimeRangeSchema>;

export const ValueSchema = Type.Object({
  type: ValueTypeSchema,
  span: SpanSchema,
  value: Nullable(Type.Union([Type.Number(), Type.String()])),
  unit: Nullable(Type.String()),
  resolved: Nullable(TimeRangeSchema),
});
export type Value = Static<typeof ValueSchema>;

export const QuoteSchema = Type.Object({
  id: Type.String(),
  kind: Type.Enum(['direct', 'indirect', 'mixed']),
  start: Offset,
  end: Offset,
  text: Type.String(),
  cue: Nullable(SpanSchema),
  speaker: Nullable(Type.Object({ ...SpanSchema.properties, entity: Nullable(Type.String()), name: Type.String() })),
  rule: Rule,
  confidence: Confidence,
});
export type Quote = Static<typeof QuoteSchema>;

export const FactTimeSchema = Type.Object({ span: Nullable(SpanSchema), start: Nullable(IsoDate), end: Nullable(IsoDate) });
export type FactTime = Static<typeof FactTimeSchema>;

export const EventStatusSchema = Type.Enum(['occurred', 'ongoing', 'planned', 'proposed', 'hypothetical', 'refused', 'denied']);
export type EventStatus = Static<typeof EventStatusSchema>;

export const PlaceSchema = Type.Object({
  span: SpanSchema,
  entity: Nullable(Type.String({ description: 'the entity the place names, when there is one' })),
  name: Type.String({ description: 'the entity\'s canonical name, else the span\'s text' }),
});
export type Place = Static<typeof PlaceSchema>;

export const EventSchema = Type.Object({
  id: Type.String(),
  cameo: Type.String(),
  plover: Type.String(),
  label: Type.String(),
  quadClass: Type.Enum([1, 2, 3, 4]),
  goldstein: Type.Number(),
  trigger: SpanSchema,
  source: EntityIds,
  target: EntityIds,
  place: Nullable(PlaceSchema),
  time: Nullable(FactTimeSchema),
  status: EventStatusSchema,
  evidence: SpanSchema,
  rule: Rule,
  confidence: Confidence,
});
export type Event = Static<typeof EventSchema>;

export const CommitmentStatusSchema = Type.Enum(['promised', 'conditional', 'withdrawn', 'kept', 'broken'], {
  description: 'what the article says became of it: promised (made, not settled), conditional (a condition is stated), withdrawn, kept or broken',
});
export type CommitmentStatus = Static<typeof CommitmentStatusSchema>;

export const CommitmentSchema = Type.Object({
  id: Type.String(),
  actor: EntityIds,
  beneficiary: EntityIds,
  what: Type.String(),
  due: Nullable(FactTimeSchema),
  event: Nullable(Type.String({ description: 'the id of the event the commitment was made in' })),
  status: CommitmentStatusSchema,
  evidence: SpanSchema,
  rule: Rule,
});
export type Commitment = Static<typeof CommitmentSchema>;

export const StanceSchema = Type.Object({
  id: Type.String(),
  holder: EntityIds,
  issue: Type.String(),
  polarity: Type.Enum(['support', 'oppose', 'demand', 'reject']),
  changed: Type.Boolean({ description: 'the text says the holder\'s position moved' }),
  evidence: SpanSchema,
  rule: Rule,
});
export type Stance = Static<typeof StanceSchema>;

export const AnalyzerInfoSchema = Type.Object({
  name: Type.Literal('newsgraph'),
  version: Type.String(),
  data: Type.Optional(Type.String({ description: 'a hash of the data files the analyzer loaded' })),
});
export type AnalyzerInfo = Static<typeof AnalyzerInfoSchema>;

export const ErrorRecordSchema = Type.Object({ code: Type.String(), message: Type.String() });
export type ErrorRecord = Static<typeof ErrorRecordSchema>;

export const StageWarningSchema = Type.Object({
  stage: Type.String({ description: 'the annotator that failed; its layer is empty' }),
  code: Type.String(),
  message: Type.String(),
});
export type StageWarning = Static<typeof StageWarningSchema>;

const documentHead = {
  id: Type.String({ description: 'stable hash of article.text (of the source, for a failed input)' }),
  schemaVersion: Type.String(),
  analyzer: AnalyzerInfoSchema,
  source: SourceRefSchema,
};

export const AnalyzedDocumentSchema = Type.Object({
  ...documentHead,
  status: Type.Literal('ok'),
  article: ArticleSchema,
  sentences: Type.Array(OffsetPair),
  entities: Type.Array(EntitySchema),
  values: Type.Array(ValueSchema),
  quotes: Type.Array(QuoteSchema),
  events: Type.Array(EventSchema),
  commitments: Type.Array(CommitmentSchema),
  stances: Type.Array(StanceSchema),
  warnings: Type.Optional(Type.Array(StageWarningSchema)),
});
export type AnalyzedDocument = Static<typeof AnalyzedDocumentSchema>;

/** What an input that failed produces: its source and the error, instead of the layers. */
export const FailedDocumentSchema = Type.Object({
  ...documentHead,
  status: Type.Literal('failed'),
  error: ErrorRecordSchema,
});
export type FailedDocument = Static<typeof FailedDocumentSchema>;

/** One record of `newsgraph analyze`: an analyzed article or a failed input. */
export const AnalysisResultSchema = Type.Union([AnalyzedDocumentSchema, FailedDocumentSchema], { title: 'AnalyzedDocument' });
export type AnalysisResult = Static<typeof AnalysisResultSchema>;

export function isFailed(result: AnalysisResult): result is FailedDocument {
  return result.status === 'failed';
}
