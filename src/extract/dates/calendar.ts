import type { DateRef } from '../../schema/index.js';

/** The document's report date or period; month/day mentions without a year take their year from it. */
export type ReportPeriod = DateRef;

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** Month names and their usual abbreviations, as a regex source (case-insensitive use). */
export const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

export const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from the parts known. */
export function isoDate(year: number, month?: number | null, day?: number | null): string {
  if (!month) return String(year);
  return day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
}

/**
 * The year of a month written without one: the report period's year, or the year before when the
 * month would fall more than a month after the report period.
 */
export function yearFor(month: number, reference: ReportPeriod | null): number | null {
  const anchor = reference?.to ?? reference?.from;
  if (!anchor) return null;
  const year = Number(anchor.slice(0, 4));
  const refMonth = anchor.length >= 7 ? Number(anchor.slice(5, 7)) : 12;
  return month <= refMonth + 1 ? year : year - 1;
}
