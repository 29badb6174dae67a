import { readFileSync } from 'node:fs';

/**
 * Resources ship in the package's `data/` folder. This file sits in `src/` (run from source)
 * or `dist/` (built), both siblings of `data/`, so one relative URL serves both.
 */
const DATA_DIR = new URL('../data/', import.meta.url);

/** The URL of `data/<name>`. */
export function dataUrl(name: string): URL {
  return new URL(name, DATA_DIR);
}

const cache = new Map<string, unknown>();

/** Reads `data/<name>` once and keeps it; later calls return the same object. */
export function loadDataJson<T>(name: string): T {
  let value = cache.get(name);
  if (value === undefined) {
    value = JSON.parse(readFileSync(dataUrl(name), 'utf8'));
    cache.set(name, value);
  }
  return value as T;
}

/** Memoises a zero-argument loader: the resource is built on first use, not at import. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
