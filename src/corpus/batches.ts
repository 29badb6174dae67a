/**
 * Rows written a statement at a time: in chunks far below SQLite's and PostgreSQL's limits on
 * bound parameters, and for upserts of shared rows (counters) in key order, so that two writers
 * that meet on the same rows lock them in the same order and wait for each other rather than
 * deadlock.
 */
export const INSERT_CHUNK = 200;

export function chunks<T>(rows: readonly T[], size = INSERT_CHUNK): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < rows.length; i += size) parts.push(rows.slice(i, i + size));
  return parts;
}

/** The rows sorted by their key, compared byte by byte (the order of the "C" collation). */
export function inKeyOrder<T>(rows: Iterable<T>, keyOf: (row: T) => string): T[] {
  return [...rows].map((row) => ({ row, key: keyOf(row) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ row }) => row);
}
