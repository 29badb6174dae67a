import { api } from '../api';
import type { SavedSearch } from '../saved-searches';
import { useApi } from '../use-api';

interface SavedSearchesProps {
  searches: readonly SavedSearch[];
  onOpen: (query: string) => void;
  onRemove: (query: string) => void;
}

/** The saved searches, each with how many articles were stored since it was last opened. */
export function SavedSearches({ searches, onOpen, onRemove }: SavedSearchesProps) {
  return (
    <section class="saved-searches">
      <h2>Saved searches</h2>
      {searches.length === 0 ? <p class="muted">None yet: search, then “Save search”.</p> : (
        <ul>
          {searches.map((search) => <SavedSearchItem key={search.query} search={search} onOpen={onOpen} onRemove={onRemove} />)}
        </ul>
      )}
    </section>
  );
}

function SavedSearchItem({ search, onOpen, onRemove }: { search: SavedSearch; onOpen: (query: string) => void; onRemove: (query: string) => void }) {
  // One result is enough: the count is what is wanted.
  const fresh = useApi(`new:${search.query}:${search.lastOpened}`, (signal) => api.search({ q: search.query, since: search.lastOpened, limit: 1 }, signal));
  return (
    <li class="saved-search">
      <button type="button" class="link" onClick={() => onOpen(search.query)}>{search.query}</button>
      {fresh.state === 'done' && <span class={fresh.data.total > 0 ? 'badge new' : 'muted'}>{fresh.data.total} new</span>}
      {fresh.state === 'error' && <span class="error">{fresh.message}</span>}
      <button type="button" class="remove" aria-label={`remove ${search.query}`} onClick={() => onRemove(search.query)}>×</button>
    </li>
  );
}
