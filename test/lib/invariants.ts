/**
 * The invariants every record of `newsgraph analyze` keeps, whatever the input (DESIGN.md, "The
 * output contract"), as one checker that returns what it finds broken: the property tests
 * (test/properties.test.ts) and the fuzzer (`npm run fuzz`) run it over every output.
 *
 * For an analyzed article: every span of every layer lies inside `article.text` (UTF-16,
 * half-open) and its `text` is the slice it names; no span boundary falls between the two halves
 * of a surrogate pair; ids are unique within their layer and every id a fact refers to exists;
 * no annotator threw; and the record, as JSON, validates against the published JSON Schema. For
 * a failed input: a catalogued error code and none of the layers.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import type { AnalysisResult, AnalyzedDocument } from '../../src/document/contract.js';
import { JSON_SCHEMA_FILE } from '../../src/document/json-schema.js';
import { ERROR_CATALOG } from '../../src/errors.js';

export interface Violation {
  /** A JSON pointer into the record, e.g. `/quotes/0/speaker`. */
  readonly path: string;
  readonly problem: string;
}

export interface CheckOptions {
  /**
   * Count a stage that threw (an `NG_STAGE_FAILED` warning) and a failed input with
   * `NG_INTERNAL` as violations: both mean code crashed on the input. Default true.
   */
  readonly crashes?: boolean;
}

/** The layers an analyzed article has and a failed input must not. */
const LAYER_KEYS = ['article', 'sentences', 'entities', 'values', 'quotes', 'events', 'commitments', 'stances'] as const;

interface Validator {
  readonly validate: ValidateFunction;
  /** The `anyOf` branch of each status ('ok', 'failed'), to report only that branch's errors. */
  readonly branches: Map<unknown, string>;
}

let compiled: Validator | undefined;

/** The published schema (schema/analyzed-document.schema.json), compiled once per process. */
function validator(): Validator {
  if (compiled === undefined) {
    const schema = JSON.parse(readFileSync(new URL(`../../${JSON_SCHEMA_FILE}`, import.meta.url), 'utf8')) as { anyOf: { properties: { status: { const: unknown } } }[] };
    const branches = new Map(schema.anyOf.map((branch, i) => [branch.properties.status.const, `#/anyOf/${i}/`]));
    compiled = { validate: new Ajv({ allErrors: true, strict: false }).compile(schema), branches };
  }
  return compiled;
}

/** Everything wrong with `result`; an empty list when it keeps every invariant. */
export function checkResult(result: AnalysisResult, options: CheckOptions = {}): Violation[] {
  const violations: Violation[] = [];
  const report = (path: string, problem: string) => violations.push({ path, problem });
  const crashes = options.crashes ?? true;

  let json: unknown;
  try {
    json = JSON.parse(JSON.stringify(result));
  } catch (error) {
    report('', `does not serialise to JSON: ${String(error)}`);
    return violations;
  }
  // The schema describes the record as written, so check it after a JSON round trip (a NaN
  // becomes null there, an undefined field disappears).
  const { validate, branches } = validator();
  if (!validate(json)) {
    const branch = branches.get(result.status);
    const errors = validate.errors ?? [];
    const own = errors.filter((error) => branch !== undefined && error.schemaPath.startsWith(branch));
    for (const error of own.length > 0 ? own : errors) report(error.instancePath, `schema: ${error.message ?? error.keyword}`);
  }

  if (result.status === 'failed') {
    const error = (result as { error?: { code?: unknown; message?: unknown } }).error;
    if (typeof error?.code !== 'string' || !(error.code in ERROR_CATALOG)) report('/error/code', `not a catalogued error code: ${String(error?.code)}`);
    else if (crashes && error.code === 'NG_INTERNAL') report('/error', `an unexpected error: ${String(error.message)}`);
    if (typeof error?.message !== 'string') report('/error/message', 'no message');
    for (const key of LAYER_KEYS) if (key in result) report(`/${key}`, 'a failed input has no layers');
    return violations;
  }
  if (result.status !== 'ok' || typeof result.article?.text !== 'string') {
    report('/status', `neither an analyzed article nor a failed input: ${String(result.status)}`);
    return violations;
  }

  const text = result.article.text;
  checkPairs(text, result.article.paragraphs, '/article/paragraphs', report);
  checkPairs(text, result.sentences, '/sentences', report);
  for (const path of knownSpans(result)) checkSpan(text, path.span, path.path, report, true);
  // And generically: any object with numeric start and end anywhere in the layers, so that a
  // span-like field added later is checked without touching this file.
  for (const key of LAYER_KEYS) {
    if (key === 'article' || key === 'sentences') continue;
    for (const found of spanLike(result[key], `/${key}`)) checkSpan(text, found.span, found.path, report, false);
  }
  checkIds(result, report);
  checkReferences(result, report);
  for (const [i, warning] of (result.warnings ?? []).entries()) {
    if (!(warning.code in ERROR_CATALOG)) report(`/warnings/${i}/code`, `not a catalogued error code: ${warning.code}`);
    if (crashes && warning.code === 'NG_STAGE_FAILED') report(`/warnings/${i}`, `annotator ${warning.stage} threw: ${warning.message}`);
  }
  return dedupe(violations);
}

type Report = (path: string, problem: string) => void;

function inText(text: string, start: unknown, end: unknown): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= (start as number) && (start as number) <= (end as number) && (end as number) <= text.length;
}

