import type { TimeRange } from '../document/contract.js';

/**
 * Calendar arithmetic for the values layer, on the article's own clock.
 *
 * Times are "floating": milliseconds in a UTC frame whose fields are the wall-clock fields
 * the article means (the publication date as written, "3 p.m." as 15:00). Nothing here
 * converts between zones; a window carries an offset only when the text states one.
 *
 * Windows are half-open, `[start, end)`, like every span in the project: "June 2025" is
 * `2025-06-01` .. `2025-07-01`, "August 18" is `2025-08-18` .. `2025-08-19`, "3 p.m." is
 * `...T15:00:00` .. `...T15:01:00`. Day-or-coarser windows print as dates, finer ones as
 * date-times.
 */

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

/** The publication moment that relative expressions resolve against. */
export interface Reference {
  /** Floating milliseconds of the publication moment (noon when only a date is known). */
  readonly ms: number;
  /** Floating milliseconds of the publication day's midnight. */
  readonly day: number;
  /** Whether the publication time of day is known. */
  readonly hasTime: boolean;
}

/** A half-open window of floating time. `withTime` prints it as date-times, else as dates. */
export interface Window {
  readonly start: number;
  readonly end: number;
  readonly withTime: boolean;
  /** Minutes east of UTC when the text names a zone ("10am EDT"), else null. */
  readonly offset: number | null;
}

const ISO_PREFIX = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;

/**
 * The publication moment of an ISO 8601 string, with its fields taken as written (a UTC
 * timestamp gives the UTC day); null when there is none or it cannot be read.
 */
export function parseReference(iso: string | null | undefined): Reference | null {
  if (!iso) return null;
  const match = ISO_PREFIX.exec(iso);
  let ms: number;
  let hasTime: boolean;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    hasTime = match[4] !== undefined;
    ms = Date.UTC(year, month - 1, day, hasTime ? Number(match[4]) : 12, hasTime ? Number(match[5]) : 0, Number(match[6] ?? 0));
    if (new Date(ms).getUTCDate() !== day) return null;
  } else {
    ms = Date.parse(iso);
    hasTime = true;
  }
  if (!Number.isFinite(ms)) return null;
  return { ms, day: startOfDay(ms), hasTime };
}

export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

export function dateOf(year: number, month: number, day = 1): number {
  return Date.UTC(year, month - 1, day);
}

export function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

/** 1-based month of a floating moment. */
export function monthOf(ms: number): number {
  return new Date(ms).getUTCMonth() + 1;
}

/** Adds calendar months, keeping the day of the month where it exists (Jan 31 + 1 month = Feb 28). */
export function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  const day = date.getUTCDate();
  const target = new Date(ms);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.getTime();
}

export function dayWindow(ms: number): Window {
  const start = startOfDay(ms);
  return { start, end: start + DAY_MS, withTime: false, offset: null };
}

export function monthWindow(year: number, month: number): Window {
  const start = dateOf(year, month);
  return { start, end: addMonths(start, 1), withTime: false, offset: null };
}

export function monthsWindow(year: number, month: number, count: number): Window {
  const start = dateOf(year, month);
  return { start, end: addMonths(start, count), withTime: false, offset: null };
}

export function yearWindow(year: number, years = 1): Window {
  return { start: dateOf(year, 1), end: dateOf(year + years, 1), withTime: false, offset: null };
}

/** The ISO week (Monday to Monday) holding a moment. */
export function weekWindow(ms: number): Window {
  const day = startOfDay(ms);
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  const start = day - weekday * DAY_MS;
  return { start, end: start + 7 * DAY_MS, withTime: false, offset: null };
}

/** The weekend (Saturday to Monday) holding a moment, or the one just before it on a weekday. */
export function weekendWindow(ms: number): Window {
  const day = startOfDay(ms);
  const sinceSaturday = (new Date(day).getUTCDay() + 1) % 7;
  const start = day - sinceSaturday * DAY_MS;
  return { start, end: start + 2 * DAY_MS, withTime: false, offset: null };
}

export function timeWindow(ms: number, length: number, offset: number | null = null): Window {
  return { start: ms, end: ms + length, withTime: true, offset };
}

/**
 * The part `[from, to)` of a window, as fractions of it ("early June" is the first third).
 * Windows of six months or more are cut at month starts, shorter ones at day starts.
 */
export function narrow(window: Window, from: number, to: number): Window {
  const months = (yearOf(window.end) - yearOf(window.start)) * 12 + monthOf(window.end) - monthOf(window.start);
  if (!window.withTime && months >= 6 && new Date(window.start).getUTCDate() === 1) {
    return { ...window, start: addMonths(window.start, Math.round(months * from)), end: addMonths(window.start, Math.round(months * to)) };
  }
  const unit = window.withTime ? MINUTE_MS : DAY_MS;
  const length = Math.round((window.end - window.start) / unit);
  return {
    ...window,
    start: window.start + Math.round(length * from) * unit,
    end: window.start + Math.max(Math.round(length * to), Math.round(length * from) + 1) * unit,
  };
}

/** Shifts a window by whole calendar years. */
export function shiftYears(window: Window, years: number): Window {
  if (years === 0) return window;
  return { ...window, start: addMonths(window.start, 12 * years), end: addMonths(window.end, 12 * years) };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

export function isoDate(ms: number): string {
  const date = new Date(ms);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function isoOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

export function isoDateTime(ms: number, offset: number | null = null): string {
  const date = new Date(ms);
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${isoDate(ms)}T${time}${offset === null ? '' : isoOffset(offset)}`;
}

/** ISO 8601 week label ("2025-W34") of the week holding a moment. */
export function isoWeek(ms: number): string {
  const day = startOfDay(ms);
  const thursday = day + (3 - ((new Date(day).getUTCDay() + 6) % 7)) * DAY_MS;
  const year = yearOf(thursday);
  const week = Math.floor((thursday - dateOf(year, 1, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${pad(week)}`;
}

/** The contract's `{ start, end }` strings of a window. */
export function formatWindow(window: Window): TimeRange {
  if (!window.withTime) return { start: isoDate(window.start), end: isoDate(window.end) };
  return { start: isoDateTime(window.start, window.offset), end: isoDateTime(window.end, window.offset) };
}
