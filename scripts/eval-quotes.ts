/**
 * Scores quote extraction and attribution on a PolNeAR-shaped folder (text/ and quotes.jsonl),
 * with the metric of DESIGN.md: a predicted quote matches a gold content when their characters
 * have Jaccard >= 0.5, one-to-one (greedy, highest Jaccard first); content precision, recall and
 * F1 over gold attributions with a content span; the share of quoted gold (kind direct or mixed)
 * found; speaker accuracy on matches (no gold source: the right answer is no speaker; a speaker
 * is right when its span, or a mention of its entity, overlaps the gold source, or ends right
 * before a relative pronoun marked as the source: "Hannity, who said"); end-to-end F1
 * (matched with the right speaker); recall by gold kind. compromise's quotations() on the same
 * article text is the peer row (content without the quote marks, no speakers). The newsgraph row
 * scores the default output (the quotes whose confidence reaches the threshold); the row below it
 * every quote found (`--quotes all`), from the same analysis.
 * Scoring: scripts/lib/quote-scoring.ts.
 *
 *   npm run eval:quotes -- [DIR] [--articles N] [--errors K] [--half even|odd]
 *   (DIR defaults to ../shared/data/quotes/polnear, or NEWSGRAPH_POLNEAR)
 *
 * `--half even` keeps the articles whose index among the files sorted by name is even, `--half
 * odd` the others: tune rules on one half and measure them on the other.
 *
 * Gold offsets are moved into the extracted article's offsets with `alignedOffsetMapper`
 * (scripts/lib/polnear.ts, which also aligns paragraphs whose whitespace the article stage
 * tidied, about 8% of the text); an attribution whose content or source is not in the article
 * text (in practice: in the title) is skipped and counted.
 * `--errors K` prints up to K missed gold, K false predictions and K wrong speakers of newsgraph,
 * spread over the articles.
 */
import { performance } from 'node:perf_hooks';
import { scriptArgs } from './lib/script-args.js';
import nlp from 'compromise';
import { analyze } from '../src/analyze.js';
import { isFailed } from '../src/document/contract.js';
import { likelyQuoteThreshold } from '../src/facts/quotes/confidence.js';
import { alignedOffsetMapper, articleFacts, DEFAULT_POLNEAR_DIR, mapGoldSpans, readPolnear } from './lib/polnear.js';
import { addTally, emptyTally, QUOTE_KINDS, quoteMetrics, scoreDocument, type GoldQuote, type PredictedQuote, type QuoteTally } from './lib/quote-scoring.js';

