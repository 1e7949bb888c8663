import type { DateMention } from '../types.js';
import type { ReportPeriod } from './calendar.js';
import { ownDates, readChronoDates, resolveChronoDate, type ChronoReading, type RawDate } from './parsers.js';
import { withRole } from './role.js';

export type { ReportPeriod } from './calendar.js';
export { inferReportPeriod } from './report.js';

/** Keeps the longest of overlapping dates, earliest first. */
function withoutOverlaps(dates: RawDate[]): RawDate[] {
  const sorted = [...dates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawDate[] = [];
  for (const date of sorted) {
    const last = kept[kept.length - 1];
    if (!last || date.start >= last.end) kept.push(date);
    else if (date.end - date.start > last.end - last.start) kept[kept.length - 1] = date;
  }
  return kept;
}

/** A statement's dates as read before the report period is known: read once, resolved for any period. */
export interface DateReading {
  text: string;
  chrono: ChronoReading[];
  own: RawDate[];
}

/** Reads the dates of one statement, the costly part of finding them. Pure, never throws. */
export function readDates(text: string): DateReading {
  try {
    return { text, chrono: readChronoDates(text), own: ownDates(text) };
  } catch {
    return { text, chrono: [], own: [] };
  }
}

/**
 * The dates of a reading at the precision written (YYYY, YYYY-MM, YYYY-MM-DD), with their role and
 * trigger ("as of 25 March 2019", "since 2014", "In February–March"). A month or day without a year
 * takes it from `reference`, and is dropped when there is none. Pure, never throws.
 */
export function resolveDates(reading: DateReading, reference: ReportPeriod | null): DateMention[] {
  try {
    if (reading.chrono.length === 0 && reading.own.length === 0) return [];
    const chrono = reading.chrono.flatMap((date) => resolveChronoDate(date, reference) ?? []);
    return withoutOverlaps([...chrono, ...reading.own]).map((raw) => withRole(reading.text, raw));
  } catch {
    return [];
  }
}
