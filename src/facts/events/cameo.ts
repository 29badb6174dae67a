/**
 * The CAMEO dictionary: verb blocks and patterns (data/events/cameo-verbs.json, built by
 * `npm run events:build` from PETRARCH2's CAMEO.2.0.txt, with the corrections of
 * data/events/cameo-overrides.json), and CAMEO codes with their PLOVER categories, Goldstein
 * scores and QuadClass.
 */
import Type, { type Static } from 'typebox';
import { resource, Strings } from '../../resources.js';
import type { Word } from '../words.js';

const OptionalString = Type.Union([Type.String(), Type.Null()]);

const VerbEntrySchema = Type.Object({
  block: Type.Integer(),
  before: Strings,
  after: Strings,
  lemma: Type.String(),
  code: Type.Optional(OptionalString),
});

const PatternSchema = Type.Object({
  pre: Type.Array(Strings),
  post: Type.Array(Strings),
  code: OptionalString,
  reciprocal: OptionalString,
  line: Type.Integer(),
  /** The verb the pattern was written for. */
  verb: OptionalString,
});
type Pattern = Static<typeof PatternSchema>;

const BlockSchema = Type.Object({ label: Type.String(), code: OptionalString, patterns: Type.Array(PatternSchema) });
type Block = Static<typeof BlockSchema>;

const VerbDataSchema = Type.Object({
  synsets: Type.Record(Type.String(), Strings),
  blocks: Type.Array(BlockSchema),
  verbs: Type.Record(Type.String(), Type.Array(VerbEntrySchema)),
});

const CodesSchema = Type.Object({ codes: Type.Record(Type.String(), Type.Object({ plover: Type.String(), label: Type.String() })) });
type CodeEntry = Static<typeof CodesSchema>['codes'][string];

export interface CodeInfo {
  readonly cameo: string;
  readonly plover: string;
  readonly label: string;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly goldstein: number;
}

const verbData = resource('CAMEO verbs', (data) => {
  const converted = data.json('events/cameo-verbs.json', VerbDataSchema);
  // Block codes corrected where they contradict the CAMEO codebook (data/events/cameo-overrides.json).
  const { blocks: overrides, ownVerbOnly, patternOnly } = data.json('events/cameo-overrides.json', Type.Object({ blocks: Type.Record(Type.String(), Type.Object({ code: Type.String() })), ownVerbOnly: Strings, patternOnly: Strings }));
  const corrected = (block: Block): Block => {
    const code = overrides[block.label]?.code;
    if (code === undefined) return block;
    return { ...block, code, patterns: block.patterns.map((pattern) => (pattern.code === block.code ? { ...pattern, code } : pattern)) };
  };
  const raw = { ...converted, blocks: converted.blocks.map(corrected) };
  // Synonym sets as word sequences by their first word (singular), for matching pattern atoms like &MILITARY.
  const synsets = new Map<string, Map<string, string[][]>>();
  for (const [name, phrases] of Object.entries(raw.synsets)) {
    const byFirst = new Map<string, string[][]>();
    for (const phrase of phrases) {
      const parts = phrase.split(' ');
      byFirst.set(parts[0]!, [...(byFirst.get(parts[0]!) ?? []), parts]);
    }
    synsets.set(name, byFirst);
  }
  return { ...raw, verbsByForm: new Map(Object.entries(raw.verbs)), synsets, ownVerbOnly: new Set(ownVerbOnly), patternOnly: new Set(patternOnly) };
});

const codeData = resource('CAMEO codes', (data) => {
  const plover = data.json('events/cameo-codes.json', CodesSchema).codes;
  const curated = data.json('events/codes-curated.json', CodesSchema).codes;
  const goldstein = data.json('events/goldstein.json', Type.Object({ scores: Type.Record(Type.String(), Type.Number()) })).scores;
  const codes = { ...curated, ...plover } as Record<string, CodeEntry>;
  return { codes, goldstein, categories: new Set(Object.values(codes).map((entry) => entry.plover)) };
});

/** Whether a name is one of the PLOVER categories the codes map to. */
export function isPloverCategory(name: string): boolean {
  return codeData().categories.has(name);
}

/**
 * QuadClass of a CAMEO root code, as GDELT defines it: verbal cooperation (01-04), material
 * cooperation (05-08), verbal conflict (09-13), material conflict (14-20).
 */
