import type { ComponentChildren } from 'preact';
import { href, useRoute, type Route } from './router';
import { ActorView } from './views/ActorView';
import { ArticleView } from './views/ArticleView';
import { CommitmentsView } from './views/CommitmentsView';
import { MapView } from './views/MapView';
import { SearchView } from './views/SearchView';
import { StoriesView } from './views/StoriesView';
import { StoryView } from './views/StoryView';
import { TimelineView } from './views/TimelineView';

const NAVIGATION = [
  { section: '', label: 'Search' },
  { section: 'timeline', label: 'Timeline' },
  { section: 'map', label: 'Map' },
  { section: 'commitments', label: 'Commitments' },
  { section: 'stories', label: 'Stories' },
];

export function App() {
  const route = useRoute();
  const section = route.segments[0] ?? '';
  return (
    <>
      <header class="top">
        <a class="brand" href={href('/')}>newsgraph</a>
        <nav aria-label="views">
          {NAVIGATION.map((item) => (
            <a key={item.section} href={href(`/${item.section}`)} class={item.section === section ? 'active' : undefined} aria-current={item.section === section ? 'page' : undefined}>
              {item.label}
            </a>
          ))}
        </nav>
      </header>
      <main>{view(route)}</main>
    </>
  );
}

function view({ segments, params }: Route): ComponentChildren {
  const [section = '', id = ''] = segments;
  const offset = Number(params.get('offset') ?? 0) || 0;
  // Keys make a new address a fresh view: no state (a selected fact, a half-typed query) carries over.
  switch (section) {
    case '':
    case 'search':
      return <SearchView key={params.get('q') ?? ''} query={params.get('q') ?? ''} offset={offset} />;
    case 'article':
      return <ArticleView key={id} id={id} />;
    case 'actor':
      return <ActorView key={id} actorKey={id} />;
    case 'timeline':
      return <TimelineView params={params} />;
    case 'map':
      return <MapView params={params} />;
    case 'commitments':
      return <CommitmentsView params={params} />;
    case 'stories':
      return <StoriesView offset={offset} />;
    case 'story':
      return <StoryView key={id} id={id} />;
    default:
      return <p class="error">No view at this address. <a href={href('/')}>Back to search</a></p>;
  }
}
