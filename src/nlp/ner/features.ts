/**
 * Features of the NER tagger, after the classic feature-rich taggers (Ratinov & Roth 2009,
 * Stanford's CRF): the word and its neighbours, shapes, affixes, gazetteer matches with their
 * position in the phrase, document-level casing evidence, and (in the label features) the labels
 * already given to the previous tokens and to the same word earlier in the document.
 *
 * Features are named by strings; the model maps each name to a row of weights.
 */
import { clusterLevels, type WordClusters } from './clusters.js';
import type { Gazetteer } from './gazetteer.js';
import type { SparseRows } from './model.js';
import { hasCasedLetter, isAllCaps, isCapitalised, wordShape } from './shape.js';

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

/** How each lower-cased word is written across one document (`FeatureExtractor.documentForms`). */
export type DocumentForms = ReadonlyMap<string, WordForms>;

const MAX_AFFIX = 4;
const BOUNDARY = ['<s>', '</s>'] as const;

/**
 * A sentence written mostly in capitals (a headline or a dateline): its casing says nothing
 * about which words are names.
 */
function isCapsSentence(entries: readonly WordEntry[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const entry of entries) {
    if (!entry.cased) continue;
    letters++;
    if (entry.allCaps) caps++;
  }
  return letters >= 2 && caps / letters > 0.6;
}

/** The tag strings `{list}:{B|I|L|U}` of each list, built once. */
const positionTags = new Map<string, { B: string; I: string; L: string; U: string }>();

function tagsOf(list: string): { B: string; I: string; L: string; U: string } {
  let tags = positionTags.get(list);
  if (tags === undefined) positionTags.set(list, (tags = { B: `${list}:B`, I: `${list}:I`, L: `${list}:L`, U: `${list}:U` }));
  return tags;
}

/** The tags of a token no gazetteer phrase covers (most tokens): one shared empty list. */
const NO_TAGS: readonly string[] = [];

/** `{list}:{B|I|L|U}` for each gazetteer match covering each token. */
function gazetteerTags(gazetteer: Gazetteer, tokens: readonly string[], entries: readonly WordEntry[]): (readonly string[])[] {
  const tags: (readonly string[])[] = new Array<readonly string[]>(tokens.length).fill(NO_TAGS);
  const add = (i: number, tag: string) => {
    if (tags[i] === NO_TAGS) tags[i] = [tag];
    else (tags[i] as string[]).push(tag);
  };
  for (const { list, start, end } of gazetteer.match(tokens, entries.map((entry) => entry.lower))) {
    const names = tagsOf(list);
    if (end - start === 1) {
      add(start, names.U);
      continue;
    }
    for (let i = start; i < end; i++) add(i, i === start ? names.B : i === end - 1 ? names.L : names.I);
  }
  return tags;
}

/** Feature ids of one sentence: token `t` has `ids[offsets[t]]` up to `ids[offsets[t + 1]]`. */
export interface SentenceFeatures {
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
}

/** One distinct word shape, with the ids of the shape-context features of words of this shape. */
interface ShapeEntry {
  readonly name: string;
  /** Ids of `s-1|s=`, `s|s+1=` and `s-1|s|s+1=`, by the shapes before and after. */
  readonly contexts: Map<ShapeEntry, Map<ShapeEntry, readonly [number, number, number]>>;
  /** Ids of `first|s=` and `caps|s=`, once needed. */
  firstId: number | null;
  capsId: number | null;
}

