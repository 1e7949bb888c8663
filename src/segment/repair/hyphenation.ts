import { type Edit } from '../mapped.js';

/** Prefixes that English writes with a hyphen even when the joined form is a dictionary word. */
const HYPHENATED_PREFIXES = new Set(['non', 'self', 'well', 'ex', 'cross', 'co', 'multi', 'all', 'post', 'pre', 'anti', 'mid']);

/** A word broken at a line end: "Decem-\nber", with trailing spaces before the line break allowed. */
const BREAK = /(?<!\p{L})(\p{L}+)-[ \t]*\n[ \t]*(\p{L}+)/gu;

export interface WordEvidence {
  /** Words (lower-case) the document itself writes whole, and hyphenated compounds it writes on one line; asked for only when a word is broken. */
  documentWords: () => ReadonlySet<string>;
  /** Is this lower-case string an English word? */
  isWord: (word: string) => boolean;
}

/** Lower-case words and hyphenated compounds written on one line anywhere in the text. */
export function collectDocumentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) words.add(m[0].toLowerCase());
  return words;
}

/**
 * Decide each word broken across a line end: join it ("Decem-\nber" → "December") when the document or
 * the dictionary knows the joined word and the hyphenated form is not a compound ("Japan-\nfunded",
 * "non-\nfood", "Entry-\nExit" keep their hyphen and lose only the line break).
 */
export function joinHyphenation(text: string, evidence: WordEvidence): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(BREAK)) {
    const [whole, head, tail] = m as unknown as [string, string, string];
    const start = m.index! + head.length;
    const end = m.index! + whole.length - tail.length;
    const joined = (head + tail).toLowerCase();
    const compound = `${head}-${tail}`.toLowerCase();
    const known = evidence.documentWords();
    const keep =
      known.has(compound) ||
      (!known.has(joined) && (HYPHENATED_PREFIXES.has(head.toLowerCase()) || !evidence.isWord(joined)));
    edits.push({ start, end, replacement: keep ? '-' : '' });
  }
  return edits;
}
