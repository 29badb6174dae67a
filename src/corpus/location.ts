/** What a --db value names: an SQLite file, or a PostgreSQL database by URL (no database client is loaded here). */

/** Whether `location` names a PostgreSQL database (`postgres://` or `postgresql://`) rather than an SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

/** `postgres://user:secret@host/db` as `postgres://user@host/db`: a location fit for messages and logs. */
export function withoutPassword(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const url = new URL(location);
    url.password = '';
    return url.toString();
  } catch {
    return 'the PostgreSQL database given';
  }
}
