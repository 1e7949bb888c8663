import type { Statement, Span } from '../extract/types.js';
import type { DateRef, Donor, Place } from '../schema/index.js';
import type { FoundContext } from './context.js';

/** The context fields of one figure record (FigureRecord's date/places/donors/source/context). */
export interface FigureContext {
  date: DateRef | null;
  places: Place[];
  donors: Donor[];
  source: string | null;
  context: { section: string | null; date: DateRef | null; places: Place[] };
}

const stripSpan = <T extends Span>({ start: _start, end: _end, ...rest }: T): Omit<T, 'start' | 'end'> => rest;

/** Distinct by what they denote (first spelling kept), in text order. */
function distinct<T extends { canonical: string; iso3: string | null }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.canonical}|${item.iso3 ?? ''}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** A date that can govern a figure: any date with a trigger, or a point date at month/day precision. */
const canGovern = (date: DateRef): boolean => date.role !== 'point' || (date.from ?? '').length >= 7;

/** How far a date stands from a figure; dates written after the figure count a little farther. */
function distance(date: Span, figure: Span): number {
  if (date.end <= figure.start) return figure.start - date.end;
  if (date.start >= figure.end) return (date.start - figure.end) * 1.5;
  return Number.POSITIVE_INFINITY;
}

/** A date written after the figure governs it only when no other figure stands between them. */
function reachable(date: Span, figure: Span, figures: readonly Span[]): boolean {
  if (date.end <= figure.start) return true;
  return !figures.some((other) => other.start >= figure.end && other.end <= date.start);
}

function governingDate(found: FoundContext, figure: Span, figures: readonly Span[]): DateRef | null {
  const candidates = found.dates.filter(
    (date) => canGovern(date) && Number.isFinite(distance(date, figure)) && reachable(date, figure, figures),
  );
  candidates.sort((a, b) => distance(a, figure) - distance(b, figure));
  return candidates[0] ? stripSpan(candidates[0]) : null;
}

/**
 * Links each figure of a statement to the date, places, donors and source stated in that same
 * statement (GOLD.md's rule); the governing date is the nearest one that can govern, preferring
 * dates written before the figure. `section` is what the statement's heading names: it fills
 * `context.date`/`context.places` only where the statement states none, never the stated fields.
 * Returns one FigureContext per figure, in the order given. Pure.
 */
export function linkStatement(
  statement: Statement,
  figures: readonly Span[],
  found: FoundContext,
  section: FoundContext | null = null,
): FigureContext[] {
  const places = distinct(found.places).map(stripSpan);
  const donors = distinct(found.donors).map(stripSpan);
  const sectionPlaces = places.length === 0 && section ? distinct(section.places).map(stripSpan) : [];
  const sectionDate = section?.dates.find(canGovern) ?? null;
  return figures.map((figure) => {
    const date = governingDate(found, figure, figures);
    return {
      date,
      places,
      donors,
      source: found.source?.name ?? null,
      context: {
        section: statement.section,
        date: date === null && sectionDate ? stripSpan(sectionDate) : null,
        places: sectionPlaces,
      },
    };
  });
}
