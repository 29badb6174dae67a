/**
 * Scores the actors stage against GUM's coreference chains (`npm run eval:actors -- --gum`).
 *
 * Scope: the chains of a person, organisation or place that have a proper-name mention and at
 * least two mentions (`actorChains`); every mention of such a chain is scored (names,
 * pronouns, descriptions, others). Each GUM document's rebuilt text goes through `analyze`.
 *
 * Alignment (predicted mention → gold mention, one to one): identical spans first; then, gold
 * mentions shortest first, the free predicted mention with the largest overlap that contains
 * the gold mention's head token ("Mary Chaworth" for "Mary Chaworth, whom he met at school",
 * "the company" for "the company that makes it"). B³ and MUC are then computed over the gold
 * mentions as in scripts/lib/bcubed.ts: an unaligned gold mention is a singleton of the
 * response; predicted mentions outside the scored chains are not scored.
 *
 * Each predicted entity stands for the gold chain holding most of its aligned name mentions
 * (none when it has none). A gold pronoun is "placed right" when it is aligned and its
 * predicted entity stands for its chain; "descriptions linked" is the same share over gold
 * descriptions (mentions headed by a common noun, adjective or number).
 */
import { analyze } from '../../src/analyze.js';
import { isFailed, type Entity } from '../../src/document/contract.js';
import { offsetMapper } from './actor-gold.js';
import { addCounts, alignSpans, bcubedScore, corefCounts, emptyCounts, mucScore, type CorefCounts, type Prf } from './bcubed.js';
import { actorChains, gumSplit, readGum, type GumDocument, type GumMention, type GumSplit } from './gum-coref.js';

interface Predicted {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly entity: number;
}

export interface Tally {
  correct: number;
  total: number;
}

export interface GumScores {
  readonly counts: CorefCounts;
  readonly pronouns: Tally;
  readonly descriptions: Tally;
  readonly names: Tally;
  documents: number;
}

const emptyScores = (): GumScores => ({
  counts: emptyCounts(),
  pronouns: { correct: 0, total: 0 },
  descriptions: { correct: 0, total: 0 },
  names: { correct: 0, total: 0 },
  documents: 0,
});

function addScores(into: GumScores, more: GumScores): void {
  addCounts(into.counts, more.counts);
  for (const key of ['pronouns', 'descriptions', 'names'] as const) {
    into[key].correct += more[key].correct;
    into[key].total += more[key].total;
  }
  into.documents += more.documents;
}

/**
 * For each gold mention, the index of the predicted mention aligned to it, or -1: the same span,
 * else the one overlapping it most that contains its head token; shorter gold mentions first.
 */
export function alignByHead(gold: readonly GumMention[], predicted: readonly Predicted[]): number[] {
  const order = gold.map((_, gi) => gi).sort((a, b) => (gold[a]!.end - gold[a]!.start) - (gold[b]!.end - gold[b]!.start) || a - b);
  return alignSpans(gold, predicted, (g, p) => p.start <= g.head[0] && p.end >= g.head[1], order);
}

export interface DocumentResult {
  readonly document: GumDocument;
  readonly scores: GumScores;
  readonly errors: string[];
  readonly warning: string | null;
}

function predictedMentions(entities: readonly Entity[], map: (offset: number, isEnd: boolean) => number | null): Predicted[] {
  const out: Predicted[] = [];
  entities.forEach((entity, index) => {
    for (const mention of entity.mentions) {
      const start = map(mention.start, false);
      const end = map(mention.end, true);
      if (start !== null && end !== null && end > start) out.push({ start, end, kind: mention.kind, entity: index });
    }
  });
  return out;
}

/** Paragraphs of a text with their start offsets. */
function paragraphs(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  for (const match of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)) out.push({ start: match.index, text: match[0] });
  return out;
}

/**
 * Maps offsets of the analyzed text to the document's when the article stage dropped some of
 * its paragraphs (the first line taken as the title, short lines taken for boilerplate): each
 * analyzed paragraph is matched to the next document paragraph with the same non-space
 * characters, and mapped within it as `offsetMapper` maps a text.
 */