/** What features need of one word type, computed once per extractor and word. */
export interface WordEntry {
  readonly lower: string;
  /** Casing, read once per word (see shape.ts): has a cased letter, all capitals, starts with one, all lower case. */
  readonly cased: boolean;
  readonly allCaps: boolean;
  readonly capitalised: boolean;
  readonly isLower: boolean;
  /** `w=` (exact form), unused in capitalised headlines. */
  readonly form: number;
  /** Features of the word itself: lower case, shape, affixes, clusters. */
  readonly own: number[];
  /**
   * Ids of the word's features as a token's neighbour: `l-2=` (two before the token), `l-1=`,
   * `l+1=`, `l+2=`, and its cluster `c1-1=` and `c1+1=`. Fields rather than an array: every
   * token reads them from five words, and one object less to fetch per word is faster.
   */
  readonly twoBefore: number;
  readonly justBefore: number;
  readonly justAfter: number;
  readonly twoAfter: number;
  readonly clusterJustBefore: number;
  readonly clusterJustAfter: number;
  /** `t-1|l=`, by the previous label's index (filled as needed). */
  readonly afterLabel: number[];
  /** Ids of the word-pair features with the word that follows: `l|l+1=` and `l-1|l=`. */
  readonly followedBy: Map<WordEntry, readonly [number, number]>;
  /** Whether the word can stand first, or second, in a word pair that has a feature. */
  readonly pairsFirst: boolean;
  readonly pairsSecond: boolean;
  /** Shared by the words of one shape, so shape contexts are kept once per shape, not per word. */
  readonly shape: ShapeEntry;
  /** The summed weights of `own`, once `sentenceScores` has needed them. */
  ownScores: Float64Array | null;
}

/** A sentence's label-independent scores, `labelCount` per token, and its words' entries. */
export interface ScoredSentence {
  readonly scores: Float64Array;
  readonly words: readonly WordEntry[];
}

/** One sentence with what its features are read from. */
export interface SentenceWords {
  readonly tokens: readonly string[];
  readonly entries: readonly WordEntry[];
  /** Gazetteer tags of each token. */
  readonly gazetteers: readonly (readonly string[])[];
  /** Whether the sentence is a headline in capitals (`isCapsSentence`). */
  readonly caps: boolean;
}

/** The word-pair features, each named `{prefix}{first word}|{second word}`. */
const PAIR_FEATURES = ['l|l+1=', 'l-1|l='] as const;
const NO_PAIR = [-1, -1] as const;
/** Bounds on the caches, so that a long-running process does not grow without end. */
const MAX_CACHED_WORDS = 200_000;
const MAX_CACHED_CONTEXTS = 1_000_000;

/** The features that name a lower-cased word (`l=word`, `l-1=word`, ...), and `t-1|l=`, which names one after a label. */
const WORD_FEATURES = ['l=', 'l-2=', 'l-1=', 'l+1=', 'l+2='] as const;
const AFTER_LABEL_FEATURE = 't-1|l=';

/** The words a fixed model's features name: any other word's word features need no lookup. */
interface NamedWords {
  /** Words that stand first, and second, in a word-pair feature. */
  readonly pairFirst: ReadonlySet<string>;
  readonly pairSecond: ReadonlySet<string>;
  /** Lower-cased words of the word features and of `t-1|l=`. */
  readonly lower: ReadonlySet<string>;
  /** Exact forms of the `w=` features. */
  readonly forms: ReadonlySet<string>;
}

/** The words `names` name; a word holding "|" makes a pair ambiguous, so every split counts. */
function namedWords(names: Iterable<string>): NamedWords {
  const pairFirst = new Set<string>();
  const pairSecond = new Set<string>();
  const lower = new Set<string>();
  const forms = new Set<string>();
  for (const name of names) {
    if (name.startsWith('w=')) {
      forms.add(name.slice(2));
      continue;
    }
    const word = WORD_FEATURES.find((feature) => name.startsWith(feature));
    if (word !== undefined) {
      lower.add(name.slice(word.length));
      continue;
    }
    if (name.startsWith(AFTER_LABEL_FEATURE)) {
      // `t-1|l={label}|{word}`: labels hold no "|".
      lower.add(name.slice(name.indexOf('|', AFTER_LABEL_FEATURE.length) + 1));
      continue;
    }
    const prefix = PAIR_FEATURES.find((feature) => name.startsWith(feature));
    if (prefix === undefined) continue;
    const pair = name.slice(prefix.length);
    for (let bar = pair.indexOf('|'); bar >= 0; bar = pair.indexOf('|', bar + 1)) {
      pairFirst.add(pair.slice(0, bar));
      pairSecond.add(pair.slice(bar + 1));
    }
  }
  return { pairFirst, pairSecond, lower, forms };
}

