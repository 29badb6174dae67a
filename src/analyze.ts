import { createHash } from 'node:crypto';
import { toArticle, type ArticleOptions } from './articles/index.js';
import { SCHEMA_VERSION, type AnalysisResult, type AnalyzedDocument, type AnalyzerInfo, type Article, type Commitment, type Event, type FailedDocument, type Quote, type SourceRef } from './document/contract.js';
import { checkPipeline, runPipeline, type Annotator, type Layers } from './document/doc.js';
import { toInputError, type InputError } from './errors.js';
import { actorAnnotator } from './facts/actors/index.js';
import { commitmentAnnotator } from './facts/commitments/index.js';
import { likelyEventThreshold } from './facts/events/confidence.js';
import { eventAnnotator } from './facts/events/index.js';
import { likelyQuoteThreshold } from './facts/quotes/confidence.js';
import { quoteAnnotator } from './facts/quotes/index.js';
import { stanceAnnotator } from './facts/stances/index.js';
import { nameAnnotator } from './nlp/names.js';
import { parseAnnotator } from './nlp/parse.js';
import { sentenceAnnotator } from './nlp/sentences.js';
import { tokenAnnotator } from './nlp/tokenizer.js';
import { valuesAnnotator } from './nlp/values.js';
import { DataFolder, defaultResources, ResourceSet } from './resources.js';
import { readSources, type RawDocument, type ReadOptions } from './sources/index.js';
import { VERSION } from './version.js';

/** The annotators, in the order they run. Each later stage adds itself here (docs/pipeline.md). */
export const PIPELINE: readonly Annotator[] = [tokenAnnotator, sentenceAnnotator, nameAnnotator, valuesAnnotator, parseAnnotator, actorAnnotator, quoteAnnotator, eventAnnotator, commitmentAnnotator, stanceAnnotator];
checkPipeline(PIPELINE);

/**
 * Every layer the pipeline builds up to and including `last`, the internal ones (tokens, the
 * parse) too, with no stage's guard: for tools and tests that read a layer the output leaves out.
 */
export function layersThrough(article: Article, last: Annotator): Partial<Layers> {
  const layers: Partial<Layers> = {};
  for (const annotator of PIPELINE.slice(0, PIPELINE.indexOf(last) + 1)) {
    (layers as Record<string, unknown>)[annotator.assigns] = annotator.annotate({ article, layers });
  }
  return layers;
}

/**
 * What one analysis keeps: `events: 'all'` keeps the events below their confidence threshold too,
 * `quotes: 'all'` the quotes below theirs (both default to `'likely'`).
 */
export interface AnalysisOptions extends ArticleOptions {
  readonly events?: 'likely' | 'all';
  readonly quotes?: 'likely' | 'all';
}

export interface AnalyzeOptions extends AnalysisOptions, ReadOptions {}

/** An article handed over in memory: HTML or text, with what the caller knows about it. */
export interface ArticleInput {
  readonly html?: string;
  readonly text?: string;
  readonly url?: string;
  readonly publishedAt?: string;
  readonly title?: string;
  readonly publisher?: string;
  /** Who wrote it ("Jane Roe and John Doe"): preferred to a byline the article states. */
  readonly byline?: string;
}

export interface AnalyzerOptions {
  /** The folder to load resources from (default: the package's own `data/`). */
  readonly dataDir?: string | URL;
}

/** What an analyzer is: the provenance every record carries, and the contract's version. */
export interface AnalyzerDescription extends AnalyzerInfo {
  readonly schemaVersion: string;
}

/**
 * One loaded analyzer: every resource read and checked once, at creation. Hold one for the
 * life of a process (the CLI, the store, the server and the workers each do); the same article
 * gives the same record whatever the analyzer read before.
 */
export interface Analyzer {
  readonly info: AnalyzerDescription;
  /** Analyzes one article given as a string (HTML or text, sniffed) or as `{ html | text, url?, publishedAt? }`. */
  analyze(input: string | ArticleInput, options?: AnalysisOptions): AnalysisResult;
  /** Analyzes one raw document; never throws for bad input (the result carries `error`). */
  analyzeRaw(raw: RawDocument, options?: AnalysisOptions): AnalysisResult;
  /**
   * Runs this analyzer's annotators again over a stored record's article (its text, title and
   * dates as they were read): what `ingest --reanalyze` does when the analyzer is newer.
   */
  reanalyze(doc: AnalyzedDocument): AnalyzedDocument;
  /** The record of an input that failed before it could be analyzed (a fetch, a read). */
  failure(source: SourceRef, error: InputError): FailedDocument;
  /** Analyzes files, directories, URLs and `-`, one result per article, in input order. */
  analyzeInputs(inputs: readonly string[], options?: AnalyzeOptions): AsyncGenerator<AnalysisResult>;
}

