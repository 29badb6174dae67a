/** Edits of a query in the corpus search syntax (README): filters added by clicking facets. */

/** `query` with `filter` (e.g. `type:ACCUSE`) added, once. */
export function addFilter(query: string, filter: string): string {
  const trimmed = query.trim();
  if (` ${trimmed} `.includes(` ${filter} `)) return trimmed;
  return trimmed === '' ? filter : `${trimmed} ${filter}`;
}

/** A filter value, quoted when it holds a space or quote-like character. */
export function filterValue(value: string): string {
  return /^[^\s"()]+$/.test(value) ? value : `"${value.replace(/"/g, '')}"`;
}

/**
 * `query` limited to the month `month` ("2016-03"): `from:` its first day `to:` the next month's
 * (to is exclusive), replacing any dates the query had.
 */
export function withMonth(query: string, month: string): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const next = new Date(Date.UTC(year, monthNumber, 1)).toISOString().slice(0, 10);
  const withoutDates = query.replace(/(^|\s)(from|to):\S+/g, ' ').replace(/\s+/g, ' ');
  return addFilter(withoutDates, `from:${month}-01 to:${next}`);
}
