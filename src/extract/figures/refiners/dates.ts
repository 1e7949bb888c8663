import type { NumberToken } from '../../numbers/index.js';
import { CaselessPattern } from '../../caseless.js';
import { after, before } from '../context.js';
import { MONTH_NAME } from '../../dates/calendar.js';
import { dropWhen } from './refiner.js';

const MONTH_BEFORE = new CaselessPattern(`\\b${MONTH_NAME}\\.?[\\s,]*$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?[\\s.,]*(?:of\\s+)?${MONTH_NAME}\\b`, 'iu');
const NUMERIC_DATE = /^[./-]\d{1,2}[./-]\d{2,4}\b|^[./-]\d{1,2}\b/u;
const YEAR_BEFORE = new CaselessPattern(String.raw`©|\b(?:in|since|of|by|from|until|till|year|during)\s*$`);
const COUNTED_AFTER = /^\s*(?:%|per\s*cent|percent|people|persons|individuals|households|families|idps|refugees|children)\b/iu;

/** A plain four-digit number that reads as a year (1900–2100), unless people are counted right after it. */
export function isYear(text: string, n: Pick<NumberToken, 'text' | 'value' | 'start' | 'end' | 'form' | 'scale'>): boolean {
  if (n.form !== 'digits' || n.scale !== 1 || !/^\d{4}\b/u.test(n.text)) return false;
  if (n.value < 1900 || n.value > 2100) return false;
  return !COUNTED_AFTER.test(after(text, n.end, 20)) || YEAR_BEFORE.test(before(text, n.start, 30));
}

/** The first of two days of one month: "on 30 and 31 March", "5 & 6 May". */
const DAY_THEN_MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:and|&|[-–—]|to)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(${MONTH_NAME})\\b`, 'iu');

function isFirstOfTwoDays(next: string): boolean {
  const m = DAY_THEN_MONTH_AFTER.exec(next);
  return m !== null && m[1] !== 'may';
}

/** Two day numbers joined as a range ("1 and 10", "5-7", "1st to 3rd"). */
const DAY_RANGE = /^\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–—]|and|to|until|till|through)\s*\d{1,2}$/u;

/** A day number, a range of days or a year next to a month name ("25 March", "June 6", "between 1 and 10 March"), or a numeric date. */
function isDatePart(text: string, n: NumberToken): boolean {
  if (n.form !== 'digits' || n.scale !== 1) return false;
  if (n.valueMax !== null) {
    const next = after(text, n.end, 16);
    return n.valueMax <= 31 && DAY_RANGE.test(n.text) && MONTH_AFTER.test(next) && !/^\s*may\b/u.test(next);
  }
  if (!/^\d{1,4}$/u.test(n.text)) return false;
  if (n.value <= 31 && isFirstOfTwoDays(after(text, n.end, 24))) return true;
  if (n.value > 31 && n.value < 1900) return false;
  return MONTH_BEFORE.test(before(text, n.start, 16)) || MONTH_AFTER.test(after(text, n.end, 16)) || NUMERIC_DATE.test(after(text, n.end, 12));
}

/** Drops years ("since 2014"), year ranges ("2022-2023"), and day numbers of dates ("25 March 2019"). */
export const dropDates = dropWhen(
  (text, n) => isYear(text, n) || (n.valueMax !== null && n.value >= 1900 && n.value <= 2100 && n.form === 'digits' && n.scale === 1) || isDatePart(text, n),
);
