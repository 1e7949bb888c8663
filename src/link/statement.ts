import { placesAboutFigures, placesScopedByHeading } from '../extract/places/index.js';
import type { Statement, Span } from '../extract/types.js';
import type { DateRef, Donor, Place } from '../schema/index.js';
import type { FoundContext } from './context.js';
import { canGovern, governingDates } from './dates.js';
import { placesByFigure } from './distribute.js';

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

/** The places a key-figure box's heading puts it in ("… IN UKRAINE"); none for other statements. */
function headingScope(statement: Statement, section: FoundContext | null): Place[] {
  if (statement.kind !== 'keyfigure' || statement.section === null || section === null) return [];
  return distinct(placesScopedByHeading(statement.section, section.places)).map(stripSpan);
}

/**
 * Links each figure of a statement to the date, places, donors and source stated in that same
 * statement (GOLD.md's rule): the date from `governingDates`, the places the figure is about (see
 * `placesAboutFigures` and `placesByFigure`). `section` is what the statement's heading names: it fills
 * `context.date`/`context.places` only where the statement states none, never the stated fields, but for
 * a key-figure box that names no place, whose places are those its heading puts it in ("… HOTLINE IN
 * UKRAINE", see `placesScopedByHeading`). Returns one FigureContext per figure, in the order given. Pure.
 */
export function linkStatement(
  statement: Statement,
  figures: readonly Span[],
  found: FoundContext,
  section: FoundContext | null = null,
): FigureContext[] {
  const stated = placesAboutFigures(statement.text, found.places);
  const distinctPlaces = new Map<readonly Span[], Place[]>();
  const placesOf = placesByFigure(statement.text, figures, stated).map((places) => {
    const known = distinctPlaces.get(places) ?? distinct(places).map(stripSpan);
    distinctPlaces.set(places, known);
    return known;
  });
  const dates = governingDates(statement.text, found.dates, figures);
  const donors = distinct(found.donors).map(stripSpan);
  const sectionPlaces = stated.length === 0 && section ? distinct(section.places).map(stripSpan) : [];
  const boxPlaces = stated.length === 0 ? headingScope(statement, section) : [];
  const sectionDate = section?.dates.find(canGovern) ?? null;
  return figures.map((_, k) => {
    const governing = dates[k];
    const date = governing ? stripSpan(governing) : null;
    return {
      date,
      places: stated.length === 0 ? boxPlaces : placesOf[k]!,
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
