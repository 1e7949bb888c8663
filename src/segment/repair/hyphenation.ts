import { type Edit } from '../mapped.js';

/** Prefixes that English writes with a hyphen even when the joined form is a dictionary word. */
const HYPHENATED_PREFIXES = new Set(['non', 'self', 'well', 'ex', 'cross', 'co', 'multi', 'all', 'post', 'pre', 'anti', 'mid']);

/** A hyphen at a line end, with the spaces around the line break. */
const BREAK = /-[ \t]*\n[ \t]*/g;

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

export interface WordEvidence {
  /** Does the document itself write this lower-case word (or hyphenated compound) on one line? */
  inDocument: (word: string) => boolean;
  /** Is this lower-case string an English word? */
  isWord: (word: string) => boolean;
}

/** Looks words up in a text as whole words, case-insensitively; the lower-case copy is made on first use. */
export function documentWords(text: string): (word: string) => boolean {
  let lower: string | undefined;
  return (word) => {
    lower ??= text.toLowerCase();
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      if (!isLetter(lower[at - 1]) && lower[at - 1] !== '-' && !isLetter(lower[at + word.length]) && lower[at + word.length] !== '-') return true;
    }
    return false;
  };
}

/**
 * Decide each word broken across a line end: join it ("Decem-\nber" → "December") when the document or
 * the dictionary knows the joined word and the hyphenated form is not a compound ("Japan-\nfunded",
 * "non-\nfood", "Entry-\nExit" keep their hyphen and lose only the line break).
 */
export function joinHyphenation(text: string, evidence: WordEvidence): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(BREAK)) {
    const start = m.index;
    const end = start + m[0].length;
    let headStart = start;
    while (isLetter(text[headStart - 1])) headStart--;
    let tailEnd = end;
    while (isLetter(text[tailEnd])) tailEnd++;
    if (headStart === start || tailEnd === end) continue;
    const head = text.slice(headStart, start);
    const tail = text.slice(end, tailEnd);
    const joined = (head + tail).toLowerCase();
    const keep =
      evidence.inDocument(`${head}-${tail}`.toLowerCase()) ||
      (!evidence.inDocument(joined) && (HYPHENATED_PREFIXES.has(head.toLowerCase()) || !evidence.isWord(joined)));
    edits.push({ start, end, replacement: keep ? '-' : '' });
  }
  return edits;
}
