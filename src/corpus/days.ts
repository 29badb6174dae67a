/** Calendar days as the corpus keeps them: ISO dates, "YYYY-MM-DD", in UTC. */
const DAY_MS = 86_400_000;

/** The day `days` after (or, negative, before) `day`. */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The day a document is about: its publication day, else the day it was stored. */
export function documentDay(publishedAt: string | null | undefined, ingestedAt: string): string {
  return (publishedAt ?? ingestedAt).slice(0, 10);
}
