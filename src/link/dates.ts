import type { DateMention, Span } from '../extract/types.js';
import type { DateRef } from '../schema/index.js';

/** A date that can govern a figure: any date with a trigger, or a point date at month/day precision. */
export const canGovern = (date: DateRef): boolean => date.role !== 'point' || (date.from ?? '').length >= 7;

/** Dates written after the figure count this much farther than dates before it. */
const AFTER_PENALTY = 1.5;
/** A clause mark; a comma that starts the next item of a list of counts ("1,200 kits, 300 blankets and …") is none. */
const CLAUSE_BREAK = /,(?!\s*(?:and\s+|or\s+)?\d)|[;:]|(?<![\p{L}])(?:while|whereas|but)(?![\p{L}])/gu;

/** The index of the first of the ascending `values` that is at least `x` (`values.length` if none). */
function firstAtLeast(values: readonly number[], x: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < x) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The date governing each figure of a statement (null where none): the nearest date that can govern,
 * preferring dates written before the figure. A date written after the figure governs it unless
 * another figure stands between them in a clause of its own ("63 per cent of funding needs …,
 * allowing us to reach 6.5 million people by December 2023"); within one clause ("381,000 people in
 * 24 regions since 2014") it governs them all. Figures in any order; O((F + D) log) per statement. Pure.
 */
export function governingDates(text: string, dates: readonly DateMention[], figures: readonly Span[]): (DateMention | null)[] {
  const governing = dates.filter(canGovern);
  const strong = governing.filter((date) => !BARE_YEAR.test(date.text));
  if (strong.length === governing.length) return nearestDates(text, strong, figures);
  const fromStrong = nearestDates(text, strong, figures);
  const fromBareYears = nearestDates(text, governing.filter((date) => BARE_YEAR.test(date.text)), figures);
  return fromStrong.map((date, i) => date ?? fromBareYears[i]!);
}

/** A year written bare, the year of a plan named after it ("the 2024 Humanitarian … Plan"): it governs only figures no other date governs. */
const BARE_YEAR = /^\d{4}$/u;

/** The nearest of `dates` (all able to govern) for each figure, by the rules of `governingDates`. */
function nearestDates(text: string, dates: readonly DateMention[], figures: readonly Span[]): (DateMention | null)[] {
  const byStart = [...dates].sort((a, b) => a.start - b.start);
  if (byStart.length === 0) return figures.map(() => null);
  const byEnd = [...byStart].sort((a, b) => a.end - b.end);
  const starts = byStart.map((date) => date.start);
  const ends = byEnd.map((date) => date.end);
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  const figureStarts = sorted.map((figure) => figure.start);
  let clauseBreaks: number[] | undefined;
  const breaks = (): number[] => (clauseBreaks ??= Array.from(text.replace(/\d[.,]\d/gu, '000').matchAll(CLAUSE_BREAK), (m) => m.index));

  /** Whether a figure in a clause of its own stands between `figure` and the later `date`. */
  const blocked = (figure: Span, date: Span): boolean => {
    let last = firstAtLeast(figureStarts, date.start) - 1;
    while (last >= 0 && sorted[last]!.end > date.start) last -= 1;
    const other = sorted[last];
    if (!other || other.start < figure.end) return false;
    const clauses = breaks();
    return (clauses[firstAtLeast(clauses, figure.end)] ?? Number.POSITIVE_INFINITY) < other.start;
  };

  return figures.map((figure) => {
    const before = byEnd[firstAtLeast(ends, figure.start + 1) - 1] ?? null;
    const next = byStart[firstAtLeast(starts, figure.end)] ?? null;
    const after = next && !blocked(figure, next) ? next : null;
    if (!after) return before;
    if (!before) return after;
    return (after.start - figure.end) * AFTER_PENALTY < figure.start - before.end ? after : before;
  });
}
