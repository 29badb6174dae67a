/** The values the filters offer (test/web-text.test.ts keeps them equal to the dictionary's and the contract's). */

/** PLOVER categories, as data/events/cameo-codes.json maps CAMEO codes to them. */
export const PLOVER_CATEGORIES = [
  'ACCUSE', 'AGREE', 'AID', 'ASSAULT', 'COERCE', 'CONCEDE', 'CONSULT', 'COOPERATE',
  'MOBILIZE', 'PROTEST', 'REJECT', 'REQUEST', 'RETREAT', 'SANCTION', 'SUPPORT', 'THREATEN',
] as const;

/** An event's status, as the output contract (src/document/contract.ts) names them. */
export const EVENT_STATUSES = ['occurred', 'ongoing', 'planned', 'proposed', 'hypothetical', 'refused', 'denied'] as const;

/**
 * A commitment's status as its own article states it (the contract's CommitmentStatusSchema), not
 * the follow-up a later article's event gives it (`outcome`: kept or broken).
 */
export const COMMITMENT_STATUSES = ['promised', 'conditional', 'withdrawn', 'kept', 'broken'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** The periods a timeline counts by. */
export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];