/** True when `offset` falls between the high and the low half of one surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function checkBounds(text: string, start: unknown, end: unknown, path: string, report: Report): boolean {
  if (!inText(text, start, end)) {
    report(path, `[${String(start)}, ${String(end)}) is not inside article.text (length ${text.length})`);
    return false;
  }
  for (const offset of [start as number, end as number]) {
    if (splitsSurrogatePair(text, offset)) report(path, `offset ${offset} splits a surrogate pair`);
  }
  return true;
}

function checkPairs(text: string, pairs: unknown, path: string, report: Report): void {
  if (!Array.isArray(pairs)) return report(path, 'not an array');
  for (const [i, pair] of pairs.entries()) {
    if (!Array.isArray(pair) || pair.length !== 2) report(`${path}/${i}`, 'not a [start, end] pair');
    else checkBounds(text, pair[0], pair[1], `${path}/${i}`, report);
  }
}

function checkSpan(text: string, span: unknown, path: string, report: Report, required: boolean): void {
  if (span === null || typeof span !== 'object') {
    if (required) report(path, 'not a span');
    return;
  }
  const { start, end, text: spanText } = span as { start?: unknown; end?: unknown; text?: unknown };
  if (!checkBounds(text, start, end, path, report)) return;
  if (required && typeof spanText !== 'string') report(path, 'a span without its text');
  if (typeof spanText === 'string' && spanText !== text.slice(start as number, end as number)) {
    report(path, `text ${JSON.stringify(spanText)} is not article.text[${String(start)}, ${String(end)}) = ${JSON.stringify(text.slice(start as number, end as number))}`);
  }
}

interface FoundSpan {
  readonly path: string;
  readonly span: unknown;
}

/** Every span the contract names, field by field (a null optional span is skipped). */
function knownSpans(doc: AnalyzedDocument): FoundSpan[] {
  const found: FoundSpan[] = [];
  const add = (path: string, span: unknown) => found.push({ path, span });
  const each = <T>(items: readonly T[] | undefined, layer: string, visit: (item: T, path: string) => void) =>
    (items ?? []).forEach((item, i) => visit(item, `/${layer}/${i}`));
  each(doc.entities, 'entities', (entity, path) => {
    entity.mentions?.forEach((mention, i) => add(`${path}/mentions/${i}`, mention));
    entity.roles?.forEach((role, i) => add(`${path}/roles/${i}/span`, role.span));
  });
  each(doc.values, 'values', (value, path) => add(`${path}/span`, value.span));
  each(doc.quotes, 'quotes', (quote, path) => {
    add(path, quote);
    if (quote.cue !== null) add(`${path}/cue`, quote.cue);
    if (quote.speaker !== null) add(`${path}/speaker`, quote.speaker);
  });
  each(doc.events, 'events', (event, path) => {
    add(`${path}/trigger`, event.trigger);
    add(`${path}/evidence`, event.evidence);
    if (event.place !== null) add(`${path}/place/span`, event.place?.span);
    if (event.time?.span) add(`${path}/time/span`, event.time.span);
  });
  each(doc.commitments, 'commitments', (commitment, path) => {
    add(`${path}/evidence`, commitment.evidence);
    if (commitment.due?.span) add(`${path}/due/span`, commitment.due.span);
  });
  each(doc.stances, 'stances', (stance, path) => add(`${path}/evidence`, stance.evidence));
  return found;
}

/** Every object under `value` with numeric `start` and `end`. */
function spanLike(value: unknown, path: string): FoundSpan[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => spanLike(item, `${path}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  const own = typeof object.start === 'number' || typeof object.end === 'number' ? [{ path, span: object }] : [];
  return [...own, ...Object.entries(object).flatMap(([key, item]) => spanLike(item, `${path}/${key}`))];
}

function checkIds(doc: AnalyzedDocument, report: Report): void {
  const layers = { entities: doc.entities, quotes: doc.quotes, events: doc.events, commitments: doc.commitments, stances: doc.stances };
  for (const [layer, items] of Object.entries(layers)) {
    const seen = new Map<string, number>();
    for (const [i, item] of (items ?? []).entries()) {
      const earlier = seen.get(item.id);
      if (earlier !== undefined) report(`/${layer}/${i}/id`, `id ${item.id} repeats /${layer}/${earlier}/id`);
      else seen.set(item.id, i);
    }
  }
}

function checkReferences(doc: AnalyzedDocument, report: Report): void {
  const entities = new Set((doc.entities ?? []).map((entity) => entity.id));
  const events = new Set((doc.events ?? []).map((event) => event.id));
  const entity = (id: string | null | undefined, path: string) => {
    if (id !== null && id !== undefined && !entities.has(id)) report(path, `no entity ${id}`);
  };
  const entityList = (ids: readonly string[] | undefined, path: string) => (ids ?? []).forEach((id, i) => entity(id, `${path}/${i}`));
  (doc.quotes ?? []).forEach((quote, i) => entity(quote.speaker?.entity, `/quotes/${i}/speaker/entity`));
  (doc.events ?? []).forEach((event, i) => {
    entityList(event.source, `/events/${i}/source`);
    entityList(event.target, `/events/${i}/target`);
    entity(event.place?.entity, `/events/${i}/place/entity`);
  });
  (doc.commitments ?? []).forEach((commitment, i) => {
    entityList(commitment.actor, `/commitments/${i}/actor`);
    entityList(commitment.beneficiary, `/commitments/${i}/beneficiary`);
    if (commitment.event !== null && commitment.event !== undefined && !events.has(commitment.event)) report(`/commitments/${i}/event`, `no event ${commitment.event}`);
  });
  (doc.stances ?? []).forEach((stance, i) => entityList(stance.holder, `/stances/${i}/holder`));
}

/** The known and the generic walk meet the same spans: report each problem once. */
function dedupe(violations: Violation[]): Violation[] {
  const seen = new Set<string>();
  return violations.filter((violation) => {
    const key = `${violation.path}\u0000${violation.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
