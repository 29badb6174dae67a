/**
 * Entity spans and the tag encodings that carry them: IOB1 (CoNLL-2003 files), IOB2 (what
 * `ner --conll` writes) and BILOU (what the tagger predicts: Ratinov & Roth found it about
 * one F1 point better than BIO, because single-token and last-token names get their own labels).
 */

/** Tokens `[start, end)` of one entity in a sentence. */
export interface TagSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

const OUTSIDE = 'O';

function splitTag(tag: string): { prefix: string; type: string } {
  if (tag === OUTSIDE) return { prefix: OUTSIDE, type: '' };
  const dash = tag.indexOf('-');
  if (dash < 0) throw new Error(`"${tag}" is not a tag (expected O or PREFIX-TYPE)`);
  return { prefix: tag.slice(0, dash), type: tag.slice(dash + 1) };
}

/** How an encoding marks entity boundaries: the prefixes that open one, and those that close it. */
interface Encoding {
  readonly name: string;
  readonly prefixes: ReadonlySet<string>;
  readonly opens: ReadonlySet<string>;
  readonly closes: ReadonlySet<string>;
}

const IOB: Encoding = { name: 'IOB', prefixes: new Set(['B', 'I']), opens: new Set(['B']), closes: new Set() };
const BILOU: Encoding = { name: 'BILOU', prefixes: new Set(['B', 'I', 'L', 'U']), opens: new Set(['B', 'U']), closes: new Set(['L', 'U']) };

/**
 * Spans from tags, as conlleval reads them: an entity starts at an opening prefix, or at any
 * tag after `O` or after a different type, and ends at a closing prefix, where the next entity
 * starts, or at `O`. Broken BILOU sequences are read the same way: a run of one type is one entity.
 */
function spansFromTags(tags: readonly string[], encoding: Encoding): TagSpan[] {
  const spans: TagSpan[] = [];
  let start = -1;
  let type = '';
  const close = (end: number) => {
    if (start >= 0) spans.push({ start, end, type });
    start = -1;
  };
  tags.forEach((tag, index) => {
    const { prefix, type: tagType } = splitTag(tag);
    if (prefix === OUTSIDE) return close(index);
    if (!encoding.prefixes.has(prefix)) throw new Error(`"${tag}" is not an ${encoding.name} tag`);
    if (encoding.opens.has(prefix) || start < 0 || tagType !== type) {
      close(index);
      start = index;
      type = tagType;
    }
    if (encoding.closes.has(prefix)) close(index + 1);
  });
  close(tags.length);
  return spans;
}

/** Spans from IOB1 or IOB2 tags (CoNLL files). */
export function spansFromIob(tags: readonly string[]): TagSpan[] {
  return spansFromTags(tags, IOB);
}

/** Spans from BILOU labels (the tagger's output). */
export function spansFromBilou(tags: readonly string[]): TagSpan[] {
  return spansFromTags(tags, BILOU);
}

/** IOB2 tags (every entity starts with `B-`) for `length` tokens. */
export function iob2FromSpans(spans: readonly TagSpan[], length: number): string[] {
  const tags: string[] = new Array<string>(length).fill(OUTSIDE);
  for (const { start, end, type } of spans) {
    for (let i = start; i < end; i++) tags[i] = `${i === start ? 'B' : 'I'}-${type}`;
  }
  return tags;
}

/** BILOU labels: Unit for one-token entities, Begin/Inside/Last for longer ones. */
export function bilouFromSpans(spans: readonly TagSpan[], length: number): string[] {
  const tags: string[] = new Array<string>(length).fill(OUTSIDE);
  for (const { start, end, type } of spans) {
    if (end - start === 1) {
      tags[start] = `U-${type}`;
      continue;
    }
    for (let i = start; i < end; i++) tags[i] = `${i === start ? 'B' : i === end - 1 ? 'L' : 'I'}-${type}`;
  }
  return tags;
}

/** The BILOU label set for `types`, `O` first. */
export function bilouLabels(types: readonly string[]): string[] {
  return [OUTSIDE, ...types.flatMap((type) => ['B', 'I', 'L', 'U'].map((prefix) => `${prefix}-${type}`))];
}

/**
 * `allowed[previous][next]`: whether label `next` may follow `previous` in a valid BILOU
 * sequence; index `labels.length` stands for the sentence start.
 */
export function bilouTransitions(labels: readonly string[]): boolean[][] {
  const parsed = labels.map(splitTag);
  const opens = (label: { prefix: string }) => label.prefix === 'B' || label.prefix === 'I';
  const rows = parsed.map((previous) =>
    parsed.map((next) => (opens(previous)
      ? (next.prefix === 'I' || next.prefix === 'L') && next.type === previous.type
      : next.prefix === OUTSIDE || next.prefix === 'B' || next.prefix === 'U')),
  );
  rows.push(parsed.map((next) => next.prefix === OUTSIDE || next.prefix === 'B' || next.prefix === 'U'));
  return rows;
}

/** Labels that may end a sentence (no entity left open). */
export function bilouFinal(labels: readonly string[]): boolean[] {
  return labels.map((label) => {
    const { prefix } = splitTag(label);
    return prefix !== 'B' && prefix !== 'I';
  });
}

/** Each label with an open entity closed where it stands: `B-` becomes `U-`, `I-` becomes `L-`, others stay. */
export function closingLabels(labels: readonly string[]): string[] {
  return labels.map((label) => {
    const { prefix, type } = splitTag(label);
    return prefix === 'B' ? `U-${type}` : prefix === 'I' ? `L-${type}` : label;
  });
}
