import type { ParsedComponents, Refiner } from 'chrono-node';
import { Chrono, configuration } from 'chrono-node/en';
import { isoDate, MONTH_NAME, MONTHS, yearFor, type ReportPeriod } from './calendar.js';
import { testAt } from '../sticky.js';

/** A date found before its role is known: `to` is set for ranges only. */
export interface RawDate {
  start: number;
  end: number;
  from: string;
  to: string | null;
}

/**
 * chrono's casual English parsers that read calendar dates; its time, weekday and relative-day
 * parsers are left out.
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

/**
 * chrono's refiners left out. The end-of-period refiner looks behind from the start of the text, which
 * makes long statements quadratic ("end of" is a trigger in role.ts instead). The others never change
 * what the date parsers give: each of their results has a certain month, so none is a time or a bare
 * weekday to merge; none starts with "+" or "-" nor ends in "before", "from", "after" or "since" to
 * merge as a relative date; and dates are not moved forward unless asked.
 */
const IDLE_REFINERS = new Set([
  'ENEndOfPeriodRefiner',
  'ENMergeRelativeAfterDateRefiner',
  'ENMergeRelativeFollowByDateRefiner',
  'MergeWeekdayComponentRefiner',
  'ENMergeDateTimeRefiner',
  'ForwardDateRefiner',
]);

/** Words before a bare "May" that make it the month: a report's "during May", "by May", "since May", "mid-May", "end of May". */
const MONTH_MAY_BEFORE = /(?<![\p{L}])(?:in|during|throughout|by|since|until|till|through|from|of|early|mid|late)[\s-]*$/iu;

/**
 * chrono's unlikely-format filter, except that it keeps a bare "May" only after "in" (else reading it as
 * the verb): a "May" after the words above is kept too. Its other results are the filter's own.
 */
function keepingMonthMay(filter: Refiner): Refiner {
  return {
    refine: (context, results) => {
      const kept = new Set(filter.refine(context, results));
      return results.filter(
        (r) => kept.has(r) || (r.text.trim().toLowerCase() === 'may' && MONTH_MAY_BEFORE.test(context.text.slice(Math.max(0, r.index - 16), r.index))),
      );
    },
  };
}

/** The refiners that change the date parsers' results, in chrono's order; an overlap removal right after another, which finds nothing left to remove, runs once. */
function dateRefiners(refiners: readonly Refiner[]): Refiner[] {
  const kept: Refiner[] = [];
  for (const refiner of refiners) {
    const name = refiner.constructor.name;
    if (IDLE_REFINERS.has(name)) continue;
    if (name === 'OverlapRemovalRefiner' && kept[kept.length - 1]?.constructor.name === name) continue;
    kept.push(name === 'ENUnlikelyFormatFilter' ? keepingMonthMay(refiner) : refiner);
  }
  return kept;
}

const casualConfiguration = configuration.createCasualConfiguration(false);
const chrono = new Chrono({
  parsers: casualConfiguration.parsers.filter((parser) => DATE_PARSERS.has(parser.constructor.name)),
  refiners: dateRefiners(casualConfiguration.refiners),
});

const YEAR = String.raw`(?:19[5-9]\d|20\d\d)`;
const MONTH_WORD = new RegExp(String.raw`(?<![\p{L}])${MONTH_NAME}(?![\p{L}])`, 'iu');
const MONTH_WORD_AT = new RegExp(MONTH_WORD.source, 'iuy');
const NUMERIC_DATE = /\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}/;
/**
 * A full numeric date, or the first three letters of a month name as MONTH_WORD reads them (any
 * case, and "ſ" for "s"): where a date may start. A month word overlapping the match before is
 * preceded by a letter, so no month word is skipped.
 */
const DATE_START = new RegExp(String.raw`${NUMERIC_DATE.source}|j(?:an|u[nl])|feb|ma[ry]|a(?:pr|ug)|[sſ]ep|oct|nov|dec`, 'gi');
const CAPITAL = /^\p{Lu}/u;
const DIGIT = /\d/;

/**
 * Whether `text` may hold a date `isWrittenDate` accepts: a full numeric date, a capitalised month, or
 * a month and a digit. One pass finds both the numeric dates and the places a month may start.
 */
function mayHoldWrittenDate(text: string): boolean {
  let hasDigit: boolean | undefined;
  DATE_START.lastIndex = 0;
  for (let m = DATE_START.exec(text); m; m = DATE_START.exec(text)) {
    if (DIGIT.test(m[0])) return true; // a full numeric date
    const monthCounts = (hasDigit ??= DIGIT.test(text)) || CAPITAL.test(m[0]);
    if (monthCounts && testAt(MONTH_WORD_AT, text, m.index)) return true;
  }
  return false;
}

