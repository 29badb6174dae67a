import { useEffect, useRef } from 'preact/hooks';
import type { Fact, FactKind } from '../facts';
import { actorHref } from '../router';

const SECTIONS: { kind: FactKind; heading: string }[] = [
  { kind: 'entity', heading: 'Entities' },
  { kind: 'quote', heading: 'Quotes' },
  { kind: 'event', heading: 'Events' },
  { kind: 'commitment', heading: 'Commitments' },
  { kind: 'stance', heading: 'Stances' },
];

interface FactsPanelProps {
  facts: readonly Fact[];
  text: string;
  selectedFact: string | null;
  onSelect: (factId: string | null) => void;
}

/** The document's facts by kind; the selected one opens to its evidence and provenance. */
export function FactsPanel({ facts, text, selectedFact, onSelect }: FactsPanelProps) {
  const panel = useRef<HTMLElement>(null);
  // A fact selected by clicking its mark in the text is brought into the panel's view.
  useEffect(() => {
    if (selectedFact !== null) panel.current?.querySelector(`[data-fact-item="${CSS.escape(selectedFact)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedFact]);
  return (
    <aside class="facts" aria-label="facts" ref={panel}>
      {SECTIONS.map(({ kind, heading }) => {
        const ofKind = facts.filter((fact) => fact.kind === kind);
        return (
          <section key={kind} class={`facts-${kind}`}>
            <h3>{heading} <span class="muted">({ofKind.length})</span></h3>
            {ofKind.length === 0 ? <p class="muted">none</p> : (
              <ul>
                {ofKind.map((fact) => (
                  <li key={fact.id} class={fact.id === selectedFact ? 'fact selected' : 'fact'} data-fact-item={fact.id}>
                    <button type="button" class="fact-title" aria-expanded={fact.id === selectedFact} onClick={() => onSelect(fact.id === selectedFact ? null : fact.id)}>
                      {fact.title}
                    </button>
                    {fact.details.length > 0 && <span class="fact-details">{fact.details.join(' · ')}</span>}
                    {fact.actorKey !== null && <a class="actor-link" href={actorHref(fact.actorKey)}>actor page →</a>}
                    {fact.id === selectedFact && <Evidence fact={fact} text={text} />}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </aside>
  );
}

function Evidence({ fact, text }: { fact: Fact; text: string }) {
  return (
    <div class="evidence" role="region" aria-label="evidence">
      <blockquote>{text.slice(fact.evidence.start, fact.evidence.end)}</blockquote>
      <p class="provenance">
        <span class="badge">machine-extracted</span>
        {fact.rule !== null && <> rule <code>{fact.rule}</code></>}
        {fact.confidence !== null && <> · confidence {fact.confidence.toFixed(2)}</>}
        {fact.rule === null && fact.confidence === null && <> by the entity tagger and actor linker</>}
      </p>
    </div>
  );
}
