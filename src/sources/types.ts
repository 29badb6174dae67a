import type { SourceRef } from '../document/contract.js';
import type { InputError } from '../errors.js';

/** What a source hands to the article stage: undecoded bytes or text, plus what the source knew. */
export interface RawDocument {
  readonly source: SourceRef;
  readonly content: RawContent;
  /** `html` or `text` when the source knows (extension, content type, record field); else sniffed. */
  readonly format: 'html' | 'text' | 'auto';
  readonly url: string | null;
  /** A publication date the source supplied (a JSONL record's `publishedAt`). */
  readonly publishedAt: string | null;
  /** A title, publisher or byline the source supplied (a JSONL record's fields): preferred to what the page says. */
  readonly title?: string | null;
  readonly publisher?: string | null;
  readonly byline?: string | null;
}

export type RawContent =
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly charset: string | null }
  | { readonly kind: 'text'; readonly text: string };

export type SourceItem =
  | { readonly ok: true; readonly raw: RawDocument }
  | { readonly ok: false; readonly source: SourceRef; readonly error: InputError };

export interface SourceLimits {
  /** Largest input accepted, in bytes, before and after gzip expansion. */
  readonly maxBytes: number;
  readonly fetchTimeoutMs: number;
  readonly maxRedirects: number;
  /** Fetch from private, loopback and link-local addresses too (src/sources/web/network-guard.ts); off unless asked for. */
  readonly allowPrivateNetworks: boolean;
}

export const DEFAULT_SOURCE_LIMITS: SourceLimits = {
  maxBytes: 10 * 1024 * 1024,
  fetchTimeoutMs: 15_000,
  maxRedirects: 5,
  allowPrivateNetworks: false,
};
