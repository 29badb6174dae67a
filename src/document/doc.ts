import type { Article, Commitment, Entity, EntityType, Event, Quote, Span, StageWarning, Stance, Value } from './contract.js';

/** Tokens of `article.text` and wink's sentence boundaries over them. */
export interface TokenLayer {
  /** `[start, end)` of each token, whitespace tokens (line breaks) included. */
  readonly tokens: [number, number][];
  /** The text of each token: later stages read these rather than slicing `article.text` again. */
  readonly texts: string[];
  /**
   * Each token as the taggers (names, parser) read it: its text, except in a title-case
   * headline, where a common word is lower-cased ("Sanders Vows To" → "Sanders vows to"; see
   * nlp/casing.ts). The same array as `texts` when the article has no such line.
   */
  readonly forms: string[];
  /** `[first, last]` token index of each sentence (inclusive). */
  readonly sentenceTokens: [number, number][];
  /** Universal part-of-speech tag of each token (wink-nlp's tagger). */
  readonly pos: string[];
}

/**
 * A dependency tree for each sentence over the article's words (the tokens that are not
 * whitespace, in order; facts/words.ts numbers them the same way). A sentence is parsed the
 * first time a stage asks about one of its words (`parseAround`), with a few hundred words of the
 * sentences after it; a sentence's tree does not depend on which were parsed before it.
 */
export interface ParseLayer {
  /** Parses, once, the sentence (or the piece of an overlong one) holding word `word`, and maybe some after it; returns its first and last word. */
  parseAround(word: number): readonly [number, number];
  /** Per word, once its sentence is parsed: the word it depends on, or -1 for its sentence's root. */
  readonly heads: Int32Array;
  /** Per word, once parsed: the Universal Dependencies relation to its head (`nsubj`, `ccomp`, `obl:agent`, ...). */
  readonly relations: readonly string[];
}

/** The layers of the output contract (AnalyzedDocument). */
export interface OutputLayers {
  sentences: [number, number][];
  entities: Entity[];
  values: Value[];
  quotes: Quote[];
  events: Event[];
  commitments: Commitment[];
  stances: Stance[];
}

/** A name the NER tagger found, typed for the output contract, before actors are formed. */
export interface NameMention extends Span {
  readonly type: EntityType;
}

/** The layers annotators add to a document. Each is owned by exactly one annotator. */
export interface Layers extends OutputLayers {
  /** Internal: read by later annotators, not part of the output. */
  tokens: TokenLayer;
  /** Internal: the NER tagger's names, which the actors stage turns into entities. */
  names: NameMention[];
  /** Internal: dependency trees, which the fact stages read their arguments from. */
  parse: ParseLayer;
}

export type LayerName = keyof Layers;


/** One article and the layers added so far; every layer holds offsets into `article.text`. */
export interface Doc {
  readonly article: Article;
  readonly layers: Readonly<Partial<Layers>>;
}

/**
 * A pipeline stage: reads the layers it `requires`, returns the one it `assigns`. It never
 * changes another annotator's layer.
 */
export interface Annotator<K extends LayerName = LayerName> {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: K;
  /** Skipped (its layer left empty) for articles not in English. */
  readonly englishOnly: boolean;
  annotate(doc: Doc): Layers[K];
}

/** Throws at start-up when an annotator needs a layer that no earlier annotator assigns. */
export function checkPipeline(annotators: readonly Annotator[]): void {
  const assigned = new Set<LayerName>();
  for (const annotator of annotators) {
    const missing = annotator.requires.filter((layer) => !assigned.has(layer));
    if (missing.length > 0) {
      throw new Error(`annotator "${annotator.name}" requires ${missing.join(', ')}, which no earlier annotator assigns`);
    }
    if (assigned.has(annotator.assigns)) {
      throw new Error(`annotator "${annotator.name}" assigns "${annotator.assigns}", which an earlier annotator already assigns`);
    }
    assigned.add(annotator.assigns);
  }
}

/** What a pipeline run gives: every output layer, and a warning for each annotator that failed. */
export interface PipelineResult {
  readonly layers: OutputLayers;
  readonly warnings: StageWarning[];
}

/**
 * Runs annotators in order and returns every output layer, empty where no annotator ran. Each
 * annotator runs in its own guard: one that throws leaves its layer empty and a warning, and
 * the annotators that read its layer are skipped with a warning; the others still run.
 */
export function runPipeline(article: Article, annotators: readonly Annotator[]): PipelineResult {
  const english = !article.flags.includes('not-english');
  const layers: Partial<Layers> = {};
  const warnings: StageWarning[] = [];
  /** Layers whose annotator failed or was skipped for it. */
  const lost = new Set<LayerName>();
  for (const annotator of annotators) {
    if (annotator.englishOnly && !english) continue;
    const missing = annotator.requires.filter((layer) => lost.has(layer));
    if (missing.length > 0) {
      lost.add(annotator.assigns);
      warnings.push({ stage: annotator.name, code: 'NG_STAGE_SKIPPED', message: `not run: it reads ${missing.join(', ')}, which a failed annotator did not build` });
      continue;
    }
    try {
      (layers as Record<LayerName, unknown>)[annotator.assigns] = annotator.annotate({ article, layers });
    } catch (error) {
      lost.add(annotator.assigns);
      warnings.push({ stage: annotator.name, code: 'NG_STAGE_FAILED', message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { layers: outputLayers(layers), warnings };
}

function outputLayers(layers: Partial<Layers>): OutputLayers {
  return {
    sentences: layers.sentences ?? [],
    entities: layers.entities ?? [],
    values: layers.values ?? [],
    quotes: layers.quotes ?? [],
    events: layers.events ?? [],
    commitments: layers.commitments ?? [],
    stances: layers.stances ?? [],
  };
}

/** A span of `text`, with the text it covers. */
export function span(text: string, start: number, end: number) {
  return { start, end, text: text.slice(start, end) };
}
