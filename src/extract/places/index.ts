import type { PlaceMention } from '../types.js';
import { matchNames } from './match.js';
import { isPartOfOrganisation, personLikeAllowed, resolveUnits, withDirection } from './refine.js';

export { placesAboutFigures, placesScopedByHeading } from './scope.js';

/**
 * Places named in one statement, in text order, with ISO3 and OCHA/ISO admin1 codes. `name` is the
 * surface as written (with its "Region"/"Oblast" word or direction); names inside an organisation's
 * name are left out. Pure, never throws.
 */
export function extractPlaces(text: string): PlaceMention[] {
  const matches = matchNames(text).filter((m) => !m.entry.personLike || personLikeAllowed(text, m.start));
  if (matches.length === 0) return [];
  return resolveUnits(text, matches)
    .map((place) => withDirection(text, place))
    .filter((place) => !isPartOfOrganisation(text, place));
}
