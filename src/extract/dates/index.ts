import type { DateMention } from '../types.js';
import type { ReportPeriod } from './calendar.js';
import { chronoDates, ownDates, type RawDate } from './parsers.js';
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

/**
 * Dates in one statement at the precision written (YYYY, YYYY-MM, YYYY-MM-DD), with their role
 * and trigger ("as of 25 March 2019", "since 2014", "In February–March"). A month or day without a
 * year takes it from `reference`, and is dropped when there is none. Pure, never throws.
 */
export function extractDates(text: string, reference: ReportPeriod | null): DateMention[] {
  try {
    return withoutOverlaps([...chronoDates(text, reference), ...ownDates(text)]).map((raw) => withRole(text, raw));
  } catch {
    return [];
  }
}
