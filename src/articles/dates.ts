/** Dates earlier than this in page metadata are placeholders or errors, not publication dates. */
const EARLIEST_YEAR = 1990;
/** Metadata dates more than this far in the future are errors. */
const MAX_FUTURE_MS = 2 * 24 * 3600 * 1000;

/**
 * Normalises a metadata date to ISO 8601: a bare date stays `YYYY-MM-DD`, anything with a
 * time becomes a UTC timestamp. Returns null for text that is not a plausible date.
 */
export function normalizeDate(value: string | null | undefined, now = Date.now()): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  const candidate = compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : trimmed;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(candidate);
  const time = Date.parse(dateOnly ? `${candidate}T00:00:00Z` : candidate);
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  if (year < EARLIEST_YEAR || time > now + MAX_FUTURE_MS) return null;
  if (dateOnly) return candidate;
  // "August 19, 2025" names a day, not an instant: keep it a day (parsed in local time).
  if (!/\d:\d/.test(candidate)) return localDay(new Date(time));
  return new Date(time).toISOString();
}

/** A date spelled in a URL path (`/2019/11/19/`, `/2019-11-19-`), as `YYYY-MM-DD`. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const match = /[/_-]((?:19|20)\d{2})[/_-](0[1-9]|1[0-2])[/_-](0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url);
  return match ? normalizeDate(`${match[1]}-${match[2]}-${match[3]}`) : null;
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
