import type { ParsedComponents } from 'chrono-node';
import { Chrono, configuration } from 'chrono-node/en';
import { isoDate, MONTH_NAME, yearFor, type ReportPeriod } from './calendar.js';

/** A date found before its role is known: `to` is set for ranges only. */
export interface RawDate {
  start: number;
  end: number;
  from: string;
  to: string | null;
}

/**
 * chrono's casual English parsers that read calendar dates; its time, weekday and relative-day
 * parsers are left out, and so is its end-of-period refiner, whose look-behind from the start of the
 * text makes long statements quadratic ("end of" is a trigger in role.ts instead).
 */
const DATE_PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENSlashMonthFormatParser',
  'ENYearMonthNameParser',
  'ENMonthNameParser',
]);
const casualConfiguration = configuration.createCasualConfiguration(false);
const chrono = new Chrono({
  parsers: casualConfiguration.parsers.filter((parser) => DATE_PARSERS.has(parser.constructor.name)),
  refiners: casualConfiguration.refiners.filter((refiner) => refiner.constructor.name !== 'ENEndOfPeriodRefiner'),
});

const YEAR = String.raw`(?:19[5-9]\d|20\d\d)`;
const MONTH_WORD = new RegExp(String.raw`(?<![\p{L}])${MONTH_NAME}(?![\p{L}])`, 'iu');
const NUMERIC_DATE = /\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}/;
const MONTH_WORDS = new RegExp(MONTH_WORD.source, 'giu');
const MONTH_HINT = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const CAPITAL = /^\p{Lu}/u;
const DIGIT = /\d/;

/** Whether `text` may hold a date `isWrittenDate` accepts: a full numeric date, a capitalised month, or a month and a digit. */
function mayHoldWrittenDate(text: string): boolean {
  if (NUMERIC_DATE.test(text)) return true;
  if (!MONTH_HINT.test(text)) return false;
  const hasDigit = DIGIT.test(text);
  for (const m of text.matchAll(MONTH_WORDS)) if (hasDigit || CAPITAL.test(m[0])) return true;
  return false;
}

/** True when chrono's match is a calendar date as written (a month name or a full numeric date). */
function isWrittenDate(text: string): boolean {
  if (NUMERIC_DATE.test(text)) return true;
  const month = MONTH_WORD.exec(text);
  if (!month) return false;
  return CAPITAL.test(month[0]) || DIGIT.test(text);
}

const LINE_BREAK_HYPHEN = /(?<=\p{Ll})-[ \t]*\r?\n\s*(?=\p{Ll})/gu;

/**
 * The text with words broken across lines re-joined ("Decem-\nber" → "December"), and a map from
 * offsets of the joined text to offsets in the original.
 */
function joinHyphenation(text: string): { joined: string; origin: (offset: number) => number } {
  if (!/-[ \t]*\r?\n/.test(text)) return { joined: text, origin: (offset) => offset };
  let joined = '';
  const cuts: { at: number; shift: number }[] = [];
  let last = 0;
  for (const m of text.matchAll(LINE_BREAK_HYPHEN)) {
    joined += text.slice(last, m.index);
    last = m.index + m[0].length;
    cuts.push({ at: joined.length, shift: last - joined.length });
  }
  joined += text.slice(last);
  const origin = (offset: number): number => {
    let shift = 0;
    for (const cut of cuts) if (cut.at <= offset) shift = cut.shift;
    return offset + shift;
  };
  return { joined, origin };
}