/**
 * Turns sentences into feature ids. `featureId` maps a feature name to an id (or -1 for a
 * feature the model does not know, which is then skipped): training interns new names,
 * inference looks them up. Features of a word type are cached, because the same words recur.
 * With a fixed model's `featureNames`, word pairs that no feature names are skipped without a
 * lookup: most pairs of a text have none, and probing each one cost more than all other features.
 * So are the word features of words no feature names (the model's index is a large map, and
 * each lookup first builds the name).
 */
export class FeatureExtractor {
  private readonly words = new Map<string, WordEntry>();
  private readonly shapes = new Map<string, ShapeEntry>();
  private readonly gazetteerFeatures = new Map<string, readonly [number, number, number]>();
  private readonly constantIds = new Map<string, number>();
  /**
   * The context feature ids of the token being read are `found[0..foundCount)`: one array
   * reused for every token (never shortened, which would free its storage), to spare the
   * garbage collector.
   */
  private readonly found: number[] = [];
  private foundCount = 0;
  /** Word pairs and shape contexts cached in the entries of `words` and `shapes`. */
  private cachedContexts = 0;
  private readonly boundaries: WordEntry[];
  private readonly named: NamedWords | null;

  constructor(
    private readonly resources: NerResources,
    private readonly featureId: (name: string) => number,
    featureNames?: Iterable<string>,
  ) {
    this.named = featureNames === undefined ? null : namedWords(featureNames);
    this.boundaries = BOUNDARY.map((marker) => this.newEntry(marker, marker, marker, undefined));
  }

  private ids(names: readonly string[]): number[] {
    const ids: number[] = [];
    for (const name of names) {
      const id = this.featureId(name);
      if (id >= 0) ids.push(id);
    }
    return ids;
  }

  private newEntry(word: string, lower: string, shape: string, path: string | undefined): WordEntry {
    const cluster = path === undefined ? undefined : clusterLevels(path);
    const isNamed = this.named?.lower.has(lower) ?? true;
    const wordId = (feature: string) => (isNamed ? this.featureId(`${feature}${lower}`) : -1);
    const own = isNamed ? ['bias', `l=${lower}`, `s=${shape}`] : ['bias', `s=${shape}`];
    for (let n = 1; n <= MAX_AFFIX && n < lower.length; n++) own.push(`p${n}=${lower.slice(0, n)}`, `x${n}=${lower.slice(lower.length - n)}`);
    if (cluster === undefined) own.push('c=none');
    else cluster.forEach((path, level) => own.push(`c${level}=${path}`));
    if (word.length > 20) own.push('long');
    const neighbour = cluster?.[1] ?? 'none';
    return {
      lower,
      cased: hasCasedLetter(word),
      allCaps: isAllCaps(word),
      capitalised: isCapitalised(word),
      isLower: word === lower,
      form: this.named?.forms.has(word) ?? true ? this.featureId(`w=${word}`) : -1,
      own: this.ids(own),
      afterLabel: [],
      followedBy: new Map(),
      pairsFirst: this.named?.pairFirst.has(lower) ?? true,
      pairsSecond: this.named?.pairSecond.has(lower) ?? true,
      shape: this.shapeEntry(shape),
      ownScores: null,
      twoBefore: wordId('l-2='),
      justBefore: wordId('l-1='),
      justAfter: wordId('l+1='),
      twoAfter: wordId('l+2='),
      clusterJustBefore: this.featureId(`c1-1=${neighbour}`),
      clusterJustAfter: this.featureId(`c1+1=${neighbour}`),
    };
  }

