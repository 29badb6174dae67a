import { api, type StoryArticle, type StoryDetail, type StoryEvent } from '../api';
import { Await } from '../components/Await';
import { count, day, dayRange } from '../format';
import { articleHref } from '../router';
import { useApi } from '../use-api';

export function StoryView({ id }: { id: string }) {
  const loaded = useApi(`story:${id}`, (signal) => api.story(id, signal));
  return <Await loaded={loaded}>{(story) => <Story story={story} />}</Await>;
}

function Story({ story }: { story: StoryDetail }) {
  const articles = new Map(story.articles.map((article) => [article.id, article]));
  const { story: summary } = story;
  return (
    <div class="story-view">
      <h1>{summary.title ?? 'Untitled story'}</h1>
      <p class="meta">
        {dayRange(summary.dayMin, summary.dayMax)} · {count(summary.documents, 'article')} · {count(summary.sources, 'source')} · {count(story.events.length, 'event')}
      </p>
      <section>
        <h2>Events</h2>
        {story.events.length === 0 ? <p class="muted">No events coded in this story.</p> : (
          <ul class="story-events">{story.events.map((event) => <StoryEventItem key={event.cluster} event={event} articles={articles} />)}</ul>
        )}
      </section>
      <section>
        <h2>Articles</h2>
        <ul class="story-articles">
          {story.articles.map((article) => (
            <li key={article.id}>
              <a href={articleHref(article.id)}>{article.title ?? 'Untitled article'}</a>
              <span class="meta">{[article.publisher, day(article.publishedAt), article.copyOf ? 'copy' : ''].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** One real-world event with the outlets that reported it side by side, a column each. */
function StoryEventItem({ event, articles }: { event: StoryEvent; articles: ReadonlyMap<string, StoryArticle> }) {
  return (
    <li class="story-event">
      <h3>{event.label} <span class="muted">{event.plover}</span></h3>
      <p class="meta">
        one event, {count(event.reports, 'report')}, {count(event.sources, 'source')} · {dayRange(event.dayMin, event.dayMax)}
        {event.places.length > 0 && ` · ${event.places.join(', ')}`}
      </p>
      <div class="outlets">
        {event.outlets.map((outlet) => (
          <div key={outlet.publisher} class="outlet">
            <h4>{outlet.publisher}</h4>
            <ul>
              {outlet.documents.map((documentId) => (
                <li key={documentId}><a href={articleHref(documentId)}>{articles.get(documentId)?.title ?? documentId}</a></li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </li>
  );
}
