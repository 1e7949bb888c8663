import type { NumberToken } from '../../numbers/index.js';
import type { Refiner } from './refiner.js';

const WORD = /\p{L}{2,}/gu;
/** Words of chart legends: a statement labelled only by these ("60 Female Male") has no readable label. */
const LEGEND = /^(?:female|male|women|men|girls|boys|rural|urban|idps?|returnees?|refugees?|total|yes|no|other|none)$/iu;
const NOT_A_LABEL = /^(?:per|cent|percent|and|to|of|or|the|total|under|over)$/iu;

/**
 * Has the statement as many label words (outside its numbers) as numbers, and are they not all
 * legend words? Reads the words only until the answer is plain.
 */
function isLabelled(text: string, numbers: readonly NumberToken[]): boolean {
  let words = 0;
  let legend = true;
  let next = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    while (next < numbers.length && numbers[next]!.end <= m.index) next++;
    if ((next < numbers.length && numbers[next]!.start <= m.index) || NOT_A_LABEL.test(m[0])) continue;
    words++;
    legend &&= LEGEND.test(m[0]);
    if (!legend && words >= numbers.length) return true;
  }
  return words >= numbers.length && !(legend && words >= 2);
}

/**
 * Drops every number of a statement that has fewer label words than numbers: chart axis ticks
 * ("0 5 10 15 20 25"), legend values ("72%", "60 Female Male"), age groups ("Under 18 18 - 59 +60"), page numbers.
 */
export const dropLabelless: Refiner = (statement, numbers) => (numbers.length > 0 && isLabelled(statement.text, numbers) ? [...numbers] : []);
