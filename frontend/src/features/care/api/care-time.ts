import type { Locale } from '../../../lib/i18n';

/**
 * Times in care are shown in the time zone the API names (the member's state, the therapist's own
 * zone), never the browser's, and always say which zone they are in.
 */

const validZones = new Map<string, boolean>();

/** The zone when the browser knows it, else UTC (so a typo in data never breaks a page). */
export function safeZone(timeZone: string): string {
  if (!validZones.has(timeZone)) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      validZones.set(timeZone, true);
    } catch {
      validZones.set(timeZone, false);
    }
  }
  return validZones.get(timeZone) ? timeZone : 'UTC';
}

function format(iso: string, locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: safeZone(timeZone) }).format(date);
}

const DATE_TIME: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };

/** "Mon, Mar 15, 2027, 9:00 AM PDT". */
export function formatDateTimeIn(iso: string, locale: Locale, timeZone: string): string {
  return format(iso, locale, timeZone, DATE_TIME);
}

/** "9:00 AM PST": the zone's abbreviation follows daylight saving on that very day. */
export function formatTimeIn(iso: string, locale: Locale, timeZone: string): string {
  return format(iso, locale, timeZone, TIME);
}

/** "Mon, Mar 15, 2027, 9:00 – 11:30 AM PDT", the end in the same words as the start. */
export function formatRangeIn(startIso: string, endIso: string, locale: Locale, timeZone: string): string {
  return range(startIso, endIso, locale, timeZone, DATE_TIME);
}

/** "9:00 – 11:30 AM PDT", for a list already grouped by day. */
export function formatTimeRangeIn(startIso: string, endIso: string, locale: Locale, timeZone: string): string {
  return range(startIso, endIso, locale, timeZone, TIME);
}

function range(startIso: string, endIso: string, locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startIso} – ${endIso}`;
  const formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: safeZone(timeZone) });
  return typeof formatter.formatRange === 'function'
    ? formatter.formatRange(start, end)
    : `${formatter.format(start)} – ${formatter.format(end)}`;
}

/** "Pacific Time" / "hora del Pacífico"; the zone id when the browser has no name for it. */
export function zoneName(timeZone: string, locale: Locale): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date());
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** "Pacific Time (America/Los_Angeles)". */
export function zoneLabel(timeZone: string, locale: Locale): string {
  const name = zoneName(timeZone, locale);
  return name === timeZone ? timeZone : `${name} (${timeZone})`;
}

/** The calendar day ("2027-03-14") of an instant in a time zone. */
export function dayIn(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: safeZone(timeZone),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A calendar day ("2027-03-14") as "Sunday, March 14, 2027", without any zone shifting it. */
export function formatDay(day: string, locale: Locale): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
}

/** Items grouped by their calendar day in `timeZone`, days in order of first appearance. */
export function groupByDay<T>(
  items: readonly T[],
  instantOf: (item: T) => string,
  timeZone: string,
): { day: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const day = dayIn(instantOf(item), timeZone);
    groups.set(day, [...(groups.get(day) ?? []), item]);
  }
  return [...groups].map(([day, grouped]) => ({ day, items: grouped }));
}

/** "2027-03-14" plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Today in a time zone (the browser's own when none is given). */
export function today(timeZone?: string, now: Date = new Date()): string {
  if (timeZone) return dayIn(now.toISOString(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const hoursUntil = (iso: string, now: number = Date.now()) => (Date.parse(iso) - now) / 3_600_000;
export const hasStarted = (iso: string, now: number = Date.now()) => Date.parse(iso) <= now;

/** "Mar 15, 2027" in a time zone: the day an instant falls on there. */
export function formatDateIn(iso: string, locale: Locale, timeZone: string): string {
  return format(iso, locale, timeZone, { dateStyle: 'medium' });
}