/** A calendar day as written; `year` is null when not written (the report period supplies it). */
export interface WrittenDay {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** A date chrono read, before a year is given to a yearless one: `to` is set for ranges only. */
export interface ChronoReading {
  start: number;
  end: number;
  from: WrittenDay;
  to: WrittenDay | null;
}

function writtenDay(c: ParsedComponents): WrittenDay {
  return { year: c.isCertain('year') ? c.get('year') : null, month: c.get('month'), day: c.isCertain('day') ? c.get('day') : null };
}

/** Dates chrono-node reads (day-month-year, month-year, month ranges), whatever the report period. */
export function readChronoDates(text: string): ChronoReading[] {
  const found: ChronoReading[] = [];
  const { joined, origin } = joinHyphenation(text);
  if (!mayHoldWrittenDate(joined)) return found;
  for (const result of chrono.parse(joined, new Date(Date.UTC(2000, 0, 1)))) {
    const lead = /^(?:on|in|at|the)\s+/iu.exec(result.text)?.[0].length ?? 0;
    const surface = result.text.slice(lead).replace(/[\s,.;:]+$/u, '');
    if (!isWrittenDate(surface) || !result.start.isCertain('month')) continue;
    const start = result.index + lead;
    found.push({ start: origin(start), end: origin(start + surface.length), from: writtenDay(result.start), to: result.end ? writtenDay(result.end) : null });
  }
  return found;
}

/** `YYYY[-MM[-DD]]` of a written day, a yearless one taking the report period's year; null without a month or a year. */
function isoDay({ year, month, day }: WrittenDay, reference: ReportPeriod | null): string | null {
  if (!month) return null;
  const known = year ?? yearFor(month, reference);
  return known ? isoDate(known, month, day) : null;
}

/** A chrono reading with its years known; null when the start has none (a yearless month without a report period). */
export function resolveChronoDate(reading: ChronoReading, reference: ReportPeriod | null): RawDate | null {
  const from = isoDay(reading.from, reference);
  if (!from) return null;
  return { start: reading.start, end: reading.end, from, to: reading.to ? isoDay(reading.to, reference) : null };
}

const RULES: readonly { pattern: RegExp; read: (m: RegExpExecArray) => Omit<RawDate, 'start' | 'end'> }[] = [
  {
    pattern: new RegExp(String.raw`(?<![\d,.])(${YEAR})\s*[-–—/]\s*(${YEAR}|\d\d)(?![\d%])`, 'gu'),
    read: (m) => ({ from: m[1]!, to: m[2]!.length === 2 ? `${m[1]!.slice(0, 2)}${m[2]!}` : m[2]! }),
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:[Ff]rom|[Bb]etween)\s+(${YEAR})\s+(?:till|until|to|through|and)\s+(${YEAR})(?!\d)`, 'gu'),
    read: (m) => ({ from: m[1]!, to: m[2]! }),
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:Q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?)\s*(${YEAR})(?!\d)`, 'giu'),
    read: (m) => {
      const quarter = m[1] ? Number(m[1]) : ['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th'].indexOf(m[2]!.toLowerCase()) % 4 + 1;
      const year = Number(m[3]);
      return { from: isoDate(year, quarter * 3 - 2), to: isoDate(year, quarter * 3) };
    },
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:the\s+)?(end|beginning|start|middle)\s+of\s+(${YEAR})(?!\d)`, 'giu'),
    read: (m) => {
      const month = { end: 12, beginning: 1, start: 1, middle: 6 }[m[1]!.toLowerCase() as 'end'] ?? 12;
      return { from: isoDate(Number(m[2]), month), to: null };
    },
  },
  {
    pattern: new RegExp(String.raw`(?<![\d,.$€£/#-])(${YEAR})(?![\d%]|\s*(?:per\s*cent|percent|[-–]\s*\d))`, 'gu'),
    read: (m) => ({ from: m[1]!, to: null }),
  },
];

const HAS_YEAR = new RegExp(YEAR);

/** Dates chrono rejects on purpose: year ranges, "From 2014 till 2016", quarters, "end of 2023", bare years. */
export function ownDates(text: string): RawDate[] {
  if (!HAS_YEAR.test(text)) return [];
  return RULES.flatMap(({ pattern, read }) =>
    [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, ...read(m) })),
  );
}
