import { api } from '../api';
import { Await } from '../components/Await';
import { Pager } from '../components/Pager';
import { count, dayRange } from '../format';
import { navigate, storyHref } from '../router';
import { useApi } from '../use-api';

const PAGE_SIZE = 30;

/** Stories, the latest first: articles about the same developing news. */
export function StoriesView({ offset }: { offset: number }) {
  const loaded = useApi(`stories:${offset}`, (signal) => api.stories({ limit: PAGE_SIZE, offset }, signal));
  return (
    <div class="stories-view">
      <h1>Stories</h1>
      <Await loaded={loaded}>
        {(data) => (
          <>
            <ul class="stories">
              {data.results.map((story) => (
                <li key={story.story}>
                  <a href={storyHref(story.story)}>{story.title ?? 'Untitled story'}</a>
                  <span class="meta">{dayRange(story.dayMin, story.dayMax)} · {count(story.documents, 'article')} · {count(story.sources, 'source')}</span>
                </li>
              ))}
            </ul>
            <Pager offset={offset} limit={PAGE_SIZE} shown={data.results.length} total={data.total} onPage={(next) => navigate('/stories', { offset: next })} />
          </>
        )}
      </Await>
    </div>
  );
}
