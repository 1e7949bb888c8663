import { type Edit } from '../mapped.js';

/** Prefixes that English writes with a hyphen even when the joined form is a dictionary word. */
const HYPHENATED_PREFIXES = new Set(['non', 'self', 'well', 'ex', 'cross', 'co', 'multi', 'all', 'post', 'pre', 'anti', 'mid']);

/** A hyphen at a line end, with the spaces around the line break. */
const BREAK = /-[ \t]*\n[ \t]*/g;

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/** Is the character at `i` a letter or a hyphen, i.e. part of a word? ASCII is told by its code, the rest by \p{L}. */
function inWord(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 45 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return isLetter(text[i]);
}

export interface WordEvidence {
  /** Does the document itself write this lower-case word (or hyphenated compound) on one line? */
  inDocument: (word: string) => boolean;
  /** Is this lower-case string an English word? */
  isWord: (word: string) => boolean;
}

/** Is `word` written at `at` in `lower` as a whole word? */
function isWordAt(lower: string, word: string, at: number): boolean {
  return at >= 0 && lower.startsWith(word, at) && !inWord(lower, at - 1) && !inWord(lower, at + word.length);
}

function hasWord(lower: string, word: string): boolean {
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    if (isWordAt(lower, word, at)) return true;
  }
  return false;
}

/** Does `lower` write "head-tail", and does it write "headtail", as whole words? One pass over the occurrences of the longer part. */
function hasCompound(lower: string, head: string, tail: string): [hyphenated: boolean, closed: boolean] {
  const byHead = head.length >= tail.length;
  const needle = byHead ? head : tail;
  const [compound, joined] = [`${head}-${tail}`, head + tail];
  let hyphenated = false;
  let closed = false;
  for (let at = lower.indexOf(needle); at !== -1 && !(hyphenated && closed); at = lower.indexOf(needle, at + 1)) {
    hyphenated ||= isWordAt(lower, compound, byHead ? at : at - head.length - 1);
    closed ||= isWordAt(lower, joined, byHead ? at : at - head.length);
  }
  return [hyphenated, closed];
}

/**
 * Looks words up in a text as whole words, case-insensitively; the lower-case copy is made on first use.
 * A compound ("self-help") is looked up together with its closed form ("selfhelp"), which is asked next
 * about a word broken at a line end: one pass over the text answers both.
 */
export function documentWords(text: string): (word: string) => boolean {
  let lower: string | undefined;
  const answers = new Map<string, boolean>();
  return (word) => {
    lower ??= text.toLowerCase();
    const known = answers.get(word);
    if (known !== undefined) return known;
    const hyphen = word.indexOf('-');
    if (hyphen <= 0 || hyphen === word.length - 1 || word.includes('-', hyphen + 1)) {
      answers.set(word, hasWord(lower, word));
    } else {
      const [head, tail] = [word.slice(0, hyphen), word.slice(hyphen + 1)];
      const [hyphenated, closed] = hasCompound(lower, head, tail);
      answers.set(word, hyphenated).set(head + tail, closed);
    }
    return answers.get(word)!;
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
