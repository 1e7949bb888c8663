import { fold } from './fold.js';
import { gazetteer, type GazetteerEntry } from './gazetteer.js';

/** A gazetteer name found in the text, before the refiners decide what it denotes. */
export interface NameMatch {
  start: number;
  end: number;
  entry: GazetteerEntry;
}

/** A word of the text: its folded key (without a possessive "'s", which `end` then excludes) is read by `keyOf`. */
interface Token {
  start: number;
  end: number;
  surface: string;
  key: string | null;
}

/** Tokens as `tokenKey` splits names, read from unfolded text (curly apostrophes join like straight ones). */
const RAW_TOKEN = /[\p{L}\p{N}]+(?:[-'’ʼ‘][\p{L}\p{N}]+)*/gu;

const tokenize = (text: string): Token[] =>
  Array.from(text.matchAll(RAW_TOKEN), (m) => ({ start: m.index, end: m.index + m[0].length, surface: m[0], key: null }));

/** The token's folded key, computed once; folding only the words a name could start with keeps matching cheap. */
function keyOf(token: Token): string {
  if (token.key === null) {
    token.key = fold(token.surface);
    if (token.key.endsWith("'s")) {
      token.key = token.key.slice(0, -2);
      token.end -= 2;
    }
  }
  return token.key;
}

const UPPER = /\p{Lu}/u;
const ALL_CAPS_WORD = /^\p{Lu}{2,}$/u;
const isAllCapsWord = (word: string | undefined): boolean => word !== undefined && ALL_CAPS_WORD.test(word);

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

const SPACES = /^\s+$/u;

/** Whether tokens `from`…`to` (inclusive) are separated by whitespace only. */
function joinedBySpace(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k += 1) if (!SPACES.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
  return true;
}

/** The longest gazetteer name starting at token `i`, as [its entry, its token count]. */
function longestAt(text: string, tokens: readonly Token[], i: number): [GazetteerEntry, number] | null {
  const { entries, heads } = gazetteer();
  for (const n of heads.get(keyOf(tokens[i]!)) ?? []) {
    if (i + n > tokens.length) continue;
    let key = keyOf(tokens[i]!);
    for (let k = i + 1; k < i + n; k += 1) key += ` ${keyOf(tokens[k]!)}`;
    if (!joinedBySpace(text, tokens, i, i + n - 1)) continue;
    const entry = pick(text, tokens[i]!.start, tokens[i + n - 1]!.end, entries.get(key));
    if (entry) return [entry, n];
  }
  return null;
}

/**
 * The names inside a hyphen compound that is no name itself: the names before a lower-case tail
 * ("Lviv-based", "Kyiv-controlled"), or every part when all are names ("Poland-Ukraine"); none in an
 * organisation's name ("UK-Med").
 */
function compoundParts(text: string, token: Token): NameMatch[] {
  const { entries } = gazetteer();
  const key = keyOf(token);
  const parts: NameMatch[] = [];
  let start = 0;
  for (const part of key.split('-')) {
    const at = token.start + start;
    start += part.length + 1;
    const entry = UPPER.test(text[at] ?? '') ? pick(text, at, at + part.length, entries.get(part)) : null;
    if (entry) parts.push({ start: at, end: at + part.length, entry });
    else return parts.length > 0 && !UPPER.test(text[at] ?? '') ? parts : [];
  }
  return parts;
}

/**
 * Finds gazetteer names in `text`, longest first, left to right, without overlaps. A name starts with
 * a capital; its tokens may be separated by whitespace only. Hyphen compounds yield the names
 * `compoundParts` finds in them.
 */
export function matchNames(text: string): NameMatch[] {
  const tokens = tokenize(text);
  const found: NameMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const match = UPPER.test(text[token.start]!) ? longestAt(text, tokens, i) : null;
    if (match) {
      found.push({ start: token.start, end: tokens[i + match[1] - 1]!.end, entry: match[0] });
      i += match[1];
      continue;
    }
    if (token.surface.includes('-') && UPPER.test(text[token.start]!)) found.push(...compoundParts(text, token));
    i += 1;
  }
  return found;
}
