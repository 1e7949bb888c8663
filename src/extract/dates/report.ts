import { MONTH_NAME, MONTHS, type ReportPeriod } from './calendar.js';
import { resolveDates, type DateReading } from './index.js';

const WEIGHT = { as_of: 1.5, period: 1, point: 1, since: 0 } as const;
const HEADER_WEIGHT = 3;
/** A full date written bare, without "on"/"as of" before it: a dateline ("27 November 2017") more than narrative. */
const DATELINE_WEIGHT = 2;
const THRESHOLD = 2;
const CAPITALISED_MONTHS = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|');
const CAPITALISED_MONTH = new RegExp(CAPITALISED_MONTHS);
const BARE_MONTH = new RegExp(String.raw`(?<![\p{L}])(${CAPITALISED_MONTHS})(?![\p{L}])(?!,?\s+(?:\d|of\s+\d))`, 'gu');
const BARE_DATE = new RegExp(String.raw`^(?:\d|${MONTH_NAME})`, 'iu');
const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;

/**
 * Adds to `counts` (by month number) each capitalised month name in `statement` with no day or year
 * after it ("in March"). Most statements name no month: a plain search for the names rules them out.
 */
function countBareMonths(statement: string, counts: Map<number, number>): void {
  if (!CAPITALISED_MONTH.test(statement)) return;
  BARE_MONTH.lastIndex = 0;
  for (let m = BARE_MONTH.exec(statement); m; m = BARE_MONTH.exec(statement)) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase() as (typeof MONTHS)[number]) + 1;
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
}

/**
 * The month a document reports on, from the date readings of its statements (or lines): dated mentions vote for their
 * month (a line that is only a date, like a header "27 November 2017", weighs most; a bare full date
 * as in a dateline and "as of" dates more than other months; "since" dates not at all), and months
 * written without a year add to the best-voted year's month. Null when no month gathers enough
 * votes. `override` (`YYYY-MM[-DD]`, the CLI's --report-date) wins when valid. Pure, never throws.
 */
export function inferReportPeriod(readings: readonly DateReading[], override: string | null = null): ReportPeriod | null {
  if (override && ISO_DATE.test(override)) return { text: override, from: override, to: override, role: 'period' };
  const votes = new Map<string, { score: number; text: string }>();
  const bareMonths = new Map<number, number>();
  for (const reading of readings) {
    const statement = reading.text;
    const dates = resolveDates(reading, null);
    const lines = new Set(dates.length > 0 ? statement.split(/\r?\n/u).map((line) => line.trim()) : []);
    for (const date of dates) {
      const isHeader = date.role !== 'since' && lines.has(date.text.trim());
      const day = date.role === 'as_of' ? date.to : date.from;
      if (!day || day.length < 7 || (date.from && date.to && date.from !== date.to)) continue;
      const month = day.slice(0, 7);
      const vote = votes.get(month) ?? { score: 0, text: date.text };
      const isDateline = date.role === 'point' && day.length === 10 && BARE_DATE.test(date.text);
      vote.score += isHeader ? HEADER_WEIGHT : isDateline ? DATELINE_WEIGHT : WEIGHT[date.role];
      votes.set(month, vote);
    }
    countBareMonths(statement, bareMonths);
  }
  let best: { month: string; score: number; text: string } | null = null;
  for (const [month, vote] of votes) {
    const score = vote.score + (bareMonths.get(Number(month.slice(5, 7))) ?? 0);
    if (!best || score > best.score || (score === best.score && month > best.month)) best = { month, score, text: vote.text };
  }
  if (!best || best.score < THRESHOLD) return null;
  return { text: best.text, from: best.month, to: best.month, role: 'period' };
}
