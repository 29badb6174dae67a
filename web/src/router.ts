/**
 * Hash routing (`#/article/ID?x=1`): the server only serves static files, and every view has an
 * address that can be bookmarked and shared.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  /** The path's segments, decoded: `#/actor/A%2FB` is ['actor', 'A/B']. */
  readonly segments: string[];
  readonly params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const segments = path.split('/').filter((segment) => segment !== '').map(decodeURIComponent);
  return { segments, params: new URLSearchParams(query) };
}

/** The hash of a path and its parameters, leaving out empty ones and zeros (offset 0 is the default). */
export function href(path: string, params: Record<string, string | number | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '' && value !== 0) search.set(name, String(value));
  }
  const query = search.toString();
  return `#${path}${query === '' ? '' : `?${query}`}`;
}

export const articleHref = (id: string) => href(`/article/${encodeURIComponent(id)}`);
export const actorHref = (key: string) => href(`/actor/${encodeURIComponent(key)}`);
export const storyHref = (id: string) => href(`/story/${encodeURIComponent(id)}`);

export function navigate(path: string, params: Record<string, string | number | undefined> = {}): void {
  location.hash = href(path, params);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
