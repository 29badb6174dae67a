import { useEffect, useState } from 'preact/hooks';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'done'; data: T };

const LOADING: Loaded<never> = { state: 'loading' };

/**
 * The result of `load`, fetched again whenever `key` changes (a string naming the request); a
 * request overtaken by a newer one is aborted so a slow answer never replaces a fresh one.
 * The first render under a new key is already 'loading': the previous key's answer is never
 * shown under the new key's filters, not even for the one frame before the effect runs.
 */
export function useApi<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [answer, setAnswer] = useState<{ key: string; loaded: Loaded<T> } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => setAnswer({ key, loaded: { state: 'done', data } }),
      (error: unknown) => {
        if (!controller.signal.aborted) setAnswer({ key, loaded: { state: 'error', message: error instanceof Error ? error.message : String(error) } });
      },
    );
    return () => controller.abort();
    // `load` is a new closure on every render; `key` names what it fetches.
  }, [key]);
  return answer !== null && answer.key === key ? answer.loaded : LOADING;
}