  private entry(word: string): WordEntry {
    let entry = this.words.get(word);
    if (entry === undefined) {
      if (this.words.size >= MAX_CACHED_WORDS || this.cachedContexts >= MAX_CACHED_CONTEXTS) {
        this.words.clear();
        this.shapes.clear();
        this.cachedContexts = 0;
      }
      const lower = word.toLowerCase();
      entry = this.newEntry(word, lower, wordShape(word), this.resources.clusters.get(lower));
      this.words.set(word, entry);
    }
    return entry;
  }

  /** What the features of one sentence are read from: its words' entries, gazetteer tags and casing. */
  readSentence(tokens: readonly string[]): SentenceWords {
    const entries = tokens.map((token) => this.entry(token));
    return { tokens, entries, gazetteers: gazetteerTags(this.resources.gazetteer, tokens, entries), caps: isCapsSentence(entries) };
  }

  /**
   * How each word is written across a document's sentences, headlines in capitals left out. It
   * reads one sentence at a time and keeps nothing of it, so that a long document's sentences
   * are read again, one by one, as they are decoded, rather than all held at once.
   */
  documentForms(sentences: readonly (readonly string[])[]): DocumentForms {
    const forms = new Map<string, WordForms>();
    for (const tokens of sentences) {
      const entries = tokens.map((token) => this.entry(token));
      if (isCapsSentence(entries)) continue;
      entries.forEach((entry, index) => {
        if (!entry.cased) return;
        let seen = forms.get(entry.lower);
        if (seen === undefined) {
          seen = { capitalisedInside: false, lowerCase: false };
          forms.set(entry.lower, seen);
        }
        if (entry.isLower) seen.lowerCase = true;
        else if (index > 0 && entry.capitalised && !entry.allCaps) seen.capitalisedInside = true;
      });
    }
    return forms;
  }

  /** Label-independent feature ids of every token of one sentence of a document, in one flat buffer. */
  sentenceIds(sentence: SentenceWords, forms: DocumentForms): SentenceFeatures {
    const { tokens } = sentence;
    const ids: number[] = [];
    const offsets = new Int32Array(tokens.length + 1);
    for (let i = 0; i < tokens.length; i++) {
      for (const id of sentence.entries[i]!.own) ids.push(id);
      this.contextIds(sentence, i, forms);
      for (let k = 0; k < this.foundCount; k++) ids.push(this.found[k]!);
      offsets[i + 1] = ids.length;
    }
    return { ids: Int32Array.from(ids), offsets };
  }

  /**
   * The label-independent scores of every token of one sentence, `labelCount` per token: the
   * rows of a fixed model's weights of the features `sentenceIds` lists, summed. A word's own
   * features are summed once and kept with the word, which is why the model must not change.
   * The order of summing does not change the result: the weights are multiples of one
   * quantisation step, so their sums in float64 are exact.
   */
  sentenceScores(sentence: SentenceWords, forms: DocumentForms, rows: SparseRows): ScoredSentence {
    const { labelCount } = rows;
    const { tokens } = sentence;
    const scores = new Float64Array(tokens.length * labelCount);
    const found = this.found;
    for (let i = 0; i < tokens.length; i++) {
      const entry = sentence.entries[i]!;
      if (entry.ownScores === null) {
        entry.ownScores = new Float64Array(labelCount);
        for (const id of entry.own) rows.add(id, entry.ownScores, 0);
      }
      const at = i * labelCount;
      for (let label = 0; label < labelCount; label++) scores[at + label] = entry.ownScores[label]!;
      this.contextIds(sentence, i, forms);
      for (let k = 0; k < this.foundCount; k++) rows.add(found[k]!, scores, at);
    }
    return { scores, words: sentence.entries };
  }

  /** Adds a feature id to `found`, unless it is -1 (a feature the model does not know). */
  private pushKnown(id: number): void {
    if (id >= 0) this.found[this.foundCount++] = id;
  }

