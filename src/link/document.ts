import type { DateRef, Donor, Place } from '../schema/index.js';
import type { FoundContext } from './context.js';

export type CountedPlace = Place & { mentions: number };
export type CountedDonor = Donor & { mentions: number };

/** The document-level lists of a DocumentRecord: its report period, places and donors. */
export interface DocumentSummary {
  reportDate: DateRef | null;
  places: CountedPlace[];
  donors: CountedDonor[];
}

/** Groups mentions by what they denote; each group keeps its first spelling and counts its mentions. */
function count<T extends { name: string; start: number; end: number }, K>(
  mentions: readonly T[],
  key: (mention: T) => string,
  make: (first: T) => K,
): (K & { mentions: number })[] {
  const groups = new Map<string, K & { mentions: number }>();
  for (const mention of mentions) {
    const k = key(mention);
    const group = groups.get(k);
    if (group) group.mentions += 1;
    else groups.set(k, { ...make(mention), mentions: 1 });
  }
  return [...groups.values()];
}

/**
 * Summarizes a whole document from the context found in each of its statements (and headings), in
 * document order: distinct places (by canonical unit) and donors (by canonical funder) with their
 * first spelling and mention counts, and the report period the caller inferred. Pure.
 */
export function summarizeDocument(found: readonly FoundContext[], reportDate: DateRef | null): DocumentSummary {
  const places = count(
    found.flatMap((f) => f.places),
    (p) => `${p.level}|${p.canonical}|${p.iso3 ?? ''}|${p.admin1Pcode ?? ''}`,
    ({ start: _s, end: _e, ...place }): Place => place,
  );
  const donors = count(
    found.flatMap((f) => f.donors),
    (d) => `${d.canonical}|${d.iso3 ?? ''}`,
    ({ start: _s, end: _e, ...donor }): Donor => donor,
  );
  return { reportDate, places, donors };
}
