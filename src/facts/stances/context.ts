/**
 * What every stance reader is given (one sentence, with the article's actors and quotes) and what it returns.
 */
import type { Entity, Quote, Stance } from '../../document/contract.js';
import type { ActorIndex } from '../arguments.js';
import type { DependencyTree } from '../tree.js';
import type { Word } from '../words.js';

export type Polarity = Stance['polarity'];

/** One sentence's words `[start, end)`, with the article's actors and quotes. */
export interface SentenceContext {
  readonly words: readonly Word[];
  readonly actors: ActorIndex;
  readonly start: number;
  readonly end: number;
  readonly quotes: readonly Quote[];
  /** The parse of the article, when the parse layer ran. */
  readonly tree: DependencyTree | null;
  /** The article's entities, for a surname the name finder left unmentioned ("a Trump delegate"). */
  readonly entities?: readonly Entity[];
}

export interface Found {
  readonly holder: string[];
  readonly issue: string | null;
  readonly polarity: Polarity;
  readonly rule: string;
  /** Set where the reader itself saw the position move ("withdrew his endorsement"); the sentence's change words decide otherwise. */
  readonly changed?: boolean;
}

/** The negated form of a polarity: withholding support is a rejection; "does not oppose" takes no side. */
export const negatedPolarity = (polarity: Polarity): Polarity | undefined => (polarity === 'support' ? 'reject' : undefined);
