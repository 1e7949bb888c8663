/**
 * Reading a sticky (`y`) regular expression at one position: the extractors look at a word, a mark
 * or a run of spaces right where they stand instead of slicing the text and matching the slice.
 */

/** The match of the sticky `pattern` that starts right at `at`, or null when none does. */
export function execAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Does a match of the sticky `pattern` start right at `at`? */
export function testAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** Where the match of the sticky `pattern` that starts right at `at` ends, or -1 when none starts there. */
export function endAt(pattern: RegExp, text: string, at: number): number {
  return testAt(pattern, text, at) ? pattern.lastIndex : -1;
}
