/** Small readers of the text around a span of a statement. */

export function before(text: string, start: number, chars = 40): string {
  return text.slice(Math.max(0, start - chars), start);
}

export function after(text: string, end: number, chars = 40): string {
  return text.slice(end, end + chars);
}

/** Inside parentheses opened before `offset` and not yet closed: the offset of the "(", else -1. */
export function openParenthesis(text: string, offset: number): number {
  let depth = 0;
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
