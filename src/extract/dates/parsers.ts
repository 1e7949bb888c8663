import type { ParsedComponents } from 'chrono-node';
import { casual } from 'chrono-node/en';
import { isoDate, MONTH_NAME, yearFor, type ReportPeriod } from './calendar.js';

/** A date found before its role is known: `to` is set for ranges only. */
export interface RawDate {
  start: number;
  end: number;
  from: string;
  to: string | null;
}

const YEAR = String.raw`(?:19[5-9]\d|20\d\d)`;
const MONTH_WORD = new RegExp(String.raw`(?<![\p{L}])${MONTH_NAME}(?![\p{L}])`, 'iu');
const NUMERIC_DATE = /\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}/;

/** True when chrono's match is a calendar date as written (a month name or a full numeric date). */
function isWrittenDate(text: string): boolean {
  if (NUMERIC_DATE.test(text)) return true;
  const month = MONTH_WORD.exec(text);
  if (!month) return false;
  const capitalised = /^\p{Lu}/u.test(month[0]);
  return capitalised || /\d/.test(text);
}

/**
 * The text with words broken across lines re-joined ("Decem-\nber" → "December"), and for every
 * offset of the joined text its offset in the original.
 */
function joinHyphenation(text: string): { joined: string; origin: number[] } {
  let joined = '';
  const origin: number[] = [];
  let last = 0;
  for (const m of text.matchAll(/(?<=\p{Ll})-[ \t]*\r?\n\s*(?=\p{Ll})/gu)) {
    for (let i = last; i < m.index; i += 1) origin.push(i);
    joined += text.slice(last, m.index);
    last = m.index + m[0].length;
  }
  for (let i = last; i <= text.length; i += 1) origin.push(i);
  joined += text.slice(last);
  return { joined, origin };
}

/** Dates chrono-node reads: day-month-year, month-year, month ranges; yearless ones take the report's year. */
export function chronoDates(text: string, reference: ReportPeriod | null): RawDate[] {
  const found: RawDate[] = [];
  const { joined, origin } = joinHyphenation(text);
  for (const result of casual.parse(joined, new Date(Date.UTC(2000, 0, 1)))) {
    const lead = /^(?:on|in|at|the)\s+/iu.exec(result.text)?.[0].length ?? 0;
    const surface = result.text.slice(lead).replace(/[\s,.;:]+$/u, '');
    if (!isWrittenDate(surface) || !result.start.isCertain('month')) continue;
    const part = (c: ParsedComponents): string | null => {
      const month = c.get('month');
      if (!month) return null;
      const year = c.isCertain('year') ? c.get('year') : yearFor(month, reference);
      return year ? isoDate(year, month, c.isCertain('day') ? c.get('day') : null) : null;
    };
    const from = part(result.start);
    if (!from) continue;
    const start = result.index + lead;
    found.push({ start: origin[start]!, end: origin[start + surface.length]!, from, to: result.end ? part(result.end) : null });
  }
  return found;
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

/** Dates chrono rejects on purpose: year ranges, "From 2014 till 2016", quarters, "end of 2023", bare years. */
export function ownDates(text: string): RawDate[] {
  return RULES.flatMap(({ pattern, read }) =>
    [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, ...read(m) })),
  );
}
