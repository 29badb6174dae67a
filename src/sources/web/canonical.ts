/**
 * The canonical form of an article's URL, the key of the seen-URL store: lower-case scheme and
 * host, no default port, no fragment, no tracking parameters (data/sources/tracking-params.json),
 * the other parameters in sorted order. Two links to one article from two feeds meet here.
 */
import Type from 'typebox';
import { resource, Strings } from '../../resources.js';

const trackingParams = resource('tracking parameters', (data) => {
  const file = data.json('sources/tracking-params.json', Type.Object({ prefixes: Strings, exact: Strings }));
  return { prefixes: file.prefixes.map((prefix) => prefix.toLowerCase()), exact: new Set(file.exact.map((name) => name.toLowerCase())) };
});

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  const { prefixes, exact } = trackingParams();
  return exact.has(lower) || prefixes.some((prefix) => lower.startsWith(prefix));
}

/** `url` in canonical form; unchanged when it is not an http(s) URL. */
export function canonicalUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url;
  parsed.hash = '';
  const kept = [...parsed.searchParams].filter(([name]) => !isTracking(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  // URL already lower-cases the scheme and host and drops a default port.
  return parsed.href;
}
