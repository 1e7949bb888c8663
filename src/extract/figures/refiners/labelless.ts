import type { NumberToken } from '../../numbers/index.js';
import type { Refiner } from './refiner.js';

const WORD = /\p{L}{2,}/gu;
/** Words of chart legends: a statement labelled only by these ("60 Female Male") has no readable label. */
const LEGEND = /^(?:female|male|women|men|girls|boys|rural|urban|idps?|returnees?|refugees?|total|yes|no|other|none)$/iu;
const NOT_A_LABEL = /^(?:per|cent|percent|and|to|of|or|the|total|under|over)$/iu;

function labelWords(text: string, numbers: readonly NumberToken[]): string[] {
  return [...text.matchAll(WORD)]
    .filter((m) => !numbers.some((n) => m.index >= n.start && m.index < n.end) && !NOT_A_LABEL.test(m[0]))
    .map((m) => m[0]);
}

function isLegend(words: readonly string[]): boolean {
  return words.length >= 2 && words.every((w) => LEGEND.test(w));
}

/**
 * Drops every number of a statement that has fewer label words than numbers: chart axis ticks
 * ("0 5 10 15 20 25"), legend values ("72%", "60 Female Male"), age groups ("Under 18 18 - 59 +60"), page numbers.
 */
export const dropLabelless: Refiner = (statement, numbers) => {
  if (numbers.length === 0) return [];
  const words = labelWords(statement.text, numbers);
  return words.length < numbers.length || isLegend(words) ? [] : [...numbers];
};
