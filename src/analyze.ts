import { createHash } from 'node:crypto';
import { toArticle, type ArticleOptions } from './articles/index.js';
import type { AnalysisResult, AnalyzerInfo, FailedDocument, SourceRef } from './document/contract.js';
import { checkPipeline, runPipeline, type Annotator } from './document/doc.js';
import { toInputError, type InputError } from './errors.js';
import { actorAnnotator } from './facts/actors/index.js';
import { commitmentAnnotator } from './facts/commitments/index.js';
import { eventAnnotator } from './facts/events/index.js';
import { quoteAnnotator } from './facts/quotes/index.js';
import { stanceAnnotator } from './facts/stances/index.js';
import { nameAnnotator } from './nlp/names.js';
import { sentenceAnnotator } from './nlp/sentences.js';
import { tokenAnnotator } from './nlp/tokenizer.js';
import { valuesAnnotator } from './nlp/values.js';
import { readSources, type RawDocument, type ReadOptions } from './sources/index.js';
import { VERSION } from './version.js';

/** The annotators, in the order they run. Each later stage adds itself here. */
export const PIPELINE: readonly Annotator[] = [tokenAnnotator, sentenceAnnotator, nameAnnotator, valuesAnnotator, actorAnnotator, quoteAnnotator, eventAnnotator, commitmentAnnotator, stanceAnnotator];
checkPipeline(PIPELINE);

export const ANALYZER: AnalyzerInfo = { name: 'newsgraph', version: VERSION };

export interface AnalyzeOptions extends ArticleOptions, ReadOptions {}

/** An article handed over in memory: HTML or text, with what the caller knows about it. */
export interface ArticleInput {
  readonly html?: string;
  readonly text?: string;
  readonly url?: string;
  readonly publishedAt?: string;
}

function stableId(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/** The record for an input that failed: its source and the error, no layers. */
export function failedDocument(source: SourceRef, error: InputError): FailedDocument {
  return {
    id: stableId(`error:${source.uri}`),
    analyzer: ANALYZER,
    source,
    error: { code: error.code, message: error.message },
  };
}

/** Analyzes one raw document; never throws for bad input (the result carries `error`). */
export function analyzeRaw(raw: RawDocument, options: ArticleOptions = {}): AnalysisResult {
  try {
    const article = toArticle(raw, options);
    const layers = runPipeline(article, PIPELINE);
    return { id: stableId(article.text), analyzer: ANALYZER, source: raw.source, article, ...layers };
  } catch (error) {
    return failedDocument(raw.source, toInputError(error));
  }
}

/**
 * The library entry point: analyzes one article given as a string (HTML or text, sniffed)
 * or as `{ html | text, url?, publishedAt? }`.
 */
export function analyze(input: string | ArticleInput, options: ArticleOptions = {}): AnalysisResult {
  const record: ArticleInput = typeof input === 'string' ? { text: input } : input;
  const body = record.html ?? record.text ?? '';
  const raw: RawDocument = {
    source: { uri: record.url ?? 'memory:', kind: 'record' },
    content: { kind: 'text', text: body },
    format: record.html !== undefined ? 'html' : typeof input === 'string' ? 'auto' : 'text',
    url: record.url ?? null,
    publishedAt: record.publishedAt ?? null,
  };
  return analyzeRaw(raw, options);
}

/** Analyzes files, directories, URLs and `-`, one result per article, in input order. */
export async function* analyzeInputs(inputs: readonly string[], options: AnalyzeOptions = {}): AsyncGenerator<AnalysisResult> {
  for await (const item of readSources(inputs, options)) {
    yield item.ok ? analyzeRaw(item.raw, options) : failedDocument(item.source, item.error);
  }
}
