/** A quote while the stage builds it (a draft), and the drafts of one article with the lookups their rules ask of them. */
import type { Quote } from '../../document/contract.js';
import type { QuoteContext } from './context.js';
import type { Speaker } from './speaker.js';

export interface Draft {
  kind: Quote['kind'];
  start: number;
  end: number;
  cue: number | null;
  speaker: Speaker | null;
  /** Which rule found it (the quote's `rule`). */
  rule: string;
}

/** The rule of a quotation credited in square brackets at its paragraph's end. */
export const BRACKETED_CREDIT = 'quotation:bracketed-credit';
/** The rule of a quotation taken into the reported clause it stands in ("says voters “are fed up” with it"). */
export const REPORTED_CLAUSE = 'quotation:reported-clause';
/** Whether the quotations after a quote may be its speaker's too: not after a credit, which closes its item. */
export const speaksOn = (draft: Draft) => draft.speaker !== null && draft.rule !== BRACKETED_CREDIT;

/**
 * The drafts of one article, in the order the rules found them, and the cue words they took.
 * Lookups that would otherwise search every draft for each new one, and so take time in the
 * square of the article's length (with words.findIndex from the first word, 20,000 sentences
 * took 11 s in this stage): the drafts that reach into each sentence, the latest one with a
 * speaker, and the latest with a speaker and a cue in each sentence.
 */
export class DraftList {
  readonly items: Draft[] = [];
  readonly usedCues = new Set<number>();
  private readonly bySentence = new Map<number, Draft[]>();
  private latestSpoken: Draft | undefined;
  private readonly spokenWithCue = new Map<number, Draft>();

  constructor(private readonly context: QuoteContext) {}

  /** The latest draft with a speaker. */
  get lastSpoken(): Draft | undefined {
    return this.latestSpoken;
  }

  /** The latest draft with a speaker and a cue in sentence `sentence`. */
  lastSpokenWithCue(sentence: number): Draft | undefined {
    return this.spokenWithCue.get(sentence);
  }

  add(draft: Draft): void {
    this.items.push(draft);
    this.remember(draft);
  }

  /** Adds what cue `cue` reports over `[start, end)`: mixed where quoted words stand in it, else indirect; the cue is used. */
  addReported(start: number, end: number, cue: number, speaker: Draft['speaker'], rule: string): void {
    this.add({ kind: this.context.hasQuoted(start, end) ? 'mixed' : 'indirect', start, end, cue, speaker, rule });
    this.usedCues.add(cue);
  }

  /** Whether a draft overlaps `[start, end)`. */
  overlaps(start: number, end: number): boolean {
    const { sentenceOf } = this.context;
    for (let sentence = sentenceOf(start), last = sentenceOf(Math.max(start, end - 1)); sentence <= last; sentence++) {
      if (this.bySentence.get(sentence)?.some((other) => other.start < end && start < other.end)) return true;
    }
    return false;
  }

  /**
   * Puts `drafts` in place of the drafts so far (joined quotations). The lookup by sentence keeps
   * the drafts joined away, whose spans lie inside the drafts they were joined to.
   */
  replaceWith(drafts: readonly Draft[]): void {
    this.items.splice(0, this.items.length, ...drafts);
    this.latestSpoken = undefined;
    this.spokenWithCue.clear();
    for (const draft of this.items) this.remember(draft);
  }

  /** Adds a draft (after those in `items`) to the lookups. */
  private remember(draft: Draft): void {
    const { sentenceOf, words } = this.context;
    for (let sentence = sentenceOf(draft.start), last = sentenceOf(Math.max(draft.start, draft.end - 1)); sentence <= last; sentence++) {
      const list = this.bySentence.get(sentence);
      if (list === undefined) this.bySentence.set(sentence, [draft]);
      else list.push(draft);
    }
    if (draft.speaker === null) return;
    this.latestSpoken = draft;
    if (draft.cue !== null) this.spokenWithCue.set(words[draft.cue]!.sentence, draft);
  }
}
