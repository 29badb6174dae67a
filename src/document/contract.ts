/**
 * The output contract of DESIGN.md ("AnalyzedDocument"). Tools outside the project read
 * these field names: add fields freely, never rename one.
 *
 * All offsets are UTF-16 code-unit indices into `article.text`, half-open `[start, end)`.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type SourceKind = 'file' | 'url' | 'stdin' | 'feed' | 'record';

export interface SourceRef {
  readonly uri: string;
  readonly kind: SourceKind;
  readonly contentType?: string;
}

export type ArticleFlag = 'paywall' | 'truncated' | 'comments' | 'no-date' | 'not-english';

export interface Article {
  readonly title: string | null;
  readonly byline: string[];
  readonly publisher: string | null;
  /** ISO 8601. */
  readonly publishedAt: string | null;
  readonly updatedAt: string | null;
  /** BCP 47 primary language subtag, e.g. `en`. */
  readonly language: string | null;
  readonly url: string | null;
  readonly text: string;
  readonly paragraphs: [number, number][];
  readonly flags: ArticleFlag[];
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT' | 'MISC';
export type MentionKind = 'name' | 'title' | 'pronoun' | 'demonym' | 'nominal';

export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly country: string | null;
  readonly sector: string | null;
  readonly roles: { title: string; country: string | null; span: Span }[];
  readonly kb: string | null;
  /** The same actor's key in every article (the kb id, else type, country and full name); null when ambiguous. */
  readonly key: string | null;
  readonly salience: number;
  readonly mentions: (Span & { kind: MentionKind })[];
}

export type ValueType =
  | 'DATE' | 'TIME' | 'DURATION' | 'MONEY' | 'PERCENT' | 'QUANTITY' | 'CARDINAL' | 'ORDINAL';

export interface TimeRange {
  readonly start: string;
  readonly end: string;
}

export interface Value {
  readonly type: ValueType;
  readonly span: Span;
  readonly value: number | string | null;
  readonly unit: string | null;
  readonly resolved: TimeRange | null;
}

export interface Quote {
  readonly id: string;
  readonly kind: 'direct' | 'indirect' | 'mixed';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly cue: Span | null;
  readonly speaker: (Span & { entity: string | null; name: string }) | null;
  readonly confidence: number;
}

export interface FactTime {
  readonly span: Span | null;
  readonly start: string | null;
  readonly end: string | null;
}

export type EventStatus =
  | 'occurred' | 'ongoing' | 'planned' | 'proposed' | 'hypothetical' | 'refused' | 'denied';

export interface Event {
  readonly id: string;
  readonly cameo: string;
  readonly plover: string;
  readonly label: string;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly goldstein: number;
  readonly trigger: Span;
  readonly source: string[];
  readonly target: string[];
  readonly place: string | null;
  readonly time: FactTime | null;
  readonly status: EventStatus;
  readonly evidence: Span;
  readonly rule: string;
  readonly confidence: number;
}

export interface Commitment {
  readonly id: string;
  readonly actor: string[];
  readonly beneficiary: string[];
  readonly what: string;
  readonly due: FactTime | null;
  readonly event: string | null;
  readonly evidence: Span;
}

export interface Stance {
  readonly id: string;
  readonly holder: string[];
  readonly issue: string;
  readonly polarity: 'support' | 'oppose' | 'demand' | 'reject';
  readonly changed: boolean;
  readonly evidence: Span;
}

export interface AnalyzerInfo {
  readonly name: 'newsgraph';
  readonly version: string;
}

export interface ErrorRecord {
  readonly code: string;
  readonly message: string;
}

export interface AnalyzedDocument {
  readonly id: string;
  readonly analyzer: AnalyzerInfo;
  readonly source: SourceRef;
  readonly article: Article;
  readonly sentences: [number, number][];
  readonly entities: Entity[];
  readonly values: Value[];
  readonly quotes: Quote[];
  readonly events: Event[];
  readonly commitments: Commitment[];
  readonly stances: Stance[];
  readonly error?: ErrorRecord;
}

/** What an input that failed produces: its source and the error, instead of the layers. */
export interface FailedDocument {
  readonly id: string;
  readonly analyzer: AnalyzerInfo;
  readonly source: SourceRef;
  readonly error: ErrorRecord;
}

export type AnalysisResult = AnalyzedDocument | FailedDocument;

export function isFailed(result: AnalysisResult): result is FailedDocument {
  return !('article' in result);
}
