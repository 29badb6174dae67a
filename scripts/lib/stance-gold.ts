/**
 * The stances and commitments gold set (test/fixtures/stances-gold, rules in its RULES.md):
 * stances and commitments a careful reader finds in PolNeAR articles, one JSON record a line.
 * The articles are copyrighted and never copied here: a record names its article by file id
 * (the file name without `.txt`), holds an anchor that finds a run of words of its evidence
 * sentence without keeping them (scripts/lib/text-anchor.ts), that sentence's offsets in the
 * analyzer's `article.text`, and short field strings (names, the issue or what is promised). Checked by test/stance-gold.test.ts, scored by
 * scripts/eval-stances.ts and scripts/eval-commitments.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Type, { type Static, type TSchema } from 'typebox';
import Value from 'typebox/value';
import { findAnchor, TextAnchorSchema, type TextAnchor } from './text-anchor.js';

export const STANCE_GOLD_DIR = 'test/fixtures/stances-gold';

/** The most words an annotator's excerpt may have: enough to find a sentence. */
export const MAX_EXCERPT_WORDS = 15;

export const POLARITIES = ['support', 'oppose', 'demand', 'reject'] as const;
export const COMMITMENT_STATUSES = ['promised', 'conditional', 'withdrawn', 'kept', 'broken'] as const;
export const SPLITS = ['dev', 'test'] as const;
export const LAYERS = ['stances', 'commitments'] as const;

const Offsets = Type.Tuple([Type.Integer({ minimum: 0 }), Type.Integer({ minimum: 0 })]);
const Names = Type.Array(Type.String({ minLength: 1 }));

export const GoldArticleSchema = Type.Object({
  /** The file id: `<outlet>_<YYYY-MM-DD>_<slug>`. */
  id: Type.String({ minLength: 1 }),
  split: Type.Union([Type.Literal('dev'), Type.Literal('test')]),
  /**
   * How the article was chosen: `sample` (every 14th file), `commitment-words` (a promise word in
   * it) or `second-sample` (every 28th file from the 22nd, annotated after the rules were tuned on
   * the first two).
   */
  selection: Type.Union([Type.Literal('sample'), Type.Literal('commitment-words'), Type.Literal('second-sample')]),
  /** The layers annotated in full in this article: every stance, every commitment, or both. */
  layers: Type.Array(Type.Union([Type.Literal('stances'), Type.Literal('commitments')]), { minItems: 1 }),
}, { additionalProperties: false });

const Evidence = {
  article: Type.String({ minLength: 1 }),
  /** Finds a run of words of the evidence sentence in the article (made from an annotator's excerpt by scripts/anchor-stances-gold.ts). */
  anchor: TextAnchorSchema,
  /** The evidence sentence, `[start, end)` in the analyzer's `article.text` (UTF-16), as anchored by scripts/anchor-stances-gold.ts. */
  evidence: Offsets,
};

export const GoldStanceSchema = Type.Object({
  ...Evidence,
  /** Who holds the position: names as the article writes them (fullest form), one or more. */
  holder: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
  /** What the position is on, as a readable phrase. */
  issue: Type.String({ minLength: 1 }),
  /** The words a right issue must contain (its head phrase). */
  head: Type.String({ minLength: 1 }),
  polarity: Type.Union([Type.Literal('support'), Type.Literal('oppose'), Type.Literal('demand'), Type.Literal('reject')]),
  /** The text says the holder's position moved. */
  changed: Type.Boolean(),
}, { additionalProperties: false });

export const GoldCommitmentSchema = Type.Object({
  ...Evidence,
  /** Who commits. */
  actor: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
  /** To whom or for whom, when the text names them; may be empty. */
  beneficiary: Names,
  /** What is promised, as a readable clause. */
  what: Type.String({ minLength: 1 }),
  /** The words a right `what` must contain. */
  head: Type.String({ minLength: 1 }),
  /** The due window as the text writes it ("by the end of the year"), or null. */
  due: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
  /** The condition the promise hangs on as the text writes it ("if elected"), or null. */
  condition: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
  status: Type.Union([Type.Literal('promised'), Type.Literal('conditional'), Type.Literal('withdrawn'), Type.Literal('kept'), Type.Literal('broken')]),
}, { additionalProperties: false });

export type GoldArticle = Static<typeof GoldArticleSchema>;
export type GoldStance = Static<typeof GoldStanceSchema>;
export type GoldCommitment = Static<typeof GoldCommitmentSchema>;
export type Polarity = (typeof POLARITIES)[number];
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export type Split = (typeof SPLITS)[number];

export interface StanceGold {
  readonly articles: GoldArticle[];
  readonly stances: GoldStance[];
  readonly commitments: GoldCommitment[];
}

function jsonLines(path: string): unknown[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line, i) => {
    try {
      return JSON.parse(line) as unknown;
    } catch (error) {
      throw new Error(`${path}:${i + 1}: not JSON: ${(error as Error).message}`, { cause: error });
    }
  });
}

/** Reads the gold set; its records are checked against the schemas by `stanceGoldErrors`, not here. */
export function readStanceGold(dir = STANCE_GOLD_DIR): StanceGold {
  return {
    articles: JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as GoldArticle[],
    stances: jsonLines(join(dir, 'stances.jsonl')) as GoldStance[],
    commitments: jsonLines(join(dir, 'commitments.jsonl')) as GoldCommitment[],
  };
}

