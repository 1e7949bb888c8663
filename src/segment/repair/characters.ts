import { editsFor, type Edit } from '../mapped.js';

const REPLACEMENTS: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
  '\u200A': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\t': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AD': '',
  '\u200B': '',
  '\uFEFF': '',
  '\r': '',
};

const PATTERN = new RegExp(`[${Object.keys(REPLACEMENTS).join('')}]`, 'g');

/** Ligatures to letters; no-break, thin and other spaces and tabs to a space; curly quotes to straight; soft hyphens and zero-width marks removed. */
export function normalizeCharacters(text: string): Edit[] {
  return editsFor(text, PATTERN, (m) => REPLACEMENTS[m[0]]!);
}
