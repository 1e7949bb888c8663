/** Small readers of the text around a span of a statement. */

export function before(text: string, start: number, chars = 40): string {
  return text.slice(Math.max(0, start - chars), start);
}

export function after(text: string, end: number, chars = 40): string {
  return text.slice(end, end + chars);
}

/** Inside parentheses opened before `offset` and not yet closed: the offset of the "(", else -1. Reads the parentheses only, right to left. */
export function openParenthesis(text: string, offset: number): number {
  let depth = 0;
  for (let i = offset; i > 0; ) {
    const open = text.lastIndexOf('(', i - 1);
    if (open < 0) return -1;
    const close = text.lastIndexOf(')', i - 1);
    if (close > open) {
      depth++;
      i = close;
    } else if (depth === 0) {
      return open;
    } else {
      depth--;
      i = open;
    }
  }
  return -1;
}

/** Where the clause holding `start` begins: just past the last of the `ends` characters before it, and not before `floor`. */
export function clauseStart(text: string, start: number, ends: string, floor = 0): number {
  let from = floor;
  if (start > floor) {
    for (const end of ends) from = Math.max(from, lastMarkBefore(text, end, start) + 1);
  }
  return from;
}

const DIGIT = /\d/u;

/** Where the last `mark` before `start` stands, or -1; a point or comma inside a number ("187.6m", "1,200") is no mark. */
function lastMarkBefore(text: string, mark: string, start: number): number {
  let at = text.lastIndexOf(mark, start - 1);
  while (at > 0 && (mark === '.' || mark === ',') && DIGIT.test(text[at - 1]!) && DIGIT.test(text[at + 1] ?? '')) at = text.lastIndexOf(mark, at - 1);
  return at;
}
