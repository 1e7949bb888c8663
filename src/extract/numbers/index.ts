import { findDigitNumbers } from './digits.js';
import { ANY_FRACTION, ANY_NUMBER_WORD, ANY_VAGUE } from './lexicon.js';
import { mergeRanges } from './ranges.js';
import type { NumberToken } from './token.js';
import { findFractions, findRatios, findVagueNumbers, findWordNumbers } from './words.js';

export type { NumberForm, NumberToken } from './token.js';

/**
 * Keep the longest of overlapping tokens (the first one on a tie), in text order. Tokens of one kind
 * only are in text order and apart already.
 */
function withoutOverlaps(kinds: readonly NumberToken[][]): NumberToken[] {
  const found = kinds.filter((tokens) => tokens.length > 0);
  if (found.length <= 1) return found[0] ?? [];
  const tokens = found.flat();
  const byLength = [...tokens].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: NumberToken[] = [];
  for (const t of byLength) {
    if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Text this does not match holds no number word, vague amount or fraction word: one test instead of three for most statements. */
const ANY_WORDING = new RegExp([ANY_NUMBER_WORD.source, ANY_VAGUE.source, ANY_FRACTION.source].join('|'), 'i');

/**
 * Every number in `text`, in text order: digits, number words, vague amounts and fractions,
 * with ranges merged. Deciding which of them are figures is the figure extractor's job.
 */
export function findNumbers(text: string): NumberToken[] {
  const digits = findDigitNumbers(text);
  const kinds = ANY_WORDING.test(text) ? [digits, findWordNumbers(text), findVagueNumbers(text), findFractions(text), findRatios(text)] : [digits, findRatios(text)];
  return mergeRanges(text, withoutOverlaps(kinds));
}