function documentMapper(documentText: string, analyzedText: string): ((offset: number, isEnd: boolean) => number | null) | null {
  const whole = offsetMapper(documentText, analyzedText);
  if (whole !== null) return whole;
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const source = paragraphs(documentText);
  const pieces: { start: number; end: number; map: (offset: number, isEnd: boolean) => number | null }[] = [];
  let next = 0;
  for (const paragraph of paragraphs(analyzedText)) {
    const key = squeeze(paragraph.text);
    let found = next;
    while (found < source.length && squeeze(source[found]!.text) !== key) found++;
    if (found === source.length) continue;
    const map = offsetMapper(source[found]!.text, paragraph.text)!;
    const shift = source[found]!.start;
    pieces.push({
      start: paragraph.start,
      end: paragraph.start + paragraph.text.length,
      map: (offset, isEnd) => {
        const mapped = map(offset - paragraph.start, isEnd);
        return mapped === null ? null : mapped + shift;
      },
    });
    next = found + 1;
  }
  if (pieces.length === 0) return null;
  return (offset, isEnd) => pieces.find((piece) => offset >= piece.start && (isEnd ? offset <= piece.end : offset < piece.end))?.map(offset, isEnd) ?? null;
}

/** Scores one document. */
export function scoreDocument(document: GumDocument): DocumentResult {
  const result = analyze({ text: document.text, publishedAt: '2020-01-01' });
  let warning: string | null = null;
  let entities: readonly Entity[] = [];
  let predicted: Predicted[] = [];
  if (isFailed(result)) warning = `analyze failed: ${result.error.code}`;
  else {
    const map = documentMapper(document.text, result.article.text);
    if (map === null) warning = 'article.text could not be aligned with the document text';
    else {
      entities = result.entities;
      predicted = predictedMentions(entities, map);
    }
  }
  const gold = actorChains(document);
  const alignment = alignByHead(gold, predicted);
  const entityOf = (gi: number) => (alignment[gi]! >= 0 ? predicted[alignment[gi]!]!.entity : null);
  const counts = corefCounts(gold.map((m) => m.chain), gold.map((_, gi) => {
    const entity = entityOf(gi);
    return entity === null ? null : String(entity);
  }));

  // The chain each predicted entity stands for: the one holding most of its aligned names.
  const votes = new Map<number, Map<string, number>>();
  gold.forEach((m, gi) => {
    const entity = entityOf(gi);
    if (entity === null || m.kind !== 'name') return;
    const inner = votes.get(entity) ?? new Map<string, number>();
    inner.set(m.chain, (inner.get(m.chain) ?? 0) + 1);
    votes.set(entity, inner);
  });
  const standsFor = new Map<number, string>();
  for (const [entity, inner] of votes) standsFor.set(entity, [...inner].reduce((a, b) => (b[1] > a[1] ? b : a))[0]);

  const scores = emptyScores();
  addCounts(scores.counts, counts);
  scores.documents = 1;
  const errors: string[] = [];
  const chainName = new Map<string, string>();
  for (const m of gold) if (m.kind === 'name' && !chainName.has(m.chain)) chainName.set(m.chain, m.text);
  const context = (m: GumMention) => document.text.slice(Math.max(0, m.start - 50), m.end + 20).replace(/\s+/g, ' ');
  gold.forEach((m, gi) => {
    const tally = m.kind === 'pronoun' ? scores.pronouns : m.kind === 'description' ? scores.descriptions : m.kind === 'name' ? scores.names : null;
    if (tally === null) return;
    tally.total += 1;
    const entity = entityOf(gi);
    const right = m.kind === 'name' ? entity !== null : entity !== null && standsFor.get(entity) === m.chain;
    if (right) tally.correct += 1;
    else {
      const placed = entity === null ? 'unlinked' : `→ ${entities[entity]!.name}`;
      errors.push(`${m.kind} "${m.text}" of ${chainName.get(m.chain)} ${placed} | …${context(m)}…`);
    }
  });
  // Predicted entities that hold mentions of several chains.
  const chainsOf = new Map<number, Map<string, number>>();
  gold.forEach((m, gi) => {
    const entity = entityOf(gi);
    if (entity === null) return;
    const inner = chainsOf.get(entity) ?? new Map<string, number>();
    inner.set(m.chain, (inner.get(m.chain) ?? 0) + 1);
    chainsOf.set(entity, inner);
  });
  for (const [entity, inner] of chainsOf) {
    if (inner.size > 1) errors.push(`merged "${entities[entity]!.name}": ${[...inner].map(([chain, n]) => `${chainName.get(chain)} (${n})`).join(' + ')}`);
  }
  return { document, scores, errors, warning };
}

