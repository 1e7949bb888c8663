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
/** A date whose month is written (a name or digits), not one a rule gives ("by the end of 2017" is no vote for December). */
const WRITTEN_MONTH = new RegExp(String.raw`(?<![\p{L}])${MONTH_NAME}(?![\p{L}])|\d{1,2}[./-]\d{1,2}[./-]\d|\d{4}-\d{2}`, 'iu');
/** How many statements open a document: its title block. */
const TITLE_STATEMENTS = 3;
const TITLE_LINE_WIDTH = 80;
/** Words a title may write in lower case. */
const TITLE_SMALL_WORD = /^(?:of|and|the|for|in|on|to|a|an|at|by)$/u;

/** The line of `text` that holds offset `at`. */
function lineHolding(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** A short line in title case or capitals: "IOM Ukraine Newsletter, March 2018", "MONTHLY NEWSLETTER | DECEMBER 2016". */
function isTitleLine(line: string): boolean {
  if (line.trim().length > TITLE_LINE_WIDTH) return false;
  const words = line.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word) || TITLE_SMALL_WORD.test(word));
}

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
 * month (the first one in the title block, or a line that is only a date like a header "27 November 2017", weighs
 * most; a month a rule gives, as in "by the end of 2017", gets no vote; a bare full date
 * as in a dateline and "as of" dates more than other months; "since" dates not at all), and months
 * written without a year add to the best-voted year's month. Null when no month gathers enough
 * votes. `override` (`YYYY-MM[-DD]`, the CLI's --report-date) wins when valid. Pure, never throws.
 */
export function inferReportPeriod(readings: readonly DateReading[], override: string | null = null): ReportPeriod | null {
  if (override && ISO_DATE.test(override)) return { text: override, from: override, to: override, role: 'period' };
  const votes = new Map<string, { score: number; text: string }>();
  const bareMonths = new Map<number, number>();
  let titleDated = false;
  readings.forEach((reading, index) => {
    const statement = reading.text;
    const dates = resolveDates(reading, null);
    const lines = new Set(dates.length > 0 ? statement.split(/\r?\n/u).map((line) => line.trim()) : []);
    for (const date of dates) {
      const day = date.role === 'as_of' ? date.to : date.from;
      if (!day || day.length < 7 || (date.from && date.to && date.from !== date.to) || !WRITTEN_MONTH.test(date.text)) continue;
      // The first month written in a title line of the opening statements ("MONTHLY NEWSLETTER | DECEMBER 2016") dates the report.
      const inTitle = !titleDated && index < TITLE_STATEMENTS && date.role !== 'since' && isTitleLine(lineHolding(statement, date.start));
      titleDated ||= inTitle;
      const isHeader = inTitle || (date.role !== 'since' && lines.has(date.text.trim()));
      const month = day.slice(0, 7);
      const vote = votes.get(month) ?? { score: 0, text: date.text };
      const isDateline = date.role === 'point' && day.length === 10 && BARE_DATE.test(date.text);
      vote.score += isHeader ? HEADER_WEIGHT : isDateline ? DATELINE_WEIGHT : WEIGHT[date.role];
      votes.set(month, vote);
    }
    countBareMonths(statement, bareMonths);
  });
  let best: { month: string; score: number; text: string } | null = null;
  for (const [month, vote] of votes) {
    const score = vote.score + (bareMonths.get(Number(month.slice(5, 7))) ?? 0);
    if (!best || score > best.score || (score === best.score && month > best.month)) best = { month, score, text: vote.text };
  }
  if (!best || best.score < THRESHOLD) return null;
  return { text: best.text, from: best.month, to: best.month, role: 'period' };
}