const { values, positionals } = scriptArgs(import.meta.url, {
  allowPositionals: true,
  options: {
    articles: { type: 'string' },
    errors: { type: 'string' },
    half: { type: 'string' },
  },
});
const dir = positionals[0] ?? DEFAULT_POLNEAR_DIR;
const count = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} takes a whole number, not ${value}`);
    process.exit(2);
  }
  return n;
};
const articleLimit = count('articles', values.articles);
const errorLimit = count('errors', values.errors) ?? 0;

if (values.half !== undefined && values.half !== 'even' && values.half !== 'odd') {
  console.error(`--half takes even or odd, not ${values.half}`);
  process.exit(2);
}
const parity = values.half === undefined ? undefined : values.half === 'even' ? 0 : 1;
const byName = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const documents = readPolnear(dir).sort(byName).filter((_, index) => parity === undefined || index % 2 === parity).slice(0, articleLimit);

interface GoldItem extends GoldQuote {
  readonly text: string;
  readonly sourceText: string | null;
  readonly cueText: string | null;
}

interface QuotationMatch {
  terms: { text: string; post: string; offset: { start: number; length: number } }[];
}

const QUOTE_MARKS = /["'“”‘’«»„‟‹›]/;

/** compromise's quotations as predicted quotes: the span from the first to the last word inside the marks, with no speaker. */
function compromiseQuotes(text: string): PredictedQuote[] {
  const quotes: PredictedQuote[] = [];
  for (const match of nlp(text).quotations().json({ offset: true }) as QuotationMatch[]) {
    const first = match.terms[0];
    const last = match.terms.at(-1);
    if (first === undefined || last === undefined) continue;
    let end = last.offset.start + last.offset.length;
    // Keep punctuation after the last word up to the closing mark ("win this," -> "win this,").
    for (const char of last.post) {
      if (QUOTE_MARKS.test(char) || /\s/.test(char)) break;
      end++;
    }
    if (end > first.offset.start) quotes.push({ start: first.offset.start, end, speaker: null });
  }
  return quotes;
}

const newsgraph = emptyTally();
const newsgraphAll = emptyTally();
const peer = emptyTally();
let gold = 0;
let skippedContent = 0;
let skippedSource = 0;
let noContent = 0;
let failed = 0;
let newsgraphMs = 0;
let peerMs = 0;

const clip = (text: string, max = 160) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
const missedLines: string[] = [];
const falseLines: string[] = [];
const speakerLines: string[] = [];

for (const document of documents) {
  let started = performance.now();
  const result = analyze({ text: document.text, ...articleFacts(document) }, { quotes: 'all' });
  newsgraphMs += performance.now() - started;
  if (isFailed(result)) {
    failed++;
    skippedContent += document.attributions.filter((attribution) => attribution.content !== null && attribution.content.spans.length > 0).length;
    continue;
  }
  const text = result.article.text;
  const toArticle = alignedOffsetMapper(document.text, text);
  const items: GoldItem[] = [];
  for (const attribution of document.attributions) {
    if (attribution.content === null || attribution.content.spans.length === 0) {
      noContent++;
      continue;
    }
    const content = mapGoldSpans(document.text, attribution.content.spans, toArticle);
    if (content === null) {
      skippedContent++;
      continue;
    }
    const hasSource = attribution.source !== null && attribution.source.spans.length > 0;
    const source = hasSource ? mapGoldSpans(document.text, attribution.source!.spans, toArticle) : null;
    if (hasSource && source === null) {
      skippedSource++;
      continue;
    }
    items.push({ kind: attribution.kind, content, source, text: attribution.content.text, sourceText: attribution.source?.text ?? null, cueText: attribution.cue?.text ?? null });
  }
  gold += items.length;

  const quotes = result.quotes.filter((quote) => quote.confidence >= likelyQuoteThreshold());
  const scored = scoreDocument(items, quotes, result.entities, text);
  addTally(newsgraph, scored.tally);
  addTally(newsgraphAll, scoreDocument(items, result.quotes, result.entities, text).tally);

  started = performance.now();
  const peerQuotes = compromiseQuotes(text);
  peerMs += performance.now() - started;
  addTally(peer, scoreDocument(items, peerQuotes).tally);

  if (errorLimit > 0) {
    const where = `[${document.id.slice(0, 40)}]`;
    for (const i of scored.missed) {
      const item = items[i]!;
      missedLines.push(`- ${where} ${item.kind}, cue ${JSON.stringify(item.cueText)}, source ${item.sourceText === null ? '(none)' : JSON.stringify(item.sourceText)}: ${JSON.stringify(clip(item.text))}`);
    }
    for (const i of scored.spurious) {
      const quote = quotes[i]!;
      falseLines.push(`- ${where} ${quote.kind}, speaker ${quote.speaker === null ? '(none)' : JSON.stringify(quote.speaker.name || quote.speaker.text)}: ${JSON.stringify(clip(quote.text))}`);
    }
    for (const match of scored.matches) {
      if (match.speakerRight) continue;
      const item = items[match.gold]!;
      const quote = quotes[match.predicted]!;
      const said = quote.speaker === null ? '(none)' : JSON.stringify(`${quote.speaker.text}${quote.speaker.entity === null ? '' : ` -> ${quote.speaker.name}`}`);
      speakerLines.push(`- ${where} gold ${item.sourceText === null ? '(none)' : JSON.stringify(item.sourceText)}, predicted ${said}: ${JSON.stringify(clip(quote.text, 100))}`);
    }
  }
}

const f = (value: number) => value.toFixed(3);
const row = (name: string, tally: QuoteTally) => {
  const m = quoteMetrics(tally);
  return `| ${name} | ${f(m.content.precision)} | ${f(m.content.recall)} | ${f(m.content.f1)} | ${f(m.quotedFound)} | ${f(m.speakerAccuracy)} | ${f(m.endToEnd.precision)} | ${f(m.endToEnd.recall)} | ${f(m.endToEnd.f1)} |`;
};
const kindRow = (name: string, tally: QuoteTally) => {
  const m = quoteMetrics(tally);
  return `| ${name} | ${QUOTE_KINDS.map((kind) => `${f(m.recallByKind[kind])} (${tally.matchedByKind[kind]})`).join(' | ')} |`;
};

const skipped = skippedContent + skippedSource;
console.log(`Quotes on ${dir}${values.half === undefined ? '' : ` (${values.half} half)`}: ${documents.length} articles${failed ? ` (${failed} failed to analyze)` : ''}, ${gold} gold attributions scored`
  + `${skipped ? ` (${skipped} skipped: ${skippedContent} with content and ${skippedSource} with a source not in the extracted article)` : ''}`
  + `${noContent ? `, ${noContent} without a content span left out` : ''}; predicted: newsgraph ${newsgraph.predicted}, compromise ${peer.predicted}`);
console.log('Content match: character Jaccard >= 0.5, one-to-one (greedy, highest Jaccard first)\n');
console.log('| system | content P | content R | content F1 | quoted gold found | speaker accuracy | end-to-end P | end-to-end R | end-to-end F1 |');
console.log('|---|---|---|---|---|---|---|---|---|');
console.log(row('newsgraph', newsgraph));
console.log(row('newsgraph, every quote found (`--quotes all`)', newsgraphAll));
console.log(row('compromise 14 (peer, no speakers)', peer));
console.log(`\nRecall by gold kind (found in brackets):\n`);
console.log(`| system | ${QUOTE_KINDS.map((kind) => `${kind} (${newsgraph.goldByKind[kind]})`).join(' | ')} |`);
console.log(`|---|${QUOTE_KINDS.map(() => '---|').join('')}`);
console.log(kindRow('newsgraph', newsgraph));
console.log(kindRow('newsgraph, every quote found', newsgraphAll));
console.log(kindRow('compromise 14 (peer)', peer));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(`\nTime: newsgraph analyze ${seconds(newsgraphMs)} (whole pipeline), compromise quotations() ${seconds(peerMs)}`
  + `${peerMs > 0 ? ` (ratio ${(newsgraphMs / peerMs).toFixed(2)})` : ''}`);

/** Up to `limit` lines spread evenly over the list (so they come from many articles). */
function spread(lines: readonly string[], limit: number): string[] {
  if (lines.length <= limit) return [...lines];
  const step = lines.length / limit;
  return Array.from({ length: limit }, (_, i) => lines[Math.floor(i * step)]!);
}

if (errorLimit > 0) {
  for (const [title, lines] of [
    ['Missed gold', missedLines],
    ['False predictions', falseLines],
    ['Wrong speakers on matched quotes', speakerLines],
  ] as const) {
    console.log(`\n${title} (newsgraph, ${Math.min(errorLimit, lines.length)} of ${lines.length}):\n`);
    for (const line of spread(lines, errorLimit)) console.log(line);
  }
}
