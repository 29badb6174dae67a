/**
 * Features of the NER tagger, after the classic feature-rich taggers (Ratinov & Roth 2009,
 * Stanford's CRF): the word and its neighbours, shapes, affixes, gazetteer matches with their
 * position in the phrase, document-level casing evidence, and (in `labelFeatures`) the labels
 * already given to the previous tokens and to the same word earlier in the document.
 *
 * Features are strings handed to `emit`; the model maps them to weights.
 */
import type { WordClusters } from './clusters.js';
import type { Gazetteer } from './gazetteer.js';
import { isAllCaps, isCapitalised, wordShape } from './shape.js';

export type Emit = (feature: string) => void;

/** How each lower-cased word is written across one document. */
interface WordForms {
  /** Capitalised somewhere other than the start of a sentence or a headline. */
  capitalisedInside: boolean;
  /** Written in lower case somewhere. */
  lowerCase: boolean;
}

/** The lexical resources features consult. */
export interface NerResources {
  readonly gazetteer: Gazetteer;
  readonly clusters: WordClusters;
}

/** What the features of one sentence may know about the rest of its document. */
export interface DocumentContext {
  readonly forms: Map<string, WordForms>;
}

const MAX_AFFIX = 4;
const BOUNDARY = ['<s>', '</s>'] as const;

/**
 * A sentence written mostly in capitals (a headline or a dateline): its casing says nothing
 * about which words are names.
 */
export function isCapsSentence(tokens: readonly string[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const token of tokens) {
    if (token.toLowerCase() === token.toUpperCase()) continue;
    letters++;
    if (isAllCaps(token)) caps++;
  }
  return letters >= 2 && caps / letters > 0.6;
}

export function documentContext(sentences: readonly (readonly string[])[]): DocumentContext {
  const forms = new Map<string, WordForms>();
  for (const tokens of sentences) {
    if (isCapsSentence(tokens)) continue;
    tokens.forEach((token, index) => {
      const lower = token.toLowerCase();
      if (lower === token.toUpperCase()) return;
      let entry = forms.get(lower);
      if (entry === undefined) {
        entry = { capitalisedInside: false, lowerCase: false };
        forms.set(lower, entry);
      }
      if (token === lower) entry.lowerCase = true;
      else if (index > 0 && isCapitalised(token) && !isAllCaps(token)) entry.capitalisedInside = true;
    });
  }
  return { forms };
}

/** `{list}:{B|I|L|U}` for each gazetteer match covering each token. */
function gazetteerTags(gazetteer: Gazetteer, tokens: readonly string[]): string[][] {
  const tags: string[][] = tokens.map(() => []);
  for (const { list, start, end } of gazetteer.match(tokens)) {
    if (end - start === 1) {
      tags[start]!.push(`${list}:U`);
      continue;
    }
    for (let i = start; i < end; i++) tags[i]!.push(`${list}:${i === start ? 'B' : i === end - 1 ? 'L' : 'I'}`);
  }
  return tags;
}

function emitAffixes(lower: string, emit: Emit): void {
  const length = lower.length;
  for (let n = 1; n <= MAX_AFFIX && n < length; n++) {
    emit(`p${n}=${lower.slice(0, n)}`);
    emit(`x${n}=${lower.slice(length - n)}`);
  }
}

/**
 * Features that do not depend on predicted labels, for every token of one sentence:
 * computed once per sentence (and once per training run), then scored for each label.
 */
