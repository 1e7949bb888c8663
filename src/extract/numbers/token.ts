import type { FigureMention } from '../types.js';

/** How a number was written: in digits, in words, as a vague amount ("thousands") or as a fraction ("a fifth"). */
export type NumberForm = 'digits' | 'words' | 'vague' | 'fraction';

/** A number found in a text, before anything decides whether it is a figure. */
export type NumberToken = Pick<FigureMention, 'start' | 'end' | 'text' | 'value' | 'valueMax' | 'vague'> & {
  form: NumberForm;
  /** The multiplier of a closing scale word or suffix ("1.5 million", "14.6m": 1e6), else 1. */
  scale: number;
};

export function token(
  text: string,
  start: number,
  end: number,
  value: number,
  form: NumberForm,
  scale = 1,
): NumberToken {
  return { start, end, text: text.slice(start, end), value, valueMax: null, vague: form === 'vague', form, scale };
}
