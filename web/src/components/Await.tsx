import type { ComponentChildren } from 'preact';
import type { Loaded } from '../use-api';

/** The children made from the loaded data, or a loading line, or the error. */
export function Await<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (loaded.state === 'loading') return <p class="loading" aria-busy="true">Loading…</p>;
  if (loaded.state === 'error') return <p class="error" role="alert">{loaded.message}</p>;
  return <>{children(loaded.data)}</>;
}
