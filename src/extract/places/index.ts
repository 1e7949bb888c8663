import type { PlaceMention } from '../types.js';
import { matchNames, type NameMatch } from './match.js';
import { isPartOfOrganisation, personLikeAllowed, resolveUnits, withDirection } from './refine.js';

export { placesAboutFigures, placesScopedByHeading } from './scope.js';

const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)$/u;

/** A name listed next to a place that is no first name ("Chad, Egypt and South Sudan") is a place too. */
function listedWithPlace(text: string, m: NameMatch, all: readonly NameMatch[]): boolean {
  return all.some(
    (other) =>
      !other.entry.personLike && ((other.start >= m.end && LIST_GAP.test(text.slice(m.end, other.start))) || (other.end <= m.start && LIST_GAP.test(text.slice(other.end, m.start)))),
  );
}

/**
 * Places named in one statement, in text order, with ISO3 and OCHA/ISO admin1 codes. `name` is the
 * surface as written (with its "Region"/"Oblast" word or direction); names inside an organisation's
 * name are left out. Pure, never throws.
 */
export function extractPlaces(text: string): PlaceMention[] {
  const named = matchNames(text);
  const matches = named.filter((m) => !m.entry.personLike || personLikeAllowed(text, m.start) || listedWithPlace(text, m, named));
  if (matches.length === 0) return [];
  return resolveUnits(text, matches)
    .map((place) => withDirection(text, place))
    .filter((place) => !isPartOfOrganisation(text, place));
}
