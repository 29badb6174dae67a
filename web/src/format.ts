/** How dates, ranges and lists of names read in the views. */

/** The ISO day of a date or date-time; '' for none. */
export function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/** "2016-03-01", or "2016-03-01 – 2016-03-31" for a range over several days. */
export function dayRange(start: string | null | undefined, end: string | null | undefined): string {
  const first = day(start);
  const last = day(end);
  if (first === '' || last === '' || first === last) return first || last;
  return `${first} – ${last}`;
}

/**
 * A half-open time window `[start, end)`, as the contract gives event times and due dates, as the
 * days it covers: "2025-02-12" for one day, "2025-03-01 – 2025-05-31" for a season.
 */
export function timeWindow(start: string | null | undefined, end: string | null | undefined): string {
  if (!start || !end) return day(start) || day(end);
  const endsAtMidnight = end.length <= 10 || end.slice(11, 19).replace(/[:.0]/g, '') === '';
  const last = endsAtMidnight ? new Date(Date.parse(`${day(end)}T00:00:00Z`) - 1).toISOString().slice(0, 10) : day(end);
  return dayRange(start, last < day(start) ? start : last);
}

/** Names joined for a sentence, or a dash for none. */
export function names(list: readonly string[]): string {
  return list.length === 0 ? '—' : list.join(', ');
}

export function count(value: number, singular: string, plural = `${singular}s`): string {
  return `${value.toLocaleString('en')} ${value === 1 ? singular : plural}`;
}

/** `url` when it is an http(s) address, else null: a stored URL could be `javascript:`. */
export function externalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