export function sentenceFeatures(
  tokens: readonly string[],
  context: DocumentContext,
  resources: NerResources,
  emitFor: (tokenIndex: number) => Emit,
): void {
  const caps = isCapsSentence(tokens);
  const lower = tokens.map((token) => token.toLowerCase());
  const shapes = tokens.map(wordShape);
  const gazetteers = gazetteerTags(resources.gazetteer, tokens);
  const clusters = lower.map((word) => resources.clusters.get(word));
  const lowerAt = (i: number) => (i < 0 ? BOUNDARY[0] : i >= tokens.length ? BOUNDARY[1] : lower[i]!);
  const shapeAt = (i: number) => (i < 0 ? BOUNDARY[0] : i >= tokens.length ? BOUNDARY[1] : shapes[i]!);

  for (let i = 0; i < tokens.length; i++) {
    const emit = emitFor(i);
    const word = tokens[i]!;
    const low = lower[i]!;
    const shape = shapes[i]!;
    emit('bias');
    if (!caps) emit(`w=${word}`);
    emit(`l=${low}`);
    emit(`s=${shape}`);
    emitAffixes(low, emit);
    emit(`l-1=${lowerAt(i - 1)}`);
    emit(`l+1=${lowerAt(i + 1)}`);
    emit(`l-2=${lowerAt(i - 2)}`);
    emit(`l+2=${lowerAt(i + 2)}`);
    emit(`l-1|l=${lowerAt(i - 1)}|${low}`);
    emit(`l|l+1=${low}|${lowerAt(i + 1)}`);
    emit(`s-1|s=${shapeAt(i - 1)}|${shape}`);
    emit(`s|s+1=${shape}|${shapeAt(i + 1)}`);
    emit(`s-1|s|s+1=${shapeAt(i - 1)}|${shape}|${shapeAt(i + 1)}`);
    if (i === 0) emit(`first|s=${shape}`);
    if (caps) emit(`caps|s=${shape}`);
    if (word.length > 20) emit('long');

    const cluster = clusters[i];
    if (cluster === undefined) emit('c=none');
    else cluster.forEach((path, level) => emit(`c${level}=${path}`));
    emit(`c1-1=${clusters[i - 1]?.[1] ?? 'none'}`);
    emit(`c1+1=${clusters[i + 1]?.[1] ?? 'none'}`);

    for (const tag of gazetteers[i]!) emit(`g=${tag}`);
    for (const tag of gazetteers[i - 1] ?? []) emit(`g-1=${tag}`);
    for (const tag of gazetteers[i + 1] ?? []) emit(`g+1=${tag}`);

    // Casing elsewhere in the document decides words whose own casing is uninformative:
    // the first word of a sentence, and every word of a headline in capitals.
    const forms = context.forms.get(low);
    if (forms !== undefined && (caps || i === 0 || isAllCaps(word))) {
      if (forms.capitalisedInside) emit(forms.lowerCase ? 'doc=both' : 'doc=cap');
      else if (forms.lowerCase) emit('doc=low');
    } else if (forms !== undefined && isCapitalised(word) && forms.lowerCase) {
      emit('doc=alsolow');
    }
  }
}

/** Labels given so far to a word in this document, for the extended prediction history. */
export type LabelHistory = Map<string, Map<string, number>>;

/** The type of a BILOU label (`B-PER` → `PER`), or `O`. */
export function labelType(label: string): string {
  return label.length > 2 ? label.slice(2) : label;
}

/**
 * Features from labels already decided: the previous two labels, and how this word was
 * labelled earlier in the document (Ratinov & Roth's extended prediction history, which lets
 * "Blackburn" in a later sentence follow "Peter Blackburn" in an earlier one).
 */
export function labelFeatures(
  word: string,
  lower: string,
  previous: string,
  beforePrevious: string,
  history: LabelHistory,
  emit: Emit,
): void {
  emit(`t-1=${previous}`);
  emit(`t-2|t-1=${beforePrevious}|${previous}`);
  emit(`t-1|l=${previous}|${lower}`);
  if (!isCapitalised(word)) return;
  const seen = history.get(word);
  if (seen === undefined) return;
  let best = '';
  let bestCount = 0;
  let total = 0;
  for (const [type, count] of seen) {
    total += count;
    emit(`h=${type}`);
    if (count > bestCount) {
      best = type;
      bestCount = count;
    }
  }
  emit(`hmax=${best}${bestCount === total ? '!' : ''}`);
}

/** Records the type given to a capitalised word, for later sentences of the document. */
export function recordLabel(history: LabelHistory, word: string, label: string): void {
  if (!isCapitalised(word)) return;
  const type = labelType(label);
  let seen = history.get(word);
  if (seen === undefined) {
    seen = new Map();
    history.set(word, seen);
  }
  seen.set(type, (seen.get(type) ?? 0) + 1);
}
