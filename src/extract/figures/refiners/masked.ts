import { overlaps } from '../../types.js';
import type { Refiner } from './refiner.js';

/**
 * Text whose digits are never figures: URLs, e-mail addresses, phone numbers, slashed codes. Each
 * pattern comes with a character it cannot match without, tested first because most statements have none.
 */
const MASKS: ReadonlyArray<readonly [string, RegExp]> = [
  ['.', /\b(?:https?:\/\/|www\.)\S+/giu],
  ['/', /\b[\w-]+(?:\.[\w-]+)+\/\S*/gu],
  ['@', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu],
  ['', /(?:\+\d{1,3}|\(0?\d{2,4}\))(?:[ \t\u00A0.\-/]*\(?\d{2,4}\)?){2,5}/gu],
  ['0', /(?<![\d,])0[ -]?\d{3}(?:[ -]\d{2,3}){2,3}(?!\d)/gu],
  ['/', /(?<![\d,.])\d+(?:\/\d+)+(?![\d,])/gu],
  ['#', /#\w+/gu],
];

export function maskedSpans(text: string): Array<{ start: number; end: number }> {
  return MASKS.flatMap(([needed, re]) =>
    text.includes(needed) ? [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [],
  );
}

/** Drops digits inside URLs, e-mails, phone numbers ("+38 044 568 50 15"), "24/7"-style codes and hashtags. */
export const dropMasked: Refiner = (statement, numbers) => {
  const masks = maskedSpans(statement.text);
  return numbers.filter((n) => !masks.some((m) => overlaps(m, n)));
};
