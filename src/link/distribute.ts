import type { PlaceMention, Span } from '../extract/types.js';

/** A locative preposition that opens a figure's own place phrase: "at Maiorske", "in the Luhansk Region". */
const LOCATIVE = /(?<![\p{L}])(?:in|at|across|within|throughout)\s+(?:the\s+)?/giu;
/** Places named by a common noun ("in neighbouring countries", "in 24 regions"). */
const PLACE_NOUN = /^(?:[\p{L}\p{N}-]+\s+){0,2}(?:countries|country|regions|oblasts|areas|cities|towns|villages|communities|settlements|hromadas|territories)(?![\p{L}])/iu;
const CLAUSE_END = /[,;:.!?]/u;
/** A statement that opens with where it happens: "In Poland, …". */
const OPENING_LOCATIVE = /^\s*(?:in|across|throughout|within)\s[^,;:]*,/iu;

/** Where a figure's own stretch of text ends: the next figure, or for the last the end of its clause. */
function stretchEnd(text: string, figures: readonly Span[], k: number): number {
  const next = figures[k + 1];
  if (next) return next.start;
  const rest = text.slice(figures[k]!.end);
  const stop = CLAUSE_END.exec(rest.replace(/\d[.,]\d/gu, '000'));
  return figures[k]!.end + (stop ? stop.index : rest.length);
}

/** Whether the stretch opens a place phrase of its own: a locative followed by a place or a place noun. */
function hasOwnPlace(text: string, start: number, end: number, placeStarts: ReadonlySet<number>): boolean {
  for (const m of text.slice(start, end).matchAll(LOCATIVE)) {
    const at = start + m.index + m[0].length;
    if (placeStarts.has(at) || PLACE_NOUN.test(text.slice(at, Math.min(end, at + 80)))) return true;
  }
  return false;
}

/** A bracket opened right after a place, maybe with the figure's qualifier: " (", " (nearly ", " (more than ". */
const OPENS_BRACKET = /^\s*\(\s*(?:\p{Ll}+\s+){0,2}$/u;

/** The place a figure is written in brackets right after: "Donetsk Oblast (nearly 540,000)"; else null. */
function placeBracketing(text: string, figure: Span, places: readonly PlaceMention[]): PlaceMention | null {
  for (const place of places) {
    if (place.end <= figure.start && figure.start - place.end <= 20 && OPENS_BRACKET.test(text.slice(place.end, figure.start))) return place;
  }
  return null;
}

/** The places lying wholly within [start, end), from places in text order; `from` is where to look first. */
function placesWithin(places: readonly PlaceMention[], from: number, start: number, end: number): PlaceMention[] {
  const within: PlaceMention[] = [];
  for (let i = from; i < places.length && places[i]!.start < end; i += 1) {
    if (places[i]!.start >= start && places[i]!.end <= end) within.push(places[i]!);
  }
  return within;
}

/**
 * The places each figure of a statement is stated to be about. Usually all the statement's places;
 * but when two or more figures are each written in brackets after a place ("in Donetsk Oblast (nearly
 * 540,000), Luhansk Oblast (some 280,000)"), each takes its place; and when two or more carry their own place phrase ("a 7% increase at Novotroitske and
 * 11% at Maiorske", "616,945 persons in Ukraine and 46,880 in neighbouring countries"), each figure
 * takes the places of its own stretch, plus those in the clause before the first figure and in an
 * opening "In Poland, …". Figures in any order, places in text order; figures that share their
 * places share one array. Pure.
 */
export function placesByFigure(text: string, figures: readonly Span[], places: readonly PlaceMention[]): (readonly PlaceMention[])[] {
  if (figures.length < 2 || places.length === 0) return figures.map(() => places);
  const bracketed = figures.map((figure) => placeBracketing(text, figure, places));
  if (bracketed.filter((place) => place !== null).length >= 2) return bracketed.map((place) => (place ? [place] : places));
  const order = figures.map((figure, k) => ({ figure, k })).sort((a, b) => a.figure.start - b.figure.start);
  const sorted = order.map(({ figure }) => figure);
  const stretches = sorted.map((figure, k) => ({ start: figure.end, end: stretchEnd(text, sorted, k) }));
  const placeStarts = new Set(places.map((place) => place.start));
  const own = stretches.filter((s) => hasOwnPlace(text, s.start, s.end, placeStarts)).length;
  if (own < 2) return figures.map(() => places);
  const first = sorted[0]!.start;
  const clauseStart = text.slice(0, first).search(/[,;:][^,;:]*$/u) + 1;
  const opening = OPENING_LOCATIVE.exec(text)?.[0].length ?? 0;
  const lead = places.filter((place) => place.end <= first && (place.start >= clauseStart || place.end <= opening));
  const result: PlaceMention[][] = new Array(figures.length);
  let next = 0;
  order.forEach(({ k }, i) => {
    const { start, end } = stretches[i]!;
    while (next < places.length && places[next]!.start < start) next += 1;
    result[k] = [...lead, ...placesWithin(places, next, start, end)];
  });
  return result;
}
