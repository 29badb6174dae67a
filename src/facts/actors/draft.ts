/**
 * An entity in the making, as the actors stage builds it: the mentions clustered for one actor,
 * with its roles, country, sector and what pronouns resolve against.
 */
import type { EntityType, MentionKind, Span } from '../../document/contract.js';
import type { Cluster } from './cluster.js';
import type { Antecedent } from './pronouns.js';
import type { FoundRole } from './roles.js';

/** A mention of an entity as the stage collects it: a span and its kind. */
export type EntityMention = Span & { kind: MentionKind };

/** A mention of a name or word of the article, built field by field (spreading objects here was slow). */
export function mentionOf({ start, end, text }: Span, kind: MentionKind): EntityMention {
  return { start, end, text, kind };
}

/** An entity in the making: a cluster of names, or a country or region named only by demonyms. */
export interface Draft {
  readonly cluster: Cluster | null;
  readonly type: EntityType;
  readonly name: string;
  readonly mentions: EntityMention[];
  readonly roles: FoundRole[];
  country: string | null;
  sector: string | null;
  readonly kb: string | null;
  readonly antecedent: Antecedent;
}