  /** Sets `found` to the features of token `i` that look beyond the word itself, and its exact form. */
  private contextIds(sentence: SentenceWords, i: number, documentForms: DocumentForms): void {
    this.foundCount = 0;
    const { entries, gazetteers, caps } = sentence;
    const self = entries[i]!;
    const { lower } = self;
    const shape = self.shape.name;
    const before = this.neighbour(entries, i - 1);
    const after = this.neighbour(entries, i + 1);
    this.pushKnown(this.pairIds(before, self)[1]);
    this.pushKnown(this.pairIds(self, after)[0]);
    for (const id of this.shapeIds(before, self, after)) this.pushKnown(id);
    if (!caps) this.pushKnown(self.form);
    this.pushKnown(this.neighbour(entries, i - 2).twoBefore);
    this.pushKnown(before.justBefore);
    this.pushKnown(after.justAfter);
    this.pushKnown(this.neighbour(entries, i + 2).twoAfter);
    this.pushKnown(before.clusterJustBefore);
    this.pushKnown(after.clusterJustAfter);
    if (i === 0) this.pushKnown(self.shape.firstId ??= this.featureId(`first|s=${shape}`));
    if (caps) this.pushKnown(self.shape.capsId ??= this.featureId(`caps|s=${shape}`));

    for (const tag of gazetteers[i]!) this.pushKnown(this.gazetteerIds(tag)[0]);
    for (const tag of gazetteers[i - 1] ?? []) this.pushKnown(this.gazetteerIds(tag)[1]);
    for (const tag of gazetteers[i + 1] ?? []) this.pushKnown(this.gazetteerIds(tag)[2]);

    // Casing elsewhere in the document decides words whose own casing is uninformative:
    // the first word of a sentence, and every word of a headline in capitals.
    const forms = documentForms.get(lower);
    if (forms !== undefined && (caps || i === 0 || self.allCaps)) {
      if (forms.capitalisedInside) this.pushKnown(this.constantId(forms.lowerCase ? 'doc=both' : 'doc=cap'));
      else if (forms.lowerCase) this.pushKnown(this.constantId('doc=low'));
    } else if (forms !== undefined && self.capitalised && forms.lowerCase) {
      this.pushKnown(this.constantId('doc=alsolow'));
    }
  }

  /** The id of a feature named by a constant, from a map of a few such names rather than the model's large one. */
  private constantId(name: string): number {
    let id = this.constantIds.get(name);
    if (id === undefined) this.constantIds.set(name, (id = this.featureId(name)));
    return id;
  }

  /** The entry of token `i`, or the sentence boundary for a position outside the sentence. */
  private neighbour(entries: readonly WordEntry[], i: number): WordEntry {
    return i < 0 ? this.boundaries[0]! : i >= entries.length ? this.boundaries[1]! : entries[i]!;
  }

  /** Ids of `g=`, `g-1=` and `g+1=` for one gazetteer tag. */
  private gazetteerIds(tag: string): readonly [number, number, number] {
    let ids = this.gazetteerFeatures.get(tag);
    if (ids === undefined) {
      ids = [this.featureId(`g=${tag}`), this.featureId(`g-1=${tag}`), this.featureId(`g+1=${tag}`)];
      this.gazetteerFeatures.set(tag, ids);
    }
    return ids;
  }

  private shapeEntry(name: string): ShapeEntry {
    let shape = this.shapes.get(name);
    if (shape === undefined) this.shapes.set(name, (shape = { name, contexts: new Map(), firstId: null, capsId: null }));
    return shape;
  }

