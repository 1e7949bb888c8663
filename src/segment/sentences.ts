/** Words whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'vs', 'etc', 'approx', 'incl', 'e.g', 'i.e', 'cf', 'fig',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'h.e', 'gov', 'govt',
    'dept', 'est', 'vol', 'p', 'pp', 'para', 'art', 'sr', 'jr', 'co', 'ltd', 'inc', 'corp', 'min', 'max', 'av', 'ave',
  ],
);

/**
 * A candidate sentence end: terminal punctuation, closing quotes or brackets (and a footnote number after a
 * word's or a parenthesis's full stop, "(FTS).3 By comparison"), then space and a likely sentence start.
 */
const END = /[.!?]+["')\]]*(?:(?<=[\p{L})][.!?]+)\d{1,2}(?=\s+\p{Lu}))?(?=\s+["'(\[]?[\p{Lu}\d•])/gu;

function endsWithAbbreviation(text: string, dot: number): boolean {
  const word = text.slice(text.lastIndexOf(' ', dot) + 1, dot).replace(/^[("'[]+/, '');
  if (word === '') return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
}

/** Split a block's text into sentence spans; abbreviations ("Ms.", "U.S.", "e.g.", "No.") and initials do not end one. */
export function splitSentences(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m !== null; m = END.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && endsWithAbbreviation(text, m.index)) continue;
    spans.push({ start, end });
    start = end;
  }
  spans.push({ start, end: text.length });
  return spans
    .map((s) => {
      const piece = text.slice(s.start, s.end);
      return { start: s.start + piece.length - piece.trimStart().length, end: s.end - (piece.length - piece.trimEnd().length) };
    })
    .filter((s) => s.end > s.start);
}
