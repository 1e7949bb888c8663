import { overlaps } from '../../types.js';
import type { Refiner } from './refiner.js';

const WWW = /www\./i;
const LANDLINE_START = /0[ -]?\d{3}[ -]\d{2}/;
const MOBILE_START = /0\d{2}[ -]\d{3}[ -]\d{2}/;

/**
 * Text whose digits are never figures: URLs, e-mail addresses, phone numbers, slashed codes. Each
 * pattern comes with a cheap test its text cannot pass without, tried first because most statements pass none.
 */
const MASKS: ReadonlyArray<readonly [(text: string) => boolean, RegExp]> = [
  [(text) => text.includes('://') || WWW.test(text), /\b(?:https?:\/\/|www\.)\S+/giu],
  [(text) => text.includes('/'), /\b[\w-]+(?:\.[\w-]+)+\/\S*/gu],
  [(text) => text.includes('@'), /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu],
  [(text) => text.includes('+') || text.includes('('), /(?:\+\d{1,3}|\(0?\d{2,4}\))(?:[ \t\u00A0.\-/]*\(?\d{2,4}\)?){2,5}/gu],
  [(text) => LANDLINE_START.test(text), /(?<![\d,])0[ -]?\d{3}(?:[ -]\d{2,3}){2,3}(?!\d)/gu],
  [(text) => MOBILE_START.test(text), /(?<![\d,])0\d{2}[ -]\d{3}(?:[ -]\d{2}){2}(?!\d)/gu],
  [(text) => text.includes('/'), /(?<![\d,.])\d+(?:\/\d+)+(?![\d,])/gu],
  [(text) => text.includes('#'), /#\w+/gu],
];

/** The spans of `text` the masks cover, mask by mask, each mask's in text order. */
export function maskedSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const [possible, re] of MASKS) {
    if (!possible(text)) continue;
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Drops digits inside URLs, e-mails, phone numbers ("+38 044 568 50 15", "067 447 97 92"), "24/7"-style codes and hashtags. */
export const dropMasked: Refiner = (statement, numbers) => {
  if (numbers.length === 0) return [];
  const masks = maskedSpans(statement.text);
  return numbers.filter((n) => !masks.some((m) => overlaps(m, n)));
};