/** True when chrono's match is a calendar date as written (a month name or a full numeric date). */
function isWrittenDate(text: string): boolean {
  if (NUMERIC_DATE.test(text)) return true;
  const month = MONTH_WORD.exec(text);
  if (!month) return false;
  if (month[0] === 'may') return /\d{4}/.test(text); // "20 may be displaced": the verb
  return CAPITAL.test(month[0]) || DIGIT.test(text);
}

const LINE_BREAK_HYPHEN = /(?<=\p{Ll})-[ \t]*\r?\n\s*(?=\p{Ll})/gu;
const LINE_END_HYPHEN = /-[ \t]*\r?\n/;

/**
 * The text with words broken across lines re-joined ("Decem-\nber" → "December"), and a map from
 * offsets of the joined text to offsets in the original. Most statements are one line: a search for
 * a line break rules them out.
 */
function joinHyphenation(text: string): { joined: string; origin: (offset: number) => number } {
  if (!text.includes('\n') || !LINE_END_HYPHEN.test(text)) return { joined: text, origin: (offset) => offset };
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

/** A part of a month written before it ("mid-March", "early May"): part of the date's text, the month kept. */
const MONTH_PART_BEFORE = /(?<![\p{L}])(?:mid|early|late)(?:\s*-\s*|\s+)$/iu;

/** "between 1 and 10 March 2023", "on 30 and 31 March": a range of days chrono reads as its last day alone. */
const TWO_DAYS = new RegExp(
  String.raw`(?<![\p{L}\d])(?:between\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+and\s+(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAME})(?![\p{L}])(?:,?\s+(${YEAR}))?`,
  'giu',
);

/** A range of two months, short or long, chrono reads as its first month alone ("Apr – Dec", "Jan-Mar 2023"). */
const MONTH_RANGE = new RegExp(
  String.raw`(?<![\p{L}])(${MONTH_NAME})\.?\s*[-–—]\s*(${MONTH_NAME})(?![\p{L}])\.?(?:,?\s+(${YEAR}))?`,
  'giu',
);

function monthNumber(name: string): number {
  return MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().slice(0, 3))) + 1;
}

/** Ranges of capitalised months ("Apr – Dec"); a year written after the last month is the range's. */
function readMonthRanges(text: string): ChronoReading[] {
  const found: ChronoReading[] = [];
  if (!/[a-z]\.?\s*[-–—]\s*[A-Z]/.test(text)) return found;
  for (const m of text.matchAll(MONTH_RANGE)) {
    if (!CAPITAL.test(m[1]!) || !CAPITAL.test(m[2]!)) continue;
    const year = m[3] ? Number(m[3]) : null;
    const [first, last] = [monthNumber(m[1]!), monthNumber(m[2]!)];
    const firstYear = year !== null && first > last ? year - 1 : year;
    found.push({ start: m.index, end: m.index + m[0].length, from: { year: firstYear, month: first, day: null }, to: { year, month: last, day: null } });
  }
  return found;
}

/** The day ranges written with "… and …" (days 1–31, the first before the last; "may" in lower case is the verb). */
function readDayRanges(text: string): ChronoReading[] {
  const found: ChronoReading[] = [];
  if (!/\d\s+and\s+\d/.test(text)) return found;
  for (const m of text.matchAll(TWO_DAYS)) {
    const [first, last] = [Number(m[1]), Number(m[2])];
    const month = monthNumber(m[3]!);
    if (first < 1 || first >= last || last > 31 || m[3] === 'may') continue;
    const year = m[4] ? Number(m[4]) : null;
    found.push({ start: m.index, end: m.index + m[0].length, from: { year, month, day: first }, to: { year, month, day: last } });
  }
  return found;
}

/** A day number chrono read after a month and a comma ("March, 3"), and the digit group that shows it is a figure's. */
const FIGURE_DAY = /,\s*\d{1,2}$/u;
const THOUSANDS_AFTER = /^[,.]\d/u;

