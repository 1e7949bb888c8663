import { scaled, scaleOf } from './scale.js';
import { token, type NumberToken } from './token.js';

/**
 * Numbers written in digits: thousands grouped by commas, dots (two groups or more), spaces,
 * no-break or thin spaces ("1,363,754", "35 000"), an optional decimal part, and an optional
 * scale word or suffix ("1.5 million", "14.6m", "4.5M", "3bn", "10k").
 * Digits glued to letters on the left ("H1N1", "MH17") are not numbers; neither are ordinals ("24th").
 */
const DIGITS =
  /(?<![\p{L}\d.,])(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?![.,]?\d)|\d+)(\.\d+)?(?:[ \u00A0-]?(thousand|million|billion|trillion|mln|mn)\b|(bn|m|M|k|K|b|B)(?![\p{L}\d²]))?(?!\d|,\d|\.\d|st\b|nd\b|rd\b|th\b)/gu;

const DIGIT = /\d/;

/** The value of the integer part: plain digits read as they are, grouped ones without their separators. */
function integerPart(raw: string): number {
  const plain = Number(raw);
  return Number.isNaN(plain) ? Number(raw.replace(/[^\d]/g, '')) : plain;
}

export function findDigitNumbers(text: string): NumberToken[] {
  const found: NumberToken[] = [];
  const first = text.search(DIGIT);
  if (first < 0) return found;
  DIGITS.lastIndex = first;
  for (let m = DIGITS.exec(text); m !== null; m = DIGITS.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const base = integerPart(m[1]!) + (m[2] ? Number(m[2]) : 0);
    const scaleWord = m[3] ?? m[4];
    const scale = (scaleWord && scaleOf(scaleWord)) || 1;
    found.push(token(text, start, end, scaled(base, scale), 'digits', scale));
  }
  return found;
}