function quadClass(code: string): 1 | 2 | 3 | 4 {
  const root = Number(code.slice(0, 2));
  return root <= 4 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

/** The PLOVER category, label, QuadClass and Goldstein score of a CAMEO code; undefined when PLOVER has no category for it. */
export function codeInfo(cameo: string): CodeInfo | undefined {
  const { codes, goldstein } = codeData();
  const entry = codes[cameo] ?? codes[cameo.slice(0, 3)];
  if (entry === undefined) return undefined;
  return { cameo, plover: entry.plover, label: entry.label, quadClass: quadClass(cameo), goldstein: goldstein[cameo.slice(0, 3)] ?? 0 };
}

/** Whether a text word is a dictionary word: the same, or its plural. */
function sameWord(text: string, atom: string): boolean {
  if (text.length === 0) return false;
  if (text === atom) return true;
  if (atom.includes('|')) return atom.split('|').some((alternative) => sameWord(text, alternative));
  return text === `${atom}s` || text === `${atom}es` || (atom.endsWith('y') && text === `${atom.slice(0, -1)}ies`);
}

/** A text word and the singulars it may be the plural of ("talks" -> talk, "ceasefires" -> ceasefire, "parties" -> party). */
function singulars(text: string): string[] {
  const forms = new Set<string>();
  addSingulars(forms, text);
  return [...forms];
}

function addSingulars(forms: Set<string>, text: string): void {
  forms.add(text);
  if (!text.endsWith('s')) return;
  forms.add(text.slice(0, -1));
  if (text.endsWith('es')) forms.add(text.slice(0, -2));
  if (text.endsWith('ies')) forms.add(`${text.slice(0, -3)}y`);
}

const required = new WeakMap<Pattern, readonly string[]>();
const patternIndex = new WeakMap<Block, { always: Pattern[]; byWord: Map<string, Pattern[]> }>();

/**
 * The words one of which a clause must hold for a pattern to match: a plain word it needs, else
 * the words that can start its first part (an alternative, or a synonym set's phrases); none
 * for a pattern with no parts.
 */
function keyWords(pattern: Pattern): readonly string[] {
  const plain = requiredWords(pattern)[0];
  if (plain !== undefined) return [plain];
  const atom = [...pattern.pre, ...pattern.post][0]?.[0];
  if (atom === undefined) return [];
  if (atom.startsWith('&')) return [...(verbData().synsets.get(atom)?.keys() ?? [])];
  return atom.split('|');
}

/** The patterns of a block that may match a clause holding `present` words. */
function candidatePatterns(block: Block, present: ReadonlySet<string>): Iterable<Pattern> {
  let index = patternIndex.get(block);
  if (index === undefined) {
    index = { always: [], byWord: new Map() };
    for (const pattern of block.patterns) {
      const keys = keyWords(pattern);
      if (keys.length === 0) index.always.push(pattern);
      for (const key of keys) index.byWord.set(key, [...(index.byWord.get(key) ?? []), pattern]);
    }
    patternIndex.set(block, index);
  }
  const found = new Set<Pattern>(index.always);
  for (const word of present) {
    const listed = index.byWord.get(word);
    if (listed !== undefined) for (const pattern of listed) found.add(pattern);
  }
  return found;
}

/** The plain dictionary words a pattern cannot match without (not synonym sets or alternatives). */
function requiredWords(pattern: Pattern): readonly string[] {
  let words = required.get(pattern);
  if (words === undefined) {
    words = [...pattern.pre, ...pattern.post].flat().filter((atom) => !atom.startsWith('&') && !atom.includes('|'));
    required.set(pattern, words);
  }
  return words;
}

/** A word as patterns see it: lower case, and nothing for a name ("March" the month is not "march"). */
const patternText = (word: Word) => (word.pos === 'PROPN' ? '' : word.lower);

/** How many words a contiguous sequence of atoms matches at `at` (0 when it does not). */
function matchSequence(words: readonly Word[], at: number, sequence: readonly string[]): number {
  const { synsets } = verbData();
  let position = at;
  for (const atom of sequence) {
    if (atom.startsWith('&')) {
      const first = words[position];
      if (first === undefined) return 0;
      const byFirst = synsets.get(atom);
      const phrases = byFirst === undefined ? [] : singulars(patternText(first)).flatMap((form) => byFirst.get(form) ?? []);
      const found = phrases.find((phrase) => phrase.every((part, k) => words[position + k] !== undefined && sameWord(patternText(words[position + k]!), part)));
      if (found === undefined) return 0;
      position += found.length;
    } else {
      if (words[position] === undefined || !sameWord(patternText(words[position]!), atom)) return 0;
      position++;
    }
  }
  return position - at;
}

/**
 * How many words may stand before each part of a pattern ("met [with the] leaders"): the object
 * a pattern names is near its verb, not anywhere in the clause.
 */
const MAX_PATTERN_GAP = 3;
/** The furthest a pattern's words can reach after its verb. */
const MAX_PATTERN_REACH = 40;

/** Whether the sequences occur in order within words `[from, to)`, each close to the last; the number of words matched, or 0. */
function matchInOrder(words: readonly Word[], from: number, to: number, sequences: readonly (readonly string[])[]): number {
  let position = from;
  let matched = 0;
  for (const sequence of sequences) {
    let found = 0;
    const limit = Math.min(to, position + MAX_PATTERN_GAP + 1);
    while (position < limit && (found = matchSequence(words, position, sequence)) === 0) position++;
    if (found === 0) return 0;
    position += found;
    matched += found;
  }
  return matched;
}

const NO_VERBS: VerbMatch[] = [];

/** A verb of the CAMEO dictionary at word `index`, with its multi-word parts found around it. */
export interface VerbMatch {
  readonly block: number;
  readonly first: number;
  readonly last: number;
  /** The dictionary's base form of the verb ("meet_with"). */
  readonly lemma: string;
  readonly code: string | null | undefined;
}

/** The dictionary verbs at word `index` (the longest multi-word verb first). */
export function verbsAt(words: readonly Word[], index: number): VerbMatch[] {
  const entries = verbData().verbsByForm.get(words[index]!.lower);
  if (entries === undefined) return NO_VERBS;
  const found: VerbMatch[] = [];
  for (const entry of entries) {
    const beforeOk = entry.before.every((part, k) => words[index - entry.before.length + k]?.lower === part);
    const afterOk = entry.after.every((part, k) => words[index + 1 + k]?.lower === part);
    if (beforeOk && afterOk) found.push({ block: entry.block, first: index - entry.before.length, last: index + entry.after.length, lemma: entry.lemma, code: entry.code });
  }
  return found.sort((a, b) => (b.last - b.first) - (a.last - a.first));
}

/** A coding: the CAMEO code (null: the dictionary says this is no event), its reciprocal, and the rule that chose it. */
export interface Coding {
  readonly code: string | null;
  readonly reciprocal: string | null;
  readonly rule: string;
}

/**
 * Codes a verb by its block's patterns, matched against up to four words before it and the
 * words after it to `clauseEnd`: the pattern matching most words wins, then the verb's own code,
 * then the block's.
 */
export function codeVerb(words: readonly Word[], verb: VerbMatch, clauseStart: number, clauseEnd: number): Coding | undefined {
  const block = verbData().blocks[verb.block]!;
  // Most patterns name a word the clause does not hold: those are skipped before any matching.
  const present = new Set<string>();
  // No pattern reaches further than a few words per part, so a run-on clause is cut.
  const windowEnd = Math.min(clauseEnd, verb.last + 1 + MAX_PATTERN_REACH);
  for (let i = Math.max(clauseStart, verb.first - 4); i < windowEnd; i++) addSingulars(present, patternText(words[i]!));
  let best: { pattern: Pattern; score: number } | undefined;
  const { ownVerbOnly, patternOnly } = verbData();
  for (const pattern of candidatePatterns(block, present)) {
    if (!requiredWords(pattern).every((word) => present.has(word))) continue;
    // "- * ON [190] # PRESS": a lone preposition says too little to code any other verb of the block.
    const lonePreposition = pattern.pre.length === 0 && pattern.post.length === 1 && pattern.post[0]!.length === 1 && ownVerbOnly.has(pattern.post[0]![0]!);
    if (lonePreposition && pattern.verb !== null && pattern.verb !== verb.lemma.split('_')[0]) continue;
    const before = pattern.pre.length === 0 ? 0 : matchInOrder(words, Math.max(clauseStart, verb.first - 4), verb.first, pattern.pre);
    if (pattern.pre.length > 0 && before === 0) continue;
    const after = pattern.post.length === 0 ? 0 : matchInOrder(words, verb.last + 1, windowEnd, pattern.post);
    if (pattern.post.length > 0 && after === 0) continue;
    const score = before + after;
    // The most words matched wins; between equals, the pattern listed first in the dictionary.
    if (score > 0 && (best === undefined || score > best.score || (score === best.score && pattern.line < best.pattern.line))) best = { pattern, score };
  }
  const name = `${block.label}`;
  if (best !== undefined) {
    return { code: best.pattern.code, reciprocal: best.pattern.reciprocal, rule: `cameo:${name}:line ${best.pattern.line}` };
  }
  if (verb.code !== undefined && !patternOnly.has(verb.lemma)) return { code: verb.code, reciprocal: null, rule: `cameo:${name}:verb ${words[verb.first]!.lower}` };
  if (block.code === null) return undefined;
  return { code: block.code, reciprocal: null, rule: `cameo:${name}` };
}

/** Every verb form the dictionary lists. */
export function dictionaryVerbForms(): Iterable<string> {
  return verbData().verbsByForm.keys();
}
