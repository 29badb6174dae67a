/**
 * GUM's coreference chains (../shared/data/ud/gum/*.conllu, MISC `Entity=`) as gold for the
 * actors stage. GUM is pre-tokenised: the document text is rebuilt from the tokens (a space
 * after each unless `SpaceAfter=No`, one space between sentences, a blank line at `# newpar`),
 * and every mention gets character offsets into that text.
 *
 * The `Entity=` annotation opens a mention with `(id-etype-infstat-salience-centering-minspan-link[-identity]`
 * and closes it with `id)`; one token may open and close several (`(4-organization-...(5-place-...)`,
 * `4)1)`). A mention's head is the token of the mention whose syntactic head lies outside it.
 *
 * Mention kinds, by the head's part of speech: `name` (PROPN), `pronoun` (a personal,
 * possessive or reflexive pronoun: PRON with PronType=Prs), `description` (a common noun,
 * adjective or number: "the company", "an English poet", "the 45-year-old"), `other`
 * (demonstratives, quantifiers: "this", "both").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_GUM_DIR = process.env.NEWSGRAPH_GUM ?? '../shared/data/ud/gum';

export type GumMentionKind = 'name' | 'pronoun' | 'description' | 'other';

export interface GumMention {
  /** Offsets into the rebuilt document text, half-open. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The coreference chain (GUM's entity id, unique within the document). */
  readonly chain: string;
  /** GUM's entity type: person, organization, place, abstract, ... */
  readonly etype: string;
  readonly kind: GumMentionKind;
  /** The head token's offsets. */
  readonly head: readonly [number, number];
}

export interface GumDocument {
  readonly id: string;
  readonly genre: string;
  readonly text: string;
  readonly mentions: readonly GumMention[];
}

interface Token {
  readonly start: number;
  readonly end: number;
  readonly head: number;
  readonly upos: string;
  readonly feats: string;
}

interface OpenMention {
  readonly chain: string;
  readonly etype: string;
  readonly first: number;
}

/** The opening and closing marks of one token's `Entity=` value, in order. */
function entityMarks(value: string): ({ open: string[] } | { close: string })[] {
  const marks: ({ open: string[] } | { close: string })[] = [];
  let i = 0;
  while (i < value.length) {
    if (value[i] === '(') {
      let j = i + 1;
      while (j < value.length && value[j] !== '(' && value[j] !== ')') j++;
      const fields = value.slice(i + 1, j).split('-');
      marks.push({ open: fields });
      if (value[j] === ')') {
        marks.push({ close: fields[0]! });
        j++;
      }
      i = j;
    } else {
      const match = /^(\d+)\)/.exec(value.slice(i));
      if (match === null) throw new Error(`unreadable Entity value ${value}`);
      marks.push({ close: match[1]! });
      i += match[0].length;
    }
  }
  return marks;
}

function miscField(misc: string, name: string): string | undefined {
  for (const part of misc.split('|')) if (part.startsWith(`${name}=`)) return part.slice(name.length + 1);
  return undefined;
}

function kindOf(token: Token): GumMentionKind {
  if (token.upos === 'PROPN') return 'name';
  if (token.upos === 'PRON') return /PronType=Prs/.test(token.feats) ? 'pronoun' : 'other';
  if (token.upos === 'NOUN' || token.upos === 'ADJ' || token.upos === 'NUM') return 'description';
  return 'other';
}

