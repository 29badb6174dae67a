/**
 * An analyzed document's facts as the article view lists them, each with the characters that
 * support it, and the marks its text is drawn with.
 */
import type { AnalyzedDocument } from './api';
import type { Mark } from './components/AnnotatedText';
import { count, names, timeWindow } from './format';

export type FactKind = 'entity' | 'quote' | 'event' | 'commitment' | 'stance';

export interface Fact {
  /** Unique in the document: the kind and the fact's own id. */
  readonly id: string;
  readonly kind: FactKind;
  readonly title: string;
  readonly details: string[];
  /** The characters that support the fact: its evidence, else the sentence of its first mention. */
  readonly evidence: { start: number; end: number };
  readonly rule: string | null;
  readonly confidence: number | null;
  /** The actor page of an entity with a cross-article key. */
  readonly actorKey: string | null;
}

const factId = (kind: FactKind, id: string) => `${kind}:${id}`;

/** The sentence holding `offset`, else the offset's own character. */
function sentenceAt(doc: AnalyzedDocument, offset: number): { start: number; end: number } {
  const sentence = doc.sentences.find(([start, end]) => start <= offset && offset < end);
  return sentence ? { start: sentence[0], end: sentence[1] } : { start: offset, end: offset + 1 };
}

export function documentFacts(doc: AnalyzedDocument): Fact[] {
  const entityNames = new Map(doc.entities.map((entity) => [entity.id, entity.name]));
  const named = (ids: readonly string[]) => names(ids.map((id) => entityNames.get(id) ?? id));
  const entities = doc.entities.map((entity): Fact => {
    const first = entity.mentions.find((mention) => mention.kind === 'name') ?? entity.mentions[0];
    return {
      id: factId('entity', entity.id),
      kind: 'entity',
      title: entity.name,
      details: [entity.type, entity.country ?? '', entity.sector ?? '', count(entity.mentions.length, 'mention')].filter(Boolean),
      evidence: sentenceAt(doc, first?.start ?? 0),
      rule: null,
      confidence: null,
      actorKey: entity.key,
    };
  });
  const quotes = doc.quotes.map((quote): Fact => ({
    id: factId('quote', quote.id),
    kind: 'quote',
    title: `${quote.speaker?.name ?? 'Unknown speaker'}: “${quote.text}”`,
    details: [quote.kind],
    evidence: { start: quote.start, end: quote.end },
    rule: quote.rule,
    confidence: quote.confidence,
    actorKey: null,
  }));
  const events = doc.events.map((event): Fact => ({
    id: factId('event', event.id),
    kind: 'event',
    title: `${event.label}: ${named(event.source)} → ${named(event.target)}`,
    details: [
      `${event.plover} (CAMEO ${event.cameo})`,
      event.status,
      event.place ? `at ${event.place.name}` : '',
      event.time ? timeWindow(event.time.start, event.time.end) : '',
    ].filter(Boolean),
    evidence: event.evidence,
    rule: event.rule,
    confidence: event.confidence,
    actorKey: null,
  }));
  const commitments = doc.commitments.map((commitment): Fact => ({
    id: factId('commitment', commitment.id),
    kind: 'commitment',
    title: `${named(commitment.actor)} promised ${commitment.what}${commitment.beneficiary.length > 0 ? ` to ${named(commitment.beneficiary)}` : ''}`,
    details: commitment.due ? [`due ${timeWindow(commitment.due.start, commitment.due.end)}`] : [],
    evidence: commitment.evidence,
    rule: commitment.rule,
    confidence: null,
    actorKey: null,
  }));
  const stances = doc.stances.map((stance): Fact => ({
    id: factId('stance', stance.id),
    kind: 'stance',
    title: `${named(stance.holder)}: ${stance.polarity} ${stance.issue}`,
    details: stance.changed ? ['position changed'] : [],
    evidence: stance.evidence,
    rule: stance.rule,
    confidence: null,
    actorKey: null,
  }));
  return [...entities, ...quotes, ...events, ...commitments, ...stances];
}

/** Entity mentions, quotes and event triggers as marks over the text. */
export function documentMarks(doc: AnalyzedDocument): Mark[] {
  return [
    ...doc.quotes.map((quote): Mark => ({ start: quote.start, end: quote.end, kind: 'quote', label: 'QUOTE', factId: factId('quote', quote.id) })),
    ...doc.entities.flatMap((entity) => entity.mentions.map((mention): Mark => ({
      start: mention.start, end: mention.end, kind: 'entity', label: entity.type, variant: entity.type, factId: factId('entity', entity.id),
    }))),
    ...doc.events.map((event): Mark => ({ start: event.trigger.start, end: event.trigger.end, kind: 'event', label: event.plover, factId: factId('event', event.id) })),
  ];
}
