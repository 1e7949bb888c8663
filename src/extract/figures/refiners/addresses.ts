import { after, before } from '../context.js';
import { dropWhen } from './refiner.js';

/** A house number before a street name: "8 Mykhailivska Street", "32 Dovzhenka Str.", "15 Independence Ave". */
const STREET_AFTER = /^\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:Street|Str\.?|St\.|Avenue|Ave\.?|Road|Rd\.?|Lane|Boulevard|Blvd\.?|Square|Sq\.|Prospect|Highway)(?![\p{L}])/u;
/** A house number after a street word: "vul. Khreshchatyk 12", "Street 5". */
const STREET_BEFORE = /(?<![\p{L}])(?:vul\.|vulytsia|str\.|Street|Avenue|prosp\.)\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,2}$/u;
/** A postal code or an identifier: digits with a leading zero ("01001"). */
const LEADING_ZERO = /^0\d+$/u;

/** Drops house numbers and postal codes: "8 Mykhailivska Street, Kyiv 01001". */
export const dropAddresses = dropWhen(
  (text, n) =>
    n.form === 'digits' &&
    n.valueMax === null &&
    (LEADING_ZERO.test(n.text) || STREET_AFTER.test(after(text, n.end, 60)) || STREET_BEFORE.test(before(text, n.start, 40))),
);
