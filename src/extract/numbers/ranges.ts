import { scaled } from './scale.js';
import type { NumberToken } from './token.js';

const DASH_BETWEEN = /^\s*[-–—]\s*$/;
const TO_BETWEEN = /^\s+to\s+$/i;
const AND_BETWEEN = /^\s+and\s+$/i;
const BETWEEN_BEFORE = /\bbetween\s+(?:[A-Z]{3}\s*|[$€£₴]\s*)?$/i;
const CURRENCY_BETWEEN = /^\s*[-–—]\s*(?:[A-Z]{3}\s*|[$€£₴]\s*)$/;

/** Scale a bare lower end by the upper end's scale: "1–2 million" is 1 000 000 to 2 000 000. */
function lowerEnd(a: NumberToken, b: NumberToken): number {
  return a.scale === 1 && b.scale > 1 ? scaled(a.value, b.scale) : a.value;
}

function joins(text: string, a: NumberToken, b: NumberToken): boolean {
  const between = text.slice(a.end, b.start);
  if (DASH_BETWEEN.test(between) || TO_BETWEEN.test(between) || CURRENCY_BETWEEN.test(between)) return true;
  return AND_BETWEEN.test(between) && BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 16), a.start));
}

/**
 * Merge "A – B", "A to B" and "between A and B" into one token with `valueMax`, when A < B
 * and both are plain numbers ("GBP 350 – 1,700", "1–2 million", "3-5 kg", "2022-2023").
 */
export function mergeRanges(text: string, tokens: readonly NumberToken[]): NumberToken[] {
  const out: NumberToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    if (b && a.valueMax === null && !a.vague && !b.vague && a.form !== 'fraction' && joins(text, a, b)) {
      const low = lowerEnd(a, b);
      if (low < b.value) {
        out.push({ ...a, end: b.end, text: text.slice(a.start, b.end), value: low, valueMax: b.value, scale: b.scale });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
