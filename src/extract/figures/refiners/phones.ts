import type { NumberToken } from '../../numbers/index.js';
import { CaselessPattern } from '../../caseless.js';
import { after, before } from '../context.js';
import { NOUNS } from '../lexicon.js';
import type { Refiner } from './refiner.js';

/** Digits as a phone number or short code writes them: maybe a leading "+", maybe grouped by spaces or hyphens, no comma or point. */
const PHONE_SHAPE = /^\+?\d[\d \u00A0-]*\d$/u;
/** Three digits or more. */
const THREE_DIGITS = /\d(?:\D*\d){2}/u;

/** Word starts one of which every cue below holds: a statement without one names no phone line. */
const PHONE_ANCHOR = /\b(?:call|dial|phon|ring|text|sms|contact|tel|hot|help|information|toll|free|short)/i;

/**
 * A phone line named right before the number, maybe with "number", "no.", a colon, "(" or "is/at/on":
 * "hotline 1545", "hotline (527)", "toll-free line 15-47", "short number 1547", "Tel.: 527".
 */
const LINE_BEFORE = new CaselessPattern(
  String.raw`\b(?:(?:hot|help|phone|telephone|information|toll[\s-]free)[\s-]?lines?|(?:tele)?phones?|tel|free[\s-]?phone|call[\s-]cent(?:re|er)s?|short\s+(?:codes?|numbers?)|contact\s+numbers?)(?:\s+(?:numbers?|no\.?|code))?\.?\s*(?:[:#(]|\b(?:is|at|on|via)\b)?\s*$`,
);

/**
 * A phone line named earlier in the clause, and "at"/"on" right before the number: "the national
 * hotline is available for all in Ukraine at 527", "the helpline, open daily, on 0800".
 */
const LINE_EARLIER = new CaselessPattern(
  String.raw`\b(?:hot|help|phone|telephone|information|toll[\s-]free)[\s-]?lines?\b[^.;:!?\d]{0,60}?\s(?:at|on)\s*[:(]?\s*$`,
);

/**
 * A verb of calling right before the number, or before words that end in "at"/"on": "dial 1545",
 * "call 112", "call the hotline in Ukraine at 527", "text us on 5522".
 */
const CALL_BEFORE = new CaselessPattern(String.raw`\b(?:call|dial|phone|ring|text|sms|contact)(?:ing)?\b(?:[^.;:!?\d]{0,50}?\s(?:at|on))?\s*[:(]?\s*$`);

const NEXT_WORD = /^\s*(\p{L}[\p{L}-]*)/u;
const PERCENT_AFTER = /^\s*(?:%|per\s*cent|percent)/iu;

/** Whether the number is written like a phone number: a digit run of three or more, with no comma, point or scale. */
function hasPhoneShape(n: NumberToken): boolean {
  return n.form === 'digits' && n.scale === 1 && PHONE_SHAPE.test(n.text) && THREE_DIGITS.test(n.text);
}

/** Whether a counted noun of the figure lexicon, or a percent sign, follows the number: "hotline 530 calls". */
function countsSomething(text: string, n: NumberToken): boolean {
  const rest = after(text, n.end, 30);
  if (PERCENT_AFTER.test(rest)) return true;
  const word = NEXT_WORD.exec(rest)?.[1]?.toLowerCase();
  return word !== undefined && (NOUNS.has(word) || NOUNS.has(word.slice(word.lastIndexOf('-') + 1)));
}

/** Whether a phone line or a verb of calling leads to the number. */
function followsPhoneCue(text: string, n: NumberToken): boolean {
  const lead = before(text, n.start, 80);
  return LINE_BEFORE.test(lead) || LINE_EARLIER.test(lead) || CALL_BEFORE.test(lead);
}

/** Whether the number is a phone number or short code: phone-shaped, led to by a phone cue, and counting nothing. */
function isPhoneNumber(text: string, n: NumberToken): boolean {
  return hasPhoneShape(n) && followsPhoneCue(text, n) && !countsSomething(text, n);
}

/**
 * Drops phone numbers, hotlines and short codes ("call the hotline at 527", "dial 1545", "hotline
 * (527)") unless a counted noun follows ("hotline 530 calls"). A statement without a phone-shaped
 * number or without a phone word is passed through unread.
 */
export const dropPhones: Refiner = (statement, numbers) =>
  numbers.some(hasPhoneShape) && PHONE_ANCHOR.test(statement.text) ? numbers.filter((n) => !isPhoneNumber(statement.text, n)) : [...numbers];