const ARTICLE_ID = /^[a-z-]+_\d{4}-\d{2}-\d{2}_[^/\\\s]+$/;

/** What is wrong with the gold set's structure, one line per problem (empty when it is sound). */
export function stanceGoldErrors(gold: StanceGold): string[] {
  const errors: string[] = [];
  const schemaErrors = (what: string, schema: TSchema, value: unknown) => {
    for (const error of [...Value.Errors(schema, value)].slice(0, 3)) errors.push(`${what}: ${error.instancePath || '/'} ${error.message}`);
  };
  const articles = new Map<string, GoldArticle>();
  gold.articles.forEach((article, i) => {
    schemaErrors(`article ${i + 1}`, GoldArticleSchema, article);
    if (typeof article.id !== 'string') return;
    if (!ARTICLE_ID.test(article.id)) errors.push(`article id "${article.id}" is not <outlet>_<YYYY-MM-DD>_<slug>`);
    if (articles.has(article.id)) errors.push(`article ${article.id} is listed twice`);
    articles.set(article.id, article);
  });
  const checkEvidence = (what: string, record: { article: string; anchor: TextAnchor; evidence: [number, number] }, layer: (typeof LAYERS)[number]) => {
    const article = articles.get(record.article);
    if (article === undefined) errors.push(`${what}: article ${record.article} is not in articles.json`);
    else if (!article.layers.includes(layer)) errors.push(`${what}: article ${record.article} is not annotated for ${layer}`);
    if ('excerpt' in record) errors.push(`${what}: holds article text (an excerpt); \`npx tsx scripts/anchor-stances-gold.ts\` turns it into an anchor`);
    if (record.anchor !== undefined && record.anchor.words > MAX_EXCERPT_WORDS) errors.push(`${what}: the anchor spans ${record.anchor.words} words (at most ${MAX_EXCERPT_WORDS})`);
    if (Array.isArray(record.evidence) && !(record.evidence[0]! < record.evidence[1]!)) errors.push(`${what}: evidence [${record.evidence.join(', ')}] is empty`);
  };
  gold.stances.forEach((stance, i) => {
    const what = `stance ${i + 1} (${stance.article})`;
    schemaErrors(what, GoldStanceSchema, stance);
    checkEvidence(what, stance, 'stances');
  });
  gold.commitments.forEach((commitment, i) => {
    const what = `commitment ${i + 1} (${commitment.article})`;
    schemaErrors(what, GoldCommitmentSchema, commitment);
    checkEvidence(what, commitment, 'commitments');
    if ((commitment.status === 'conditional') !== (commitment.condition !== null)) errors.push(`${what}: a condition goes with status conditional, and only with it`);
  });
  return errors;
}

/** The publication day a PolNeAR file id carries (`<outlet>_<YYYY-MM-DD>_<slug>`). */
export function publishedAtOf(id: string): string | undefined {
  return /_(\d{4}-\d{2}-\d{2})_/.exec(id)?.[1];
}

/** The sentences `[start, end)` that overlap `span`, joined into one span; null when none does. */
export function sentencesCovering(sentences: readonly (readonly [number, number])[], span: readonly [number, number]): [number, number] | null {
  const overlapping = sentences.filter(([start, end]) => start < span[1] && span[0] < end);
  if (overlapping.length === 0) return null;
  return [Math.min(...overlapping.map(([start]) => start)), Math.max(...overlapping.map(([, end]) => end))];
}

export type Anchoring =
  | { readonly kind: 'stored'; readonly evidence: [number, number] }
  | { readonly kind: 'moved'; readonly evidence: [number, number] }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'ambiguous' };

/**
 * Where a record's evidence is in an analyzer's article text: its stored offsets while they
 * still hold the anchored run; otherwise the sentences around the run's one occurrence (or the
 * occurrence nearest the stored offsets when there are several).
 */
export function anchorEvidence(text: string, sentences: readonly (readonly [number, number])[], record: { anchor: TextAnchor; evidence: readonly [number, number] }): Anchoring {
  const [start, end] = record.evidence;
  const found = findAnchor(text, record.anchor);
  if (end <= text.length && found.some(([a, b]) => start <= a && b <= end)) return { kind: 'stored', evidence: [start, end] };
  if (found.length === 0) return { kind: 'not-found' };
  const nearest = [...found].sort((a, b) => Math.abs(a[0] - start) - Math.abs(b[0] - start))[0]!;
  if (found.length > 1 && end > text.length) return { kind: 'ambiguous' };
  return { kind: 'moved', evidence: sentencesCovering(sentences, nearest) ?? nearest };
}

/**
 * The folder of PolNeAR article texts: `dir` itself, or its `text/` when it has one (so both
 * the PolNeAR folder and its text folder can be named); by default ../shared/data/quotes/polnear
 * or NEWSGRAPH_POLNEAR.
 */
export function polnearTextDir(dir: string | undefined, fallback: string): string {
  const base = dir ?? fallback;
  return existsSync(join(base, 'text')) ? join(base, 'text') : base;
}

/** The text of a gold article, as its file holds it. */
export function readGoldArticleText(textDir: string, id: string): string {
  return readFileSync(join(textDir, `${id}.txt`), 'utf8');
}
