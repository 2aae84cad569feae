import { api } from '../../../lib/api-client';

export const DAYS_OF_WEEK = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

/** A weekly window in the provider's own time zone, times as "HH:mm". */
export type WeeklyWindow = { dayOfWeek: DayOfWeek; startsAt: string; endsAt: string };
export type DayOff = { date: string; note: string | null };
export type Availability = { timeZone: string; weekly: WeeklyWindow[]; daysOff: DayOff[] };

export const DAY_OFF_NOTE_MAX = 200;

export const fetchAvailability = (signal: AbortSignal) => api.get<Availability>('/api/availability/me', { signal });
export const saveWeekly = (windows: WeeklyWindow[]) => api.put<Availability>('/api/availability/me/weekly', { windows });
export const addDayOff = (date: string, note?: string) =>
  api.post<Availability>('/api/availability/me/days-off', note ? { date, note } : { date });
export const removeDayOff = (date: string) =>
  api.delete<Availability>(`/api/availability/me/days-off/${encodeURIComponent(date)}`);

/** A row of the weekly editor, as typed. */
export type WindowRow = { key: number; dayOfWeek: string; startsAt: string; endsAt: string };

const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/** "09:00:00" -> "09:00": the API speaks minutes. */
export const toMinutesText = (time: string) => time.slice(0, 5);

/**
 * Translation keys of what is wrong with each row (by index): missing or unreadable parts, an end
 * that is not after the start, or a window that overlaps an earlier one on the same day.
 */
export function validateWindows(rows: WindowRow[]): Record<number, { key: string; params?: Record<string, number> }> {
  const errors: Record<number, { key: string; params?: Record<string, number> }> = {};
  rows.forEach((row, index) => {
    if (row.dayOfWeek === '') errors[index] = { key: 'care.availability.window.dayRequired' };
    else if (row.startsAt === '' || row.endsAt === '') errors[index] = { key: 'care.availability.window.timesRequired' };
    else if (!TIME.test(row.startsAt) || !TIME.test(row.endsAt)) errors[index] = { key: 'care.availability.window.timeInvalid' };
    else if (toMinutesText(row.endsAt) <= toMinutesText(row.startsAt))
      errors[index] = { key: 'care.availability.window.endBeforeStart' };
  });
  rows.forEach((row, index) => {
    if (errors[index]) return;
    const overlapping = rows.findIndex(
      (other, otherIndex) =>
        otherIndex < index &&
        !errors[otherIndex] &&
        other.dayOfWeek === row.dayOfWeek &&
        toMinutesText(other.startsAt) < toMinutesText(row.endsAt) &&
        toMinutesText(row.startsAt) < toMinutesText(other.endsAt),
    );
    if (overlapping >= 0) errors[index] = { key: 'care.availability.window.overlaps', params: { number: overlapping + 1 } };
  });
  return errors;
}
