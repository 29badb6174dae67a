import { useState } from 'preact/hooks';
import { api, type DocumentSummary, type SearchHit, type Stats } from '../api';
import { Await } from '../components/Await';
import { Facets } from '../components/Facets';
import { Pager } from '../components/Pager';
import { SavedSearches } from '../components/SavedSearches';
import { Snippet } from '../components/Snippet';
import { count, day } from '../format';
import { articleHref, navigate } from '../router';
import { loadSavedSearches, markOpened, removeSavedSearch, saveSearch } from '../saved-searches';
import { useApi } from '../use-api';

const PAGE_SIZE = 20;

const search = (query: string, offset = 0) => navigate('/', { q: query, offset });

/**
 * Home: the corpus's counts, a search with facets and paging, saved searches; the latest articles
 * when nothing is asked. Keyed by the query where it is used, so the box follows the address.
 */
export function SearchView({ query, offset }: { query: string; offset: number }) {
  const [draft, setDraft] = useState(query);
  const [saved, setSaved] = useState(loadSavedSearches);
  const openSaved = (savedQuery: string) => {
    setSaved(markOpened(savedQuery));
    search(savedQuery);
  };
  return (
    <div class="search-view">
      <StatsLine />
      <form class="search-form" role="search" onSubmit={(event) => { event.preventDefault(); search(draft.trim()); }}>
        <input type="search" name="q" aria-label="search" value={draft} onInput={(event) => setDraft(event.currentTarget.value)}
          placeholder={'words, "phrases", OR, NOT, actor:"Name" type:ACCUSE status:planned from:2016-01-01 outlet:Reuters'} />
        <button type="submit">Search</button>
        {query !== '' && !saved.some((item) => item.query === query) && <button type="button" onClick={() => setSaved(saveSearch(query))}>Save search</button>}
      </form>
      <div class="search-layout">
        <div class="search-main">
          {query === '' ? <LatestArticles offset={offset} /> : <SearchResults query={query} offset={offset} />}
        </div>
        <SavedSearches searches={saved} onOpen={openSaved} onRemove={(removed) => setSaved(removeSavedSearch(removed))} />
      </div>
    </div>
  );
}

function StatsLine() {
  const stats = useApi('stats', (signal) => api.stats(signal));
  if (stats.state !== 'done') return null;
  const s: Stats = stats.data;
  return (
    <p class="stats-line">
      {[count(s.documents, 'article'), count(s.entities, 'actor'), count(s.quotes, 'quote'), `${count(s.events, 'event')} (${count(s.eventReports, 'report')})`,
        count(s.commitments, 'commitment'), count(s.stances, 'stance'), count(s.stories, 'story', 'stories'), count(s.copies, 'copy', 'copies')].join(' · ')}
    </p>
  );
}

function SearchResults({ query, offset }: { query: string; offset: number }) {
  const loaded = useApi(`search:${query}:${offset}`, (signal) => api.search({ q: query, limit: PAGE_SIZE, offset }, signal));
  return (
    <Await loaded={loaded}>
      {(data) => (
        <div class="results-layout">
          <section class="results">
            <p class="total">{data.totalExact ? '' : 'about '}{count(data.total, 'result')}</p>
            <ol class="hits">{data.results.map((hit) => <Hit key={hit.id} hit={hit} />)}</ol>
            <Pager offset={offset} limit={PAGE_SIZE} shown={data.results.length} total={data.total} onPage={(next) => search(query, next)} />
          </section>
          <Facets facets={data.facets} query={query} onQuery={(next) => search(next)} />
        </div>
      )}
    </Await>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  return (
    <li class="hit">
      <a class="hit-title" href={articleHref(hit.id)}>{hit.title ?? 'Untitled article'}</a>
      <span class="meta">{[hit.publisher, day(hit.publishedAt)].filter(Boolean).join(' · ')}{hit.copyOf && ' · copy'}</span>
      <Snippet text={hit.snippet} />
    </li>
  );
}

function LatestArticles({ offset }: { offset: number }) {
  const loaded = useApi(`documents:${offset}`, (signal) => api.documents({ limit: PAGE_SIZE, offset }, signal));
  return (
    <Await loaded={loaded}>
      {(data) => (
        <section class="results">
          <h2>Latest articles</h2>
          <ol class="hits">{data.results.map((doc) => <LatestArticle key={doc.id} doc={doc} />)}</ol>
          <Pager offset={offset} limit={PAGE_SIZE} shown={data.results.length} total={data.total} onPage={(next) => search('', next)} />
        </section>
      )}
    </Await>
  );
}

function LatestArticle({ doc }: { doc: DocumentSummary }) {
  return (
    <li class="hit">
      <a class="hit-title" href={articleHref(doc.id)}>{doc.title ?? 'Untitled article'}</a>
      <span class="meta">{[doc.publisher, day(doc.publishedAt)].filter(Boolean).join(' · ')}</span>
    </li>
  );
}
