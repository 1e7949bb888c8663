import type { Unit } from '../../schema/index.js';
import type { NumberToken } from '../numbers/index.js';
import { after, before } from './context.js';

const CURRENCY_CODES = new Set([
  'USD', 'EUR', 'GBP', 'UAH', 'CHF', 'PLN', 'MDL', 'RON', 'HUF', 'CZK', 'BGN', 'SEK', 'NOK', 'DKK', 'JPY',
  'CAD', 'AUD', 'TRY', 'SYP', 'LBP', 'JOD', 'IQD', 'AFN', 'SDG', 'SSP', 'ETB', 'KES', 'NGN', 'XOF', 'XAF',
]);
const SYMBOLS: Record<string, string> = { '$': 'USD', 'US$': 'USD', '€': 'EUR', '£': 'GBP', '₴': 'UAH' };
const NAMES: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', hryvnia: 'UAH', hryvnias: 'UAH', hryvnas: 'UAH',
};

const PERCENT_AFTER = /^\s?(?:%|per\s*cent(?:age\s+points?)?\b|percent(?:age\s+points?)?\b|pct\b|p\.p\.|pp\b)/iu;
const KM_AFTER = /^[\s-]?(?:km|kilomet(?:re|er)s?)\b/iu;
const M2_AFTER = /^[\s-]?(?:m2|m²|sq\.?\s?m\b|square\s+met(?:re|er)s?\b)/iu;
const CODE_BEFORE = /(?<!\p{L})([A-Z]{3})\s?$/u;
const SYMBOL_BEFORE = /(US\$|[$€£₴])\s?$/u;
const CODE_AFTER = /^\s([A-Z]{3})\b/u;
const NAME_AFTER = /^\s(dollars?|euros?|hryvnias?|hryvnas)\b/iu;

export interface UnitFound {
  /** The unit written against the number; null when only the counted noun can tell. */
  unit: Unit | null;
  start: number;
  end: number;
}

/** A unit glued to or written right next to the number: %, per cent, currencies, km, m². The span grows to take it. */
export function writtenUnitOf(text: string, n: Pick<NumberToken, 'start' | 'end' | 'form'>): UnitFound {
  const { start, end } = n;
  if (n.form === 'fraction') return { unit: 'percent', start, end };
  const next = after(text, end, 24);
  const prev = before(text, start, 6);
  const found = (unit: Unit, s: number, e: number): UnitFound => ({ unit, start: s, end: e });
  let m: RegExpExecArray | null;
  if ((m = PERCENT_AFTER.exec(next))) return found('percent', start, end + m[0].length);
  if ((m = M2_AFTER.exec(next))) return found('m2', start, end + m[0].length);
  if ((m = KM_AFTER.exec(next))) return found('km', start, end + m[0].length);
  if ((m = SYMBOL_BEFORE.exec(prev))) return found(SYMBOLS[m[1]!]!, start - m[0].length, end);
  if ((m = CODE_BEFORE.exec(prev)) && CURRENCY_CODES.has(m[1]!)) return found(m[1]!, start - m[0].length, end);
  if ((m = CODE_AFTER.exec(next)) && CURRENCY_CODES.has(m[1]!)) return found(m[1]!, start, end + m[0].length);
  if ((m = NAME_AFTER.exec(next))) return found(NAMES[m[1]!.toLowerCase()]!, start, end + m[0].length);
  return { unit: null, start, end };
}

/** Is a three-letter word a currency code we read ("USD", "UAH"), not an acronym ("TPD")? */
export function isCurrencyCode(word: string): boolean {
  return CURRENCY_CODES.has(word);
}

export function isMoney(unit: Unit): boolean {
  return /^[A-Z]{3}$/u.test(unit);
}
