import type { Facet, SearchResponse } from '../api';
import { addFilter, filterValue, withMonth } from '../query';

interface FacetsProps {
  facets: SearchResponse['facets'];
  query: string;
  onQuery: (query: string) => void;
}

/** Outlets, event types and months of the matches; a click narrows the query to one. */
export function Facets({ facets, query, onQuery }: FacetsProps) {
  return (
    <aside class="facets" aria-label="facets">
      <FacetList heading="Outlets" facets={facets.outlets} onPick={(value) => onQuery(addFilter(query, `outlet:${filterValue(value)}`))} />
      <FacetList heading="Event types" facets={facets.types} onPick={(value) => onQuery(addFilter(query, `type:${value}`))} />
      <FacetList heading="Months" facets={facets.months} onPick={(value) => onQuery(withMonth(query, value.slice(0, 7)))} />
    </aside>
  );
}

function FacetList({ heading, facets, onPick }: { heading: string; facets: readonly Facet[]; onPick: (value: string) => void }) {
  if (facets.length === 0) return null;
  return (
    <section class="facet">
      <h3>{heading}</h3>
      <ul>
        {facets.map((facet) => (
          <li key={facet.value}>
            <button type="button" class="link" onClick={() => onPick(facet.value)}>{facet.value}</button> <span class="muted">{facet.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
