/**
 * The stance readers of one word, in the order they are asked: the first that finds a stance at
 * the word gives it. Each reader has its own file (verbs.ts, nouns.ts, quoted-positions.ts, ...);
 * predicates (predicates.ts), which span several words, are read before these by the stage.
 */
import type { Entity } from '../../document/contract.js';
import { affixStance } from './affixes.js';
import { quotedChoice } from './choices.js';
import type { Found, SentenceContext } from './context.js';
import { shownFault } from './faults.js';
import { goalStance } from './goals.js';
import { groupStance } from './group-names.js';
import { headlineStance } from './headline.js';
import { nominalStance } from './nouns.js';
import { policyStance } from './policies.js';
import { quotedDemand } from './quoted-positions.js';
import { verbStance } from './verbs.js';
import { verdictStance } from './verdicts.js';
import { reportedWish } from './wishes.js';

/** The stance the word at `at` states, read by the first reader that finds one. */
export const stanceAt = (context: SentenceContext, at: number, entities: readonly Entity[]): Found | undefined =>
  headlineStance(context, at, entities) ?? nominalStance(context, at) ?? verbStance(context, at) ?? quotedDemand(context, at) ?? quotedChoice(context, at) ?? reportedWish(context, at) ?? verdictStance(context, at) ?? shownFault(context, at) ?? policyStance(context, at) ?? goalStance(context, at) ?? groupStance(context, at) ?? affixStance(context, at);