const pct = (x: number) => x.toFixed(3);
const share = (t: Tally) => (t.total > 0 ? `${pct(t.correct / t.total)} (${t.correct}/${t.total})` : '-');
const prfCells = (score: Prf) => `${pct(score.precision)} | ${pct(score.recall)} | ${pct(score.f1)}`;

export interface GumOptions {
  readonly dir: string;
  /** Which half to score: dev, test, or both (each reported apart). */
  readonly split: GumSplit | 'all';
  /** Print each document's pronoun and description errors (only for the dev half). */
  readonly documents: boolean;
}

export function runGumEval(options: GumOptions): void {
  const documents = readGum(options.dir);
  const split = gumSplit(documents);
  const chosen = documents.filter((d) => options.split === 'all' || split.get(d.id) === options.split);
  const results = chosen.map(scoreDocument);
  const rows = new Map<string, GumScores>();
  const add = (key: string, scores: GumScores) => {
    const into = rows.get(key) ?? emptyScores();
    addScores(into, scores);
    rows.set(key, into);
  };
  for (const r of results) {
    const half = split.get(r.document.id)!;
    add(`${half} ${r.document.genre}`, r.scores);
    add(`${half} all genres`, r.scores);
    if (options.split === 'all') add('all all genres', r.scores);
  }
  const scope = results.reduce((n, r) => n + r.scores.counts.mentions, 0);
  console.log(`Actors on GUM (${options.dir}): ${results.length} documents, ${scope} gold mentions in person/organization/place chains with a name and 2+ mentions`);
  console.log('Split: within each genre, documents in file-name order alternate dev, test; rules are tuned on dev only, test is held out.\n');
  console.log('| half | genre | docs | mentions | B³ P | B³ R | B³ F1 | MUC P | MUC R | MUC F1 | names found | pronouns placed right | descriptions linked |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  const keys = [...rows.keys()].sort((a, b) => {
    const rank = (key: string) => (key.startsWith('dev') ? 0 : key.startsWith('test') ? 1 : 2) * 10 + (key.endsWith('all genres') ? 1 : 0);
    return rank(a) - rank(b) || a.localeCompare(b);
  });
  for (const key of keys) {
    const s = rows.get(key)!;
    const [half, ...genre] = key.split(' ');
    const label = genre.join(' ') === 'all genres' ? '**all genres**' : genre.join(' ');
    console.log(`| ${half} | ${label} | ${s.documents} | ${s.counts.mentions} | ${prfCells(bcubedScore(s.counts))} | ${prfCells(mucScore(s.counts))} | ${share(s.names)} | ${share(s.pronouns)} | ${share(s.descriptions)} |`);
  }
  const warnings = results.filter((r) => r.warning !== null);
  if (warnings.length > 0) {
    console.log('\nWarnings:');
    for (const r of warnings) console.log(`- ${r.document.id}: ${r.warning}`);
    if (warnings.some((r) => r.warning!.startsWith('analyze failed'))) process.exitCode = 1;
  }
  if (options.documents) {
    for (const r of results) {
      if (split.get(r.document.id) !== 'dev') continue;
      console.log(`\n## ${r.document.id}: B³ F1 ${pct(bcubedScore(r.scores.counts).f1)}, pronouns ${share(r.scores.pronouns)}, descriptions ${share(r.scores.descriptions)}`);
      for (const error of r.errors) console.log(`- ${error}`);
    }
  }
}
