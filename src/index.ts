export { analyze, createAnalyzer, defaultAnalyzer, PIPELINE, type Analyzer, type AnalyzerDescription, type AnalyzerOptions, type AnalyzeOptions, type ArticleInput } from './analyze.js';
export { ResourceError } from './resources.js';
export type * from './document/contract.js';
export { AnalysisResultSchema, isFailed, SCHEMA_VERSION } from './document/contract.js';
export { checkPipeline, runPipeline, type Annotator, type Doc, type Layers, type LayerName } from './document/doc.js';
export { ERROR_CATALOG, InputError, type ErrorCode } from './errors.js';
export { readSources, type RawDocument, type SourceItem, type SourceLimits } from './sources/index.js';
export { toArticle } from './articles/index.js';