/** Reads one GUM document (one .conllu file's text). */
export function readGumDocument(id: string, source: string): GumDocument {
  let text = '';
  const mentions: GumMention[] = [];
  let genre = id.split('_')[1] ?? 'unknown';
  let sentence: Token[] = [];
  const pending: { open: OpenMention; last: number }[] = [];
  const open = new Map<string, OpenMention[]>();
  let rangeEnd = 0;
  let rangeSpan: [number, number] | null = null;
  let rangeOffset = 0;
  let paragraphStart = false;

  const finishSentence = () => {
    for (const { open: mention, last } of pending) {
      const inside = (index: number) => index >= mention.first && index <= last;
      let headIndex = mention.first;
      for (let k = mention.first; k <= last; k++) {
        if (!inside(sentence[k]!.head - 1)) {
          headIndex = k;
          break;
        }
      }
      const head = sentence[headIndex]!;
      const start = sentence[mention.first]!.start;
      const end = sentence[last]!.end;
      mentions.push({ start, end, text: text.slice(start, end), chain: mention.chain, etype: mention.etype, kind: kindOf(head), head: [head.start, head.end] });
    }
    pending.length = 0;
    sentence = [];
  };

  let separator = '';
  const append = (form: string, spaceAfter: boolean): [number, number] => {
    if (text.length > 0) text += paragraphStart ? '\n\n' : separator;
    paragraphStart = false;
    const start = text.length;
    text += form;
    separator = spaceAfter ? ' ' : '';
    return [start, text.length];
  };

  for (const line of source.split('\n')) {
    if (line.startsWith('# meta::genre = ')) genre = line.slice('# meta::genre = '.length).trim();
    if (line.startsWith('# newpar')) paragraphStart = true;
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      if (sentence.length > 0) finishSentence();
      continue;
    }
    const columns = line.split('\t');
    const [index, form, , upos, , feats, head, , , misc] = columns as [string, string, string, string, string, string, string, string, string, string];
    const range = /^(\d+)-(\d+)$/.exec(index);
    if (range !== null) {
      rangeEnd = Number(range[2]);
      rangeSpan = append(form, miscField(misc, 'SpaceAfter') !== 'No');
      rangeOffset = rangeSpan[0];
      continue;
    }
    if (index.includes('.')) continue;
    const number = Number(index);
    let span: [number, number];
    if (rangeSpan !== null && number <= rangeEnd) {
      // A word of a multiword token: its part of the surface form, or the whole of it.
      const surface = text.slice(rangeOffset, rangeSpan[1]);
      span = surface.startsWith(form) ? [rangeOffset, rangeOffset + form.length] : [rangeSpan[0], rangeSpan[1]];
      rangeOffset = span[1];
      if (number === rangeEnd) rangeSpan = null;
    } else {
      span = append(form, miscField(misc, 'SpaceAfter') !== 'No');
    }
    const position = sentence.length;
    sentence.push({ start: span[0], end: span[1], head: Number(head), upos, feats });
    const entity = miscField(misc, 'Entity');
    if (entity === undefined) continue;
    for (const mark of entityMarks(entity)) {
      if ('open' in mark) {
        const opened: OpenMention = { chain: mark.open[0]!, etype: mark.open[1] ?? 'unknown', first: position };
        const stack = open.get(opened.chain) ?? [];
        stack.push(opened);
        open.set(opened.chain, stack);
      } else {
        const opened = open.get(mark.close)?.pop();
        if (opened === undefined) throw new Error(`${id}: Entity ${mark.close} closed but not open`);
        pending.push({ open: opened, last: position });
      }
    }
  }
  if (sentence.length > 0) finishSentence();
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { id, genre, text, mentions };
}

/** Every GUM document in `dir`, in file-name order. */
export function readGum(dir: string = DEFAULT_GUM_DIR): GumDocument[] {
  return readdirSync(dir).filter((name) => name.endsWith('.conllu')).sort()
    .map((name) => readGumDocument(name.replace(/\.conllu$/, ''), readFileSync(join(dir, name), 'utf8')));
}

export type GumSplit = 'dev' | 'test';

/**
 * The fixed split: within each genre, documents in file-name order alternate dev, test, dev, ...
 * Rules are tuned on dev only; test is held out.
 */
export function gumSplit(documents: readonly GumDocument[]): Map<string, GumSplit> {
  const split = new Map<string, GumSplit>();
  const seen = new Map<string, number>();
  for (const document of [...documents].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const n = seen.get(document.genre) ?? 0;
    split.set(document.id, n % 2 === 0 ? 'dev' : 'test');
    seen.set(document.genre, n + 1);
  }
  return split;
}

export const ACTOR_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'place']);

/**
 * The gold the actors are scored against: mentions of the chains of a person, organisation or
 * place that are named at least once (a mention headed by a proper noun) and mentioned at least
 * twice (singletons say nothing about clustering).
 */
export function actorChains(document: GumDocument): GumMention[] {
  const byChain = new Map<string, GumMention[]>();
  for (const mention of document.mentions) {
    const list = byChain.get(mention.chain) ?? [];
    list.push(mention);
    byChain.set(mention.chain, list);
  }
  const kept = new Set<string>();
  for (const [chain, list] of byChain) {
    if (list.length >= 2 && ACTOR_TYPES.has(list[0]!.etype) && list.some((mention) => mention.kind === 'name')) kept.add(chain);
  }
  return document.mentions.filter((mention) => kept.has(mention.chain));
}