  /** Word-pair feature ids of `left` followed by `right`, built once per pair. */
  private pairIds(left: WordEntry, right: WordEntry): readonly [number, number] {
    if (!left.pairsFirst || !right.pairsSecond) return NO_PAIR;
    let ids = left.followedBy.get(right);
    if (ids === undefined) {
      const pair = `${left.lower}|${right.lower}`;
      ids = [this.featureId(`${PAIR_FEATURES[0]}${pair}`), this.featureId(`${PAIR_FEATURES[1]}${pair}`)];
      left.followedBy.set(right, ids);
      this.cachedContexts++;
    }
    return ids;
  }

  /** Shape-context feature ids of `self` between `before` and `after`, built once per shape triple. */
  private shapeIds(before: WordEntry, self: WordEntry, after: WordEntry): readonly [number, number, number] {
    const left = before.shape;
    const shape = self.shape;
    const right = after.shape;
    let byRight = shape.contexts.get(left);
    if (byRight === undefined) shape.contexts.set(left, (byRight = new Map()));
    let ids = byRight.get(right);
    if (ids === undefined) {
      ids = [
        this.featureId(`s-1|s=${left.name}|${shape.name}`),
        this.featureId(`s|s+1=${shape.name}|${right.name}`),
        this.featureId(`s-1|s|s+1=${left.name}|${shape.name}|${right.name}`),
      ];
      byRight.set(right, ids);
      this.cachedContexts++;
    }
    return ids;
  }

  /** The id of `t-1|l=` for this word after the label `previous` (an index; labels.length for none). */
  afterLabelId(entry: WordEntry, previous: number, previousName: string): number {
    let id = entry.afterLabel[previous];
    if (id === undefined) {
      id = this.named?.lower.has(entry.lower) ?? true ? this.featureId(afterLabelFeature(previousName, entry.lower)) : -1;
      entry.afterLabel[previous] = id;
    }
    return id;
  }
}

/** Labels given so far to a word in this document, for the extended prediction history. */
export type LabelHistory = Map<string, Map<string, number>>;

/** The type of a BILOU label (`B-PER` → `PER`), or `O`. */
export function labelType(label: string): string {
  return label.length > 2 ? label.slice(2) : label;
}

/** Features of the labels just decided: the previous label, the previous two, the previous with this word. */
export const previousLabelFeature = (previous: string) => `t-1=${previous}`;
export const labelPairFeature = (beforePrevious: string, previous: string) => `t-2|t-1=${beforePrevious}|${previous}`;
export const afterLabelFeature = (previous: string, lower: string) => `t-1|l=${previous}|${lower}`;

/**
 * How this word was labelled earlier in the document (Ratinov & Roth's extended prediction
 * history, which lets "Blackburn" in a later sentence follow "Peter Blackburn" in an earlier one).
 */
export function historyFeatures(word: string, lower: string, history: LabelHistory, emit: Emit): void {
  if (!isCapitalised(word)) return;
  const seen = history.get(lower);
  if (seen === undefined) return;
  let best = '';
  let bestCount = 0;
  let total = 0;
  for (const [type, count] of seen) {
    total += count;
    emit(historyNames(type).seen);
    if (count > bestCount) {
      best = type;
      bestCount = count;
    }
  }
  const names = historyNames(best);
  emit(bestCount === total ? names.only : names.most);
}

/** The few history feature names, built once per type rather than once per token. */
const HISTORY_NAMES = new Map<string, { seen: string; most: string; only: string }>();

function historyNames(type: string): { seen: string; most: string; only: string } {
  let names = HISTORY_NAMES.get(type);
  if (names === undefined) HISTORY_NAMES.set(type, (names = { seen: `h=${type}`, most: `hmax=${type}`, only: `hmax=${type}!` }));
  return names;
}

/** Records the type given to a capitalised word (`lower` is its lower case), for later sentences of the document. */
export function recordLabel(history: LabelHistory, word: string, lower: string, label: string): void {
  if (!isCapitalised(word)) return;
  const type = labelType(label);
  let seen = history.get(lower);
  if (seen === undefined) {
    seen = new Map();
    history.set(lower, seen);
  }
  seen.set(type, (seen.get(type) ?? 0) + 1);
}
