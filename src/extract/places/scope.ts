import type { PlaceMention } from '../types.js';

/** "equivalent to the length of the Germany–France border", "an area the size of Belgium": a yardstick, not a location. */
const COMPARISON_BEFORE =
  /(?<![\p{L}])(?:(?:equivalent|comparable|similar|equal)\s+to\s+(?:the\s+)?(?:(?:size|length|area|population|distance)\s+of\s+(?:the\s+)?)?|the\s+(?:size|length|area)\s+of\s+(?:the\s+)?)(?:\p{Lu}[\p{L}’'.]*\s*[–—-]\s*)?$/u;

function isComparison(text: string, place: PlaceMention): boolean {
  return COMPARISON_BEFORE.test(text.slice(Math.max(0, place.start - 80), place.start));
}

/**
 * "…, including Svitlana, a mother of four from Kramatorsk": the words after a person named as an
 * example describe that person, not the figure. `name` is the capitalised word after the cue.
 */
const PERSON_EXAMPLE = /(?<![\p{L}])(?:including|such\s+as|like)\s+(\p{Lu}\p{Ll}+),\s+(?:an?|the|who|whose)\s[^.;:!?()]*$/du;

/** A place inside the description of a person given as an example; `placeStarts` tells a person from a place. */
function isAboutExamplePerson(text: string, place: PlaceMention, placeStarts: ReadonlySet<number>): boolean {
  const from = Math.max(0, place.start - 200);
  const name = PERSON_EXAMPLE.exec(text.slice(from, place.start))?.indices?.[1];
  return name !== undefined && !placeStarts.has(from + name[0]);
}

/**
 * The places of a statement (from `extractPlaces`) that its figures can be about: all but the
 * yardsticks of a comparison and the places describing a person given as an example. The document's
 * lists still count those. Pure.
 */
export function placesAboutFigures(text: string, places: readonly PlaceMention[]): PlaceMention[] {
  const starts = new Set(places.map((place) => place.start));
  return places.filter((place) => !isComparison(text, place) && !isAboutExamplePerson(text, place, starts));
}

/** A locative right before a place in a heading: "… HOTLINE IN UKRAINE", "ACROSS THE REGIONS OF …". */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|across|within|throughout)\s+(?:the\s+)?$/iu;
/** How far before a place a locative may start. */
const LOCATIVE_REACH = 20;

/**
 * The places of a heading (from `extractPlaces` on it) that it says its key figures are in: those after
 * "in", "across", "within" or "throughout" ("CALLERS OF THE HOTLINE IN UKRAINE"), not a place naming an
 * event or a topic ("FAIR AT ZHYTOMYR", "KAKHOVKA DAM FLOOD RESPONSE"). Pure.
 */
export function placesScopedByHeading(heading: string, places: readonly PlaceMention[]): PlaceMention[] {
  return places.filter((place) => LOCATIVE_BEFORE.test(heading.slice(Math.max(0, place.start - LOCATIVE_REACH), place.start)));
}
