import { findDigitNumbers } from './digits.js';
import { mergeRanges } from './ranges.js';
import type { NumberToken } from './token.js';
import { findFractions, findVagueNumbers, findWordNumbers } from './words.js';

export type { NumberForm, NumberToken } from './token.js';

/** Keep the longest of overlapping tokens (the first one on a tie), in text order. */
function withoutOverlaps(tokens: NumberToken[]): NumberToken[] {
  const byLength = [...tokens].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: NumberToken[] = [];
  for (const t of byLength) {
    if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Every number in `text`, in text order: digits, number words, vague amounts and fractions,
 * with ranges merged. Deciding which of them are figures is the figure extractor's job.
 */
export function findNumbers(text: string): NumberToken[] {
  const tokens = [...findDigitNumbers(text), ...findWordNumbers(text), ...findVagueNumbers(text), ...findFractions(text)];
  return mergeRanges(text, withoutOverlaps(tokens));
}
