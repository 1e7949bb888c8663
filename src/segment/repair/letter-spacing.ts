import { editsFor, type Edit } from '../mapped.js';

/**
 * Four or more single characters on one line, each separated by spaces, maybe closed by punctuation.
 * The run starts the text, a line or follows a space: not preceded by anything else, which V8 tests
 * faster than the same condition written as (?<=^|[ \n]) with the m flag.
 */
const RUN = /(?<![^ \n\r\u2028\u2029])\S(?: +\S){3,}[.,:;!?)]?(?=$|[ \n])/gm;

/**
 * Capitals, or digits with a thousands or decimal separator among them. Lower-case letters and
 * bare rows of digits (table cells, chart ticks) are not letter-spaced text.
 */
function isLetterSpaced(chars: string): boolean {
  if (/\p{Ll}/u.test(chars)) return false;
  if (/\p{Lu}/u.test(chars)) return (chars.match(/\p{Lu}/gu)?.length ?? 0) >= 3;
  return /\d[,.]\d/.test(chars);
}

/**
 * Collapse letter-spaced headings and numbers: "L A T V I A" → "LATVIA", "9 2 5 , 0 0 0" → "925,000".
 * Words inside a spaced run are told apart by a wider gap ("R E G I O N A L  O V E R V I E W").
 */
export function collapseLetterSpacing(text: string): Edit[] {
  return editsFor(text, RUN, (m) => {
    const run = m[0];
    if (!isLetterSpaced(run.replace(/ /g, ''))) return null;
    const wide = /\S {2,}\S/.test(run);
    return run
      .split(wide ? / {2,}/ : /(?!)/)
      .map((word) => word.replace(/ /g, ''))
      .join(' ');
  });
}
