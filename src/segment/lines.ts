/** What one line of repaired text is, for block building ('contact': an address, phone or running-header line, left out). */
export type LineKind = 'blank' | 'pagebreak' | 'bullet' | 'heading' | 'number' | 'contact' | 'text';

export const BULLET = /^\s*(?:[•●■▪◦▫□➢►▶✓✔○◆◾*]+|[-–](?=\s))\s*/u;

const ADDRESS = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+/gi;
/** What a line holding an address cannot lack: an "@", a "/" or "www.". */
const ADDRESS_MARK = /[@/]|www\./i;
const PHONE_LINE = /^\s*(?:(?:tel|phone|fax|mob|hotline)\.?:?\s*)?\+?[\d ()\-–]{7,}\s*$/i;
const QUALIFIER = String.raw`(?:over|more than|almost|nearly|approximately|approx\.?|about|around|some|up to|at least|close to|less than)`;
const NUMBER_LINE = new RegExp(
  String.raw`^\s*(?:[•●■▪◦*]+\s*)?(?:${QUALIFIER}\s+)?[+]?\s*(?:[A-Z]{3}\s?|[$€£₴])?\d(?:[\d,.\s]*\d)?\s*(?:%|\s?(?:m|k|bn|M|million|billion|thousand))?\+?\**\s*$`,
  'i',
);

/**
 * A line holding only a number, maybe with a qualifier, "+", a currency, a scale, a bullet mark or a
 * footnote star ("● 17", "**5.8m*"): the value of a key-figure box. A number with a full stop after it
 * ends a wrapped sentence ("by the end of\n2023.").
 */
export function isNumberLine(line: string): boolean {
  return NUMBER_LINE.test(line) && !PHONE_LINE.test(line.replace(/[,.]/g, 'x'));
}

/** URLs and e-mail addresses make up most of the line. */
function isMostlyAddress(line: string): boolean {
  if (!ADDRESS_MARK.test(line)) return false;
  const addressChars = (line.match(ADDRESS) ?? []).join('').length;
  return addressChars > 0 && addressChars * 2 >= line.replace(/\s/g, '').length;
}

/** No lower-case letter and at least three capitals. */
function isHeading(line: string): boolean {
  return !/\p{Ll}/u.test(line) && /^(?:\P{Lu}*\p{Lu}){3}/u.test(line);
}

/** A running header or footer: parts split by "|" and a page number ("Report No. 12 | 19 March 2024   3", "Update | June 2023   Page 4 of 6"). */
const RUNNING_LINE = /\s\|\s.*(?:\s\d{1,3}|\b[Pp]age\s+\d{1,3}(?:\s+of\s+\d{1,3})?)\s*$/u;

export function classifyLine(line: string): LineKind {
  if (line.trim() === '') return 'blank';
  if (isNumberLine(line)) return 'number';
  if (PHONE_LINE.test(line) || isMostlyAddress(line) || RUNNING_LINE.test(line)) return 'contact';
  if (BULLET.test(line)) return 'bullet';
  if (isHeading(line)) return 'heading';
  return 'text';
}
