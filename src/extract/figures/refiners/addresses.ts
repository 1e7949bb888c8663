import { after, before } from '../context.js';
import type { NumberToken } from '../../numbers/index.js';
import type { Refiner } from './refiner.js';

/** A house number before a street name: "8 Mykhailivska Street", "32 Dovzhenka Str.", "15 Independence Ave". */
const STREET_AFTER = /^\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:Street|Str\.?|St\.|Avenue|Ave\.?|Road|Rd\.?|Lane|Boulevard|Blvd\.?|Square|Sq\.|Prospect|Highway)(?![\p{L}])/u;
/** A house number after a street word: "vul. Khreshchatyk 12", "Street 5". */
const STREET_BEFORE = /(?<![\p{L}])(?:vul\.|vulytsia|str\.|Street|Avenue|prosp\.)\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,2}$/u;
/** A postal code or an identifier: digits with a leading zero ("01001"). */
const LEADING_ZERO = /^0\d+$/u;

/** A street word anywhere in a statement: without one, only postal codes are looked for. */
const ANY_STREET = /Str|St\.|Ave|Road|Rd|Lane|Boulevard|Blvd|Square|Sq\.|Prospect|Highway|vul\.|vulytsia|prosp\./;

const isPostalCode = (n: NumberToken): boolean => n.form === 'digits' && n.valueMax === null && LEADING_ZERO.test(n.text);
const isHouseNumber = (text: string, n: NumberToken): boolean =>
  n.form === 'digits' && n.valueMax === null && (STREET_AFTER.test(after(text, n.end, 60)) || STREET_BEFORE.test(before(text, n.start, 40)));

/** Drops house numbers and postal codes: "8 Mykhailivska Street, Kyiv 01001". */
export const dropAddresses: Refiner = ({ text }, numbers) => {
  const streets = ANY_STREET.test(text);
  return numbers.filter((n) => !isPostalCode(n) && !(streets && isHouseNumber(text, n)));
};
