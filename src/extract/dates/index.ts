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

/** "from" or "between" right before a date: the start of a range written as two dates. */
const RANGE_OPENS = /(?<![\p{L}])(from|between)\s+(?:the\s+)?$/iu;
/** What joins the two ends of a range: "to", "until", a dash, or "and" after "between". */
const RANGE_JOINS = /^\s*(?:[-–—]|to|till|until|through|(and))\s*(?:the\s+)?$/iu;

const MONTH_ONLY = /^\d{4}-\d{2}$/u;

/** "in January and February 2024", "in December and January 2024": a month without a year joined by "and" to a month with one: one period, in the year before when it is the later month. */
function isMonthPair(text: string, first: RawDate, second: RawDate): boolean {
  return (
    MONTH_ONLY.test(first.from) &&
    MONTH_ONLY.test(second.from) &&
    second.to === null &&
    /^\s+and\s+$/u.test(text.slice(first.end, second.start)) &&
    !/\d{4}/u.test(text.slice(first.start, first.end))
  );
}

/**
 * Two dates written as the ends of one period ("between mid-2022 and mid-2023", "from January 2023 to
 * the end of 2023") become one range, its text from "from"/"between" on: from the first date's start
 * to the second's end. "and" joins ends only after "between" ("in 2022 and 2023" are two dates).
 */
function joinRanges(text: string, dates: RawDate[]): RawDate[] {
  const joined: RawDate[] = [];
  for (let i = 0; i < dates.length; i++) {
    const first = dates[i]!;
    const second = dates[i + 1];
    if (second && first.to === null && isMonthPair(text, first, second)) {
      const year = Number(second.from.slice(0, 4)) - (first.from.slice(5) > second.from.slice(5) ? 1 : 0);
      joined.push({ start: first.start, end: second.end, from: `${year}-${first.from.slice(5)}`, to: second.from });
      i++;
      continue;
    }
    const opens = second && first.to === null ? RANGE_OPENS.exec(text.slice(Math.max(0, first.start - 20), first.start)) : null;
    const join = opens ? RANGE_JOINS.exec(text.slice(first.end, second!.start)) : null;
    if (!opens || !join || (join[1] && opens[1]!.toLowerCase() !== 'between')) {
      joined.push(first);
      continue;
    }
    joined.push({ start: first.start - opens[0].length, end: second!.end, from: first.from, to: second!.to ?? second!.from });
    i++;
  }
  return joined;
}

const OPENS_PARENTHESIS = /^\s*\(\s*$/u;
const CLOSES_PARENTHESIS = /^\s*\)/u;

/**
 * Months without a year in parentheses right after a year are that year's ("In 2022 (Apr – Dec)"): one
 * date from the year to the ")". Null for any other date.
 */
function inYearBefore(reading: DateReading, date: ChronoReading): RawDate | null {
  if (date.from.year !== null) return null;
  const year = reading.own.find((d) => d.to === null && d.from.length === 4 && d.end <= date.start && OPENS_PARENTHESIS.test(reading.text.slice(d.end, date.start)));
  if (!year) return null;
  const resolved = resolveChronoDate(date, { text: year.from, from: year.from, to: `${year.from}-12`, role: 'period' });
  if (!resolved) return null;
  const close = CLOSES_PARENTHESIS.exec(reading.text.slice(resolved.end));
  return { ...resolved, start: year.start, end: resolved.end + (close?.[0].length ?? 0) };
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
    const chrono = reading.chrono.flatMap((date) => inYearBefore(reading, date) ?? resolveChronoDate(date, reference) ?? []);
    return joinRanges(reading.text, withoutOverlaps([...chrono, ...reading.own])).map((raw) => withRole(reading.text, raw));
  } catch {
    return [];
  }
}