/** Dates chrono-node reads (day-month-year, month-year, month ranges), whatever the report period. */
export function readChronoDates(text: string): ChronoReading[] {
  const { joined, origin } = joinHyphenation(text);
  if (!mayHoldWrittenDate(joined)) return [];
  const found = [...readDayRanges(text), ...readMonthRanges(text)];
  for (const result of chrono.parse(joined, new Date(Date.UTC(2000, 0, 1)))) {
    const lead = /^(?:on|in|at|the)\s+/iu.exec(result.text)?.[0].length ?? 0;
    let surface = result.text.slice(lead).replace(/[\s,.;:]+$/u, '');
    if (!isWrittenDate(surface) || !result.start.isCertain('month')) continue;
    const at = result.index + lead;
    let from = writtenDay(result.start);
    let to = result.end ? writtenDay(result.end) : null;
    // "In February–March, 3,120 households": the day chrono read is the first digits of a figure.
    const figureDay = FIGURE_DAY.exec(surface);
    if (figureDay && THOUSANDS_AFTER.test(joined.slice(at + surface.length))) {
      surface = surface.slice(0, figureDay.index);
      if (to) to = { ...to, day: null };
      else from = { ...from, day: null };
    }
    const part = MONTH_PART_BEFORE.exec(joined.slice(Math.max(0, at - 8), at))?.[0].length ?? 0;
    found.push({ start: origin(at - part), end: origin(at + surface.length), from, to });
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
  const end = reading.to;
  // "Apr – Dec 2022": the start of a range takes the year of its end (the year before when its month is later).
  const start = reading.from.year === null && end?.year != null && reading.from.month !== null && end.month !== null
    ? { ...reading.from, year: reading.from.month > end.month ? end.year - 1 : end.year }
    : reading.from;
  const from = isoDay(start, reference);
  if (!from) return null;
  return { start: reading.start, end: reading.end, from, to: reading.to ? isoDay(reading.to, reference) : null };
}

interface Rule {
  pattern: RegExp;
  /** A quick test that any text `pattern` matches in passes too: a rule whose words are missing is not run. */
  mayMatch?: RegExp;
  read: (m: RegExpExecArray) => Omit<RawDate, 'start' | 'end'>;
}

/**
 * A year or a year range as a regex source, its first year matching `first`: three groups, the first
 * year, a four-digit last year (spaces allowed around the dash or slash), and a two-digit last year
 * (written right after the dash or slash, as in "2022/23", so that "2023 - 20 shelters" is no range).
 */
function yearSpan(first: string): string {
  return String.raw`(${first})(?:\s*[-–—/]\s*(${YEAR})|[-–—/](\d\d)(?!\d))?`;
}

/** A year written in two digits or four: "23" → "2023", "99" → "1999" (the years YEAR reads, 1950–2099). */
function fullYear(written: string): string {
  if (written.length === 4) return written;
  return `${Number(written) < 50 ? '20' : '19'}${written}`;
}

/**
 * The years of a match whose first three groups are a `yearSpan`, the last one null for a single year;
 * a two-digit last year takes the century of the first, as in the year-range rule.
 */
function readYearSpan(m: RegExpExecArray): Omit<RawDate, 'start' | 'end'> {
  const from = fullYear(m[1]!);
  const shortLast = m[3];
  return { from, to: m[2] ?? (shortLast ? `${from.slice(0, 2)}${shortLast}` : null) };
}

/**
 * A regex source matching each word written in lower case, with a capital first letter, or all in
 * capitals as headings write it ("winter", "Winter", "WINTER"). Case-sensitive patterns built from it
 * run without the "i" flag, and as a pre-check without the "u" flag: several times faster.
 */
function anyCase(words: readonly string[]): string {
  return `(?:${words.map((w) => `[${w[0]!.toLowerCase()}${w[0]!.toUpperCase()}]${w.slice(1)}|${w.toUpperCase()}`).join('|')})`;
}

/** Words that name a year of accounts or teaching, before or after it ("fiscal year 2023", "the 2023-2024 school year"). */
const NAMED_YEAR = String.raw`${anyCase(['fiscal', 'financial', 'academic', 'school'])}\s+${anyCase(['year'])}`;

/** Words that name a year, a part of it or a season, up to the year that follows ("fiscal year ", "mid-", "Winter of ", "WINTER "). */
const YEAR_NAMED_BY = String.raw`(?:${NAMED_YEAR}|${anyCase(['early', 'mid', 'late', 'spring', 'summer', 'autumn', 'winter'])})(?:\s+(?:of|OF))?(?:\s+|\s*-\s*)`;

const RULES: readonly Rule[] = [
  {
    // A two-digit end follows the dash directly ("2022-23"): "in 2023 - 20 shelters" is no range.
    // Not a reference number: "Directive 2001/55/EC" (a slash after), or an end before the start.
    pattern: new RegExp(String.raw`(?<![\d,./])(${YEAR})(?:\s*[-–—/]\s*(${YEAR})|[-–—/](\d\d))(?![\d%/])`, 'gu'),
    read: (m) => ({ from: m[1]!, to: m[2] ?? `${m[1]!.slice(0, 2)}${m[3]!}` }),
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:[Ff]rom|[Bb]etween)\s+(${YEAR})\s+(?:till|until|to|through|and)\s+(${YEAR})(?!\d)`, 'gu'),
    mayMatch: /[Ff]rom|[Bb]etween/,
    read: (m) => ({ from: m[1]!, to: m[2]! }),
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:Q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?)\s*(${YEAR})(?!\d)`, 'giu'),
    mayMatch: /q/i,
    read: (m) => {
      const quarter = m[1] ? Number(m[1]) : ['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th'].indexOf(m[2]!.toLowerCase()) % 4 + 1;
      const year = Number(m[3]);
      return { from: isoDate(year, quarter * 3 - 2), to: isoDate(year, quarter * 3) };
    },
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:H([12])\s+|(first|second|1st|2nd)\s+half\s+of\s+)(${YEAR})(?![\d%])`, 'giu'),
    mayMatch: /h[12]\s|half/i,
    read: (m) => {
      const half = m[1] ? Number(m[1]) : ['first', 'second', '1st', '2nd'].indexOf(m[2]!.toLowerCase()) % 2 + 1;
      const year = Number(m[3]);
      return { from: isoDate(year, half * 6 - 5), to: isoDate(year, half * 6) };
    },
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}\d])FY\s?${yearSpan(String.raw`${YEAR}|\d\d`)}(?![\p{L}\d%])`, 'gu'),
    mayMatch: /FY/,
    read: readYearSpan,
  },
  {
    // The middle of one year is its June, as "the middle of 2023" below; the rule after reads the same
    // text as the year, and the first of two equal spans is kept.
    pattern: new RegExp(String.raw`(?<![\p{L}])${anyCase(['mid'])}(?:\s+|\s*-\s*)(${YEAR})(?![\p{L}\d%]|[-–—/]\d|\s+[-–—/]\s*${YEAR})`, 'gu'),
    mayMatch: new RegExp(anyCase(['mid'])),
    read: (m) => ({ from: isoDate(Number(m[1]), 6), to: null }),
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])${YEAR_NAMED_BY}${yearSpan(YEAR)}(?![\p{L}\d%])`, 'gu'),
    mayMatch: new RegExp(YEAR_NAMED_BY + YEAR),
    read: readYearSpan,
  },
  {
    pattern: new RegExp(String.raw`(?<![\d,.$€£/#-])${yearSpan(YEAR)}\s+${NAMED_YEAR}(?![\p{L}])`, 'gu'),
    mayMatch: new RegExp(NAMED_YEAR),
    read: readYearSpan,
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:the\s+)?(end|beginning|start|middle)\s+of\s+(${YEAR})(?!\d)`, 'giu'),
    mayMatch: new RegExp(String.raw`\sof\s+${YEAR}`, 'i'),
    read: (m) => {
      // The end of a year is its December and the middle its June; its beginning or start is the year itself
      // ("since the start of 2020": from 2020), as annotators write it.
      const month = { end: 12, middle: 6 }[m[1]!.toLowerCase() as 'end'] ?? null;
      return { from: isoDate(Number(m[2]), month), to: null };
    },
  },
  {
    pattern: new RegExp(String.raw`(?<![\d,.$€£/#-])(${YEAR})(?![\d%/]|\s*(?:per\s*cent|percent|[-–]\s*\d))`, 'gu'),
    read: (m) => ({ from: m[1]!, to: null }),
  },
];

/** A four-digit year, or a fiscal year in two digits ("FY23"): no rule matches a text without one. */
const HAS_YEAR = new RegExp(String.raw`${YEAR}|FY\s?\d\d`);

/**
 * Dates chrono rejects on purpose: year ranges, "From 2014 till 2016", quarters, halves ("H1 2023",
 * "first half of 2023"), fiscal, academic and school years ("FY23", "the 2023-2024 school year"), parts
 * of a year and seasons ("early 2023", "winter 2022/23", kept as the years written), the middle of a year ("mid-2023",
 * "the middle of 2023": its June), "end of 2023", bare years.
 */
export function ownDates(text: string): RawDate[] {
  if (!HAS_YEAR.test(text)) return [];
  const dates: RawDate[] = [];
  for (const { pattern, mayMatch, read } of RULES) {
    if (mayMatch && !mayMatch.test(text)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const date = read(m);
      if (date.to === null || date.to >= date.from) dates.push({ start: m.index, end: m.index + m[0].length, ...date });
    }
  }
  return dates;
}
