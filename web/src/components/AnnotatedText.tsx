import { Fragment, type ComponentChildren } from 'preact';
import { segmentText, type Highlight } from '../spans';

export interface Mark extends Highlight {
  readonly kind: 'entity' | 'quote' | 'event' | 'evidence';
  /** A short label shown after the marked text (an entity type, a PLOVER category). */
  readonly label: string;
  /** The fact the mark belongs to; clicking the mark selects it. */
  readonly factId: string | null;
  /** A class naming the mark's sort, e.g. the entity type. */
  readonly variant?: string;
}

interface AnnotatedTextProps {
  text: string;
  /** [start, end) of each paragraph; the whole text is one when there are none. */
  paragraphs: readonly (readonly [number, number])[];
  marks: readonly Mark[];
  selectedFact: string | null;
  onSelect: (factId: string) => void;
}

/**
 * The article's text with its marks as coloured, labelled spans (like displaCy); overlapping
 * marks nest, the longest outermost. The text is only ever text nodes.
 */
export function AnnotatedText({ text, paragraphs, marks, selectedFact, onSelect }: AnnotatedTextProps) {
  const blocks = paragraphs.length > 0 ? paragraphs : [[0, text.length] as const];
  const select = (event: MouseEvent) => {
    const factId = (event.target as Element).closest('[data-fact]')?.getAttribute('data-fact');
    if (factId) onSelect(factId);
  };
  return (
    <div class="annotated-text" onClick={select}>
      {blocks.map(([start, end]) => (
        <p key={start}>
          {segmentText(start, end, marks).map((segment) => {
            let content: ComponentChildren = text.slice(segment.start, segment.end);
            // Innermost first, so each mark wraps the marks it contains.
            for (const mark of [...segment.highlights].reverse()) {
              const classes = ['mark', `mark-${mark.kind}`, mark.variant ? `mark-${mark.kind}-${mark.variant}` : '', mark.factId !== null && mark.factId === selectedFact ? 'selected' : ''];
              content = (
                <span class={classes.filter(Boolean).join(' ')} data-fact={mark.factId ?? undefined} title={mark.label}>
                  {content}
                  {mark.end === segment.end && mark.kind !== 'evidence' && <span class="mark-label">{mark.label}</span>}
                </span>
              );
            }
            return <Fragment key={segment.start}>{content}</Fragment>;
          })}
        </p>
      ))}
    </div>
  );
}
