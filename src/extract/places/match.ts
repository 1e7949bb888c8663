import { fold } from './fold.js';
import { gazetteer, type GazetteerEntry } from './gazetteer.js';
import { endAt, execAt, testAt } from '../sticky.js';

/** A gazetteer name found in the text, before the refiners decide what it denotes. */
export interface NameMatch {
  start: number;
  end: number;
  entry: GazetteerEntry;
}

/** A word of the text at `start`: its folded key, without a possessive "'s", which `end` then excludes. */
interface Word {
  start: number;
  key: string;
  end: number;
  possessive: boolean;
}

/** A word as `tokenKey` splits names, read from unfolded text (curly apostrophes join like straight ones). */
const WORD = /[\p{L}\p{N}]+(?:[-'’ʼ‘][\p{L}\p{N}]+)*/uy;

/**
 * Where a word may start with a capital, scanned for without Unicode classes. Group 1 is a whole word:
 * an ASCII capital and ASCII letters and digits, set off by ASCII that is no letter, digit, hyphen or
 * apostrophe. Otherwise the match is a capital or any non-ASCII unit not after an ASCII letter or
 * digit, for `CAPITAL_START` to decide.
 */
const MAYBE_CAPITAL =
  /(?<![A-Za-z0-9'\-\u0080-\uffff])([A-Z][A-Za-z0-9]*)(?![A-Za-z0-9'\-\u0080-\uffff])|[A-Z\u0080-\uffff](?<![A-Za-z0-9][^])/g;

/** A capital that starts a `WORD`: not inside a word, nor after a word's hyphen or apostrophe. */
const CAPITAL_START = /(?<![\p{L}\p{N}]|[\p{L}\p{N}][-'’ʼ‘])\p{Lu}/uy;

const SPACES = /\s+/uy;
const UPPER = /\p{Lu}/u;
const ALL_CAPS_WORD = /^\p{Lu}{2,}$/u;
const isAllCapsWord = (word: string | undefined): boolean => word !== undefined && ALL_CAPS_WORD.test(word);

/** A word's folded key, without a possessive "'s" (folding keeps the length). */
function keyOf(surface: string): string {
  const key = fold(surface);
  return key.endsWith("'s") ? key.slice(0, -2) : key;
}

function wordOf(surface: string, start: number, key = keyOf(surface)): Word {
  return { start, key, end: start + key.length, possessive: key.length < surface.length };
}

/** The text of the word starting at `start`, or null when none does. */
function surfaceAt(text: string, start: number): string | null {
  return execAt(WORD, text, start)?.[0] ?? null;
}

function wordAt(text: string, start: number): Word | null {
  const surface = surfaceAt(text, start);
  return surface === null ? null : wordOf(surface, start);
}

/** The text of the word starting with a capital at `start`, or null when none does. */
function capitalWordAt(text: string, start: number): string | null {
  return testAt(CAPITAL_START, text, start) ? surfaceAt(text, start) : null;
}

/**
 * `first` and the words after it, at most `max` in all, each joined to the one before by whitespace
 * only; a possessive ends the run.
 */
function wordsFrom(text: string, first: Word, max: number): Word[] {
  const words = [first];
  let last = first;
  while (words.length < max && !last.possessive) {
    const after = endAt(SPACES, text, last.end);
    if (after < 0) break;
    const next = wordAt(text, after);
    if (next === null) break;
    words.push(next);
    last = next;
  }
  return words;
}

/** Whether an entry's spelling conditions hold for the surface `text.slice(start, end)`. */
function surfaceFits(text: string, start: number, end: number, entry: GazetteerEntry): boolean {
  if (entry.exactCase === null) return true;
  if (text.slice(start, end) !== entry.exactCase) return false;
  const before = /(\S+)\s*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^\s*([\p{L}]+)/u.exec(text.slice(end, end + 30))?.[1];
  return !isAllCapsWord(before?.replace(/\P{L}/gu, '')) && !isAllCapsWord(after);
}

function pick(text: string, start: number, end: number, list: GazetteerEntry[] | undefined): GazetteerEntry | null {
  return list?.find((entry) => surfaceFits(text, start, end, entry)) ?? null;
}

/** The key of the name made of the first `n` of `words`. */
function nameKey(words: readonly Word[], n: number): string {
  let key = words[0]!.key;
  for (let k = 1; k < n; k += 1) key += ` ${words[k]!.key}`;
  return key;
}

/** The longest gazetteer name starting with `first`; `counts` are the token counts of the names its key starts. */
function longestAt(text: string, first: Word, counts: readonly number[]): NameMatch | null {
  const { entries } = gazetteer();
  const words = wordsFrom(text, first, counts[0]!);
  for (const n of counts) {
    if (n > words.length) continue;
    const end = words[n - 1]!.end;
    const entry = pick(text, first.start, end, entries.get(nameKey(words, n)));
    if (entry) return { start: first.start, end, entry };
  }
  return null;
}

/**
 * The names inside a hyphen compound that is no name itself: the names before a lower-case tail
 * ("Lviv-based", "Kyiv-controlled"), or every part when all are names ("Poland-Ukraine"); none in an
 * organisation's name ("UK-Med"). `key` is the compound's folded key, `start` where it is written.
 */
function compoundParts(text: string, start: number, key: string): NameMatch[] {
  const { entries } = gazetteer();
  const parts: NameMatch[] = [];
  let offset = 0;
  for (const part of key.split('-')) {
    const at = start + offset;
    offset += part.length + 1;
    const entry = UPPER.test(text[at] ?? '') ? pick(text, at, at + part.length, entries.get(part)) : null;
    if (entry) parts.push({ start: at, end: at + part.length, entry });
    else return parts.length > 0 && !UPPER.test(text[at] ?? '') ? parts : [];
  }
  return parts;
}

/**
 * Finds gazetteer names in `text`, longest first, left to right, without overlaps. A name starts with
 * a capital; its words may be separated by whitespace only. Hyphen compounds yield the names
 * `compoundParts` finds in them.
 */
export function matchNames(text: string): NameMatch[] {
  const { heads } = gazetteer();
  const found: NameMatch[] = [];
  MAYBE_CAPITAL.lastIndex = 0;
  for (let maybe = MAYBE_CAPITAL.exec(text); maybe !== null; maybe = MAYBE_CAPITAL.exec(text)) {
    const start = maybe.index;
    const surface = maybe[1] ?? capitalWordAt(text, start);
    if (surface === null) continue;
    const key = keyOf(surface);
    const counts = heads.get(key);
    const match = counts ? longestAt(text, wordOf(surface, start, key), counts) : null;
    if (match) found.push(match);
    else if (key.includes('-')) found.push(...compoundParts(text, start, key));
    MAYBE_CAPITAL.lastIndex = match ? match.end : start + surface.length;
  }
  return found;
}
