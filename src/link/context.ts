import { resolveDates, type DateReading, type ReportPeriod } from '../extract/dates/index.js';
import { extractDonors } from '../extract/donors/index.js';
import { extractPlaces } from '../extract/places/index.js';
import { extractSource } from '../extract/sources/index.js';
import { overlaps, type DateMention, type DonorMention, type PlaceMention, type SourceMention, type Span } from '../extract/types.js';

/** Everything context-like found in one text (a statement or a heading), spans into that text. */
export interface FoundContext {
  dates: DateMention[];
  places: PlaceMention[];
  donors: DonorMention[];
  source: SourceMention | null;
}

/**
 * Runs the place, donor and source extractors on the text of a date reading, resolves its dates
 * against `reference`, and settles their overlaps: a place written inside a donor's or the source's name
 * ("British Embassy in Ukraine", "Ministry of Social Policy of Ukraine", "Japan-funded", "provided by
 * Canada") is not a place. Dates are left out when `withDates` is false (a statement with no figure to
 * date). Pure.
 */
export function findContext(reading: DateReading, reference: ReportPeriod | null, withDates = true): FoundContext {
  const { text } = reading;
  const donors = extractDonors(text);
  const source = extractSource(text);
  const taken: Span[] = source ? [...donors, source] : donors;
  const places = extractPlaces(text).filter((place) => !taken.some((span) => overlaps(place, span)));
  return { dates: withDates ? resolveDates(reading, reference) : [], places, donors, source };
}
