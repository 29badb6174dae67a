import { useEffect, useState } from 'preact/hooks';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'done'; data: T };

/**
 * The result of `load`, fetched again whenever `key` changes (a string naming the request); a
 * request overtaken by a newer one is aborted so a slow answer never replaces a fresh one.
 */
export function useApi<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ state: 'loading' });
    load(controller.signal).then(
      (data) => setLoaded({ state: 'done', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
    // `load` is a new closure on every render; `key` names what it fetches.
  }, [key]);
  return loaded;
}
