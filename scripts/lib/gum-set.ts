/**
 * Named entities of the GUM corpus (Zeldes 2017) as PER/ORG/LOC documents, read from the
 * `Entity=` annotations in the MISC column of its CoNLL-U files.
 *
 * GUM marks every mention (names, common nouns, pronouns) with its entity type. A mention counts
 * as a name when its syntactic head (the token whose head lies outside the mention) is a proper
 * noun (Penn NNP/NNPS); its span is cut down to the run of proper nouns around that head, joined by connectors
 * such as "of" and "'s" ("the University of Basel, where he taught" → "University of Basel").
 * Nested names keep the longest (CoNLL style). person → PER, organization → ORG, place → LOC.
 *
 * Other proper nouns (names of events, works, products, languages, ...) and capitalised
 * adjectives ("Swiss") would be MISC in CoNLL, which GUM does not mark: their tokens are
 * listed as `unknown`, so training neither rewards nor punishes any label there.
 *
 * Documents are split deterministically: in name order, every fifth is held out for evaluation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TagSpan } from '../../src/nlp/ner/tags.js';
import type { TrainingDocument } from '../../src/nlp/ner/training.js';
import { NAME_CONNECTORS, PERSON_NAME_CONNECTORS } from './name-connectors.js';

export const DEFAULT_GUM_DIR = process.env.NEWSGRAPH_GUM ?? '../shared/data/ud/gum';

const TYPES: Readonly<Record<string, string>> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const HELD_OUT_EVERY = 5;

interface Token {
  readonly form: string;
  readonly upos: string;
  /** Penn tag NNP or NNPS: UD tags "United" in "United States" ADJ, but Penn tags it a proper noun. */
  readonly name: boolean;
  readonly head: number;
}

interface Mention {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

type Sentence = TrainingDocument['sentences'][number];

/** Opening `(eid-type-...` (with `)` when it closes on the same token) or closing `eid)` elements of an `Entity=` value. */
const ENTITY_ELEMENT = /\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)/g;

function parseSentence(lines: readonly string[]): { tokens: Token[]; mentions: Mention[] } {
  const tokens: Token[] = [];
  const mentions: Mention[] = [];
  const open = new Map<string, { start: number; type: string }[]>();
  for (const line of lines) {
    const columns = line.split('\t');
    if (!/^\d+$/.test(columns[0]!)) continue;
    const index = tokens.length;
    tokens.push({ form: columns[1]!, upos: columns[3]!, name: /^NNPS?$/.test(columns[4]!), head: Number(columns[6]) - 1 });
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(columns[9] ?? '')?.[1];
    if (entity === undefined) continue;
    for (const match of entity.matchAll(ENTITY_ELEMENT)) {
      const [, eid, type, closesHere, closing] = match;
      if (eid !== undefined) {
        if (closesHere !== undefined) mentions.push({ start: index, end: index + 1, type: type! });
        else open.set(eid, [...(open.get(eid) ?? []), { start: index, type: type! }]);
      } else {
        const started = open.get(closing!)?.pop();
        if (started !== undefined) mentions.push({ start: started.start, end: index + 1, type: started.type });
      }
    }
  }
  return { tokens, mentions };
}

/** The mention's head: its first token whose syntactic head lies outside it. */
function headOf(tokens: readonly Token[], { start, end }: Mention): number {
  for (let i = start; i < end; i++) {
    const head = tokens[i]!.head;
    if (head < start || head >= end) return i;
  }
  return start;
}

/** The run of proper nouns (with connectors between them) around the head, inside the mention. */
function nameSpan(tokens: readonly Token[], mention: Mention, head: number): { start: number; end: number } {
  const isName = (i: number) => tokens[i]!.name;
  const connectors = mention.type === 'person' ? PERSON_NAME_CONNECTORS : NAME_CONNECTORS;
  const isConnector = (i: number) => connectors.has(tokens[i]!.form.toLowerCase());
  const extend = (from: number, step: 1 | -1): number => {
    let edge = from;
    for (let i = from + step; i >= mention.start && i < mention.end;) {
      if (isName(i)) {
        edge = i;
        i += step;
        continue;
      }
      let j = i;
      while (j >= mention.start && j < mention.end && isConnector(j)) j += step;
      if (j === i || j < mention.start || j >= mention.end || !isName(j)) break;
      i = j;
    }
    return edge;
  };
  return { start: extend(head, -1), end: extend(head, 1) + 1 };
}

function namedEntities(tokens: readonly Token[], mentions: readonly Mention[]): Sentence {
  const named = mentions
    .map((mention) => ({ mention, head: headOf(tokens, mention) }))
    .filter(({ head }) => tokens[head]!.name)
    .map(({ mention, head }) => ({ ...nameSpan(tokens, mention, head), type: TYPES[mention.type] ?? null }))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(tokens.length);
  const spans: TagSpan[] = [];
  for (const { start, end, type } of named) {
    if (type === null || taken.subarray(start, end).some(Boolean)) continue;
    taken.fill(1, start, end);
    spans.push({ start, end, type });
  }
  const unknownToken = (i: number) => {
    if (taken[i]) return false;
    const { form, upos, name } = tokens[i]!;
    return name || (upos === 'ADJ' && i > 0 && /^\p{Lu}/u.test(form));
  };
  const unknownAt = new Uint8Array(tokens.length);
  for (const { start, end, type } of named) {
    if (type === null && !taken.subarray(start, end).some(Boolean)) unknownAt.fill(1, start, end);
  }
  tokens.forEach((_, i) => {
    if (unknownToken(i)) unknownAt[i] = 1;
  });
  const unknown: { start: number; end: number }[] = [];
  unknownAt.forEach((mark, i) => {
    if (mark) unknown.push({ start: i, end: i + 1 });
  });
  return {
    tokens: tokens.map((token) => token.form),
    spans: spans.sort((a, b) => a.start - b.start),
    unknown,
  };
}

export function readGumDocument(path: string): TrainingDocument {
  const sentences: Sentence[] = [];
  let lines: string[] = [];
  const endSentence = () => {
    if (lines.length === 0) return;
    const { tokens, mentions } = parseSentence(lines);
    if (tokens.length > 0) sentences.push(namedEntities(tokens, mentions));
    lines = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') endSentence();
    else if (!line.startsWith('#')) lines.push(line);
  }
  endSentence();
  return { sentences };
}

/** GUM's documents: all, the training part, or the held-out part (every fifth in name order). */
export function gumSplit(dir: string, part: 'all' | 'train' | 'heldout'): TrainingDocument[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.conllu')).sort();
  return files
    .filter((_, i) => part === 'all' || (i % HELD_OUT_EVERY === HELD_OUT_EVERY - 1) === (part === 'heldout'))
    .map((name) => readGumDocument(join(dir, name)));
}
