/** Saved searches, kept in the browser's localStorage: each query with when it was last opened. */
export interface SavedSearch {
  readonly query: string;
  /** ISO time: results stored after it count as new. */
  readonly lastOpened: string;
}

const STORAGE_KEY = 'newsgraph.savedSearches';

export function loadSavedSearches(): SavedSearch[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    if (!Array.isArray(stored)) return [];
    return stored.filter((item): item is SavedSearch => typeof item?.query === 'string' && typeof item?.lastOpened === 'string');
  } catch {
    return [];
  }
}

function store(searches: readonly SavedSearch[]): SavedSearch[] {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(searches));
  return [...searches];
}

/** Saves `query` first in the list, as opened now. */
export function saveSearch(query: string, now = new Date()): SavedSearch[] {
  const others = loadSavedSearches().filter((item) => item.query !== query);
  return store([{ query, lastOpened: now.toISOString() }, ...others]);
}

/** Records that a saved search was opened now: its results so far are no longer new. */
export function markOpened(query: string, now = new Date()): SavedSearch[] {
  return store(loadSavedSearches().map((item) => (item.query === query ? { query, lastOpened: now.toISOString() } : item)));
}

export function removeSavedSearch(query: string): SavedSearch[] {
  return store(loadSavedSearches().filter((item) => item.query !== query));
}