function stableId(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/** The record of an input that failed, as the analyzer `analyzer` writes it. */
export function failedDocument(analyzer: AnalyzerInfo, source: SourceRef, error: InputError): FailedDocument {
  return {
    id: stableId(`error:${source.uri}`),
    schemaVersion: SCHEMA_VERSION,
    analyzer: { name: analyzer.name, version: analyzer.version, data: analyzer.data },
    source,
    status: 'failed',
    error: { code: error.code, message: error.message },
  };
}

/**
 * Loads every resource from `dataDir` (the shipped `data/` by default) and checks it. A missing
 * or malformed file throws a `ResourceError` naming it: better at start-up than mid-batch.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  // Analyzers of the shipped data share its one set: resources do not change once loaded.
  const resources = (options.dataDir === undefined ? defaultResources() : new ResourceSet(new DataFolder(options.dataDir))).loadAll();
  const info: AnalyzerDescription = { name: 'newsgraph', version: VERSION, data: resources.data.hash(), schemaVersion: SCHEMA_VERSION };
  const provenance: AnalyzerInfo = { name: info.name, version: info.version, data: info.data };

  const failed = (source: SourceRef, error: InputError): FailedDocument => failedDocument(provenance, source, error);

  const analyzeRaw = (raw: RawDocument, articleOptions: AnalysisOptions = {}): AnalysisResult =>
    resources.run(() => {
      let article;
      try {
        article = toArticle(raw, articleOptions);
      } catch (error) {
        return failed(raw.source, toInputError(error));
      }
      return annotate(article, raw.source, articleOptions);
    });

  const annotate = (article: Article, source: SourceRef, kept: Pick<AnalysisOptions, 'events' | 'quotes'> = {}): AnalyzedDocument => {
    const { layers: all, warnings } = runPipeline(article, PIPELINE);
    const withEvents = kept.events === 'all' ? all : withLikelyEvents(all);
    const layers = kept.quotes === 'all' ? withEvents : withLikelyQuotes(withEvents);
    const document: AnalyzedDocument = {
      id: stableId(article.text),
      schemaVersion: SCHEMA_VERSION,
      analyzer: provenance,
      source,
      status: 'ok',
      article,
      ...layers,
    };
    return warnings.length > 0 ? { ...document, warnings } : document;
  };

  return {
    info,
    failure: failed,
    analyzeRaw,
    analyze: (input, articleOptions = {}) => analyzeRaw(rawFromInput(input), articleOptions),
    reanalyze: (doc) => resources.run(() => annotate(doc.article, doc.source)),
    async *analyzeInputs(inputs, readOptions = {}) {
      for await (const item of readSources(inputs, readOptions)) {
        yield item.ok ? analyzeRaw(item.raw, readOptions) : failed(item.source, item.error);
      }
    },
  };
}

/** An article given as a string or a record, as the raw document `analyzeRaw` reads. */
export function rawFromInput(input: string | ArticleInput): RawDocument {
  const record: ArticleInput = typeof input === 'string' ? { text: input } : input;
  return {
    source: { uri: record.url ?? 'memory:', kind: 'record' },
    content: { kind: 'text', text: record.html ?? record.text ?? '' },
    format: record.html !== undefined ? 'html' : typeof input === 'string' ? 'auto' : 'text',
    url: record.url ?? null,
    publishedAt: record.publishedAt ?? null,
    title: record.title ?? null,
    publisher: record.publisher ?? null,
    byline: record.byline ?? null,
  };
}

/** The layers with the events below the confidence threshold left out, and commitments' links to them cleared. */
function withLikelyEvents<L extends { events: Event[]; commitments: Commitment[] }>(layers: L): L {
  const threshold = likelyEventThreshold();
  const events = layers.events.filter((event) => event.confidence >= threshold);
  if (events.length === layers.events.length) return layers;
  const kept = new Set(events.map((event) => event.id));
  const commitments = layers.commitments.map((commitment) => (commitment.event === null || kept.has(commitment.event) ? commitment : { ...commitment, event: null }));
  return { ...layers, events, commitments };
}

/** The layers with the quotes below the confidence threshold left out (no other layer refers to a quote). */
function withLikelyQuotes<L extends { quotes: Quote[] }>(layers: L): L {
  const threshold = likelyQuoteThreshold();
  const quotes = layers.quotes.filter((quote) => quote.confidence >= threshold);
  return quotes.length === layers.quotes.length ? layers : { ...layers, quotes };
}

let shared: Analyzer | undefined;

/** The analyzer over the shipped data that `analyze()` uses, created on first call. */
export function defaultAnalyzer(): Analyzer {
  shared ??= createAnalyzer();
  return shared;
}

/** Analyzes one article with the default analyzer (see `Analyzer.analyze`). */
export function analyze(input: string | ArticleInput, options: AnalysisOptions = {}): AnalysisResult {
  return defaultAnalyzer().analyze(input, options);
}
