import { fold } from './fold.js';
import { gazetteer, TOKEN, type GazetteerEntry } from './gazetteer.js';

/** A gazetteer name found in the text, before the refiners decide what it denotes. */
export interface NameMatch {
  start: number;
  end: number;
  entry: GazetteerEntry;
}

interface Token {
  start: number;
  end: number;
  key: string;
}

function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    let key = m[0];
    if (key.endsWith("'s")) key = key.slice(0, -2);
    tokens.push({ start: m.index, end: m.index + key.length, key });
  }
  return tokens;
}

const isCapitalized = (text: string, at: number): boolean => /\p{Lu}/u.test(text[at] ?? '');
const isAllCapsWord = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}{2,}$/u.test(word);

/** Whether an entry's spelling conditions hold for the surface `text.slice(start, end)`. */
function surfaceFits(text: string, start: number, end: number, entry: GazetteerEntry): boolean {
  if (!isCapitalized(text, start)) return false;
  if (entry.exactCase === null) return true;
  if (text.slice(start, end) !== entry.exactCase) return false;
  const before = /(\S+)\s*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^\s*([\p{L}]+)/u.exec(text.slice(end, end + 30))?.[1];
  return !isAllCapsWord(before?.replace(/\P{L}/gu, '')) && !isAllCapsWord(after);
}

function pick(text: string, start: number, end: number, list: GazetteerEntry[] | undefined): GazetteerEntry | null {
  return list?.find((entry) => surfaceFits(text, start, end, entry)) ?? null;
}

/**
 * Finds gazetteer names in `text`, longest first, left to right, without overlaps. Tokens of a name
 * may be separated by whitespace only. A hyphen compound whose head is a name ("Lviv-based") yields
 * the head.
 */
export function matchNames(text: string): NameMatch[] {
  const { entries, maxTokens } = gazetteer();
  const tokens = tokenize(fold(text));
  const found: NameMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    for (let n = Math.min(maxTokens, tokens.length - i); n >= 1 && matched === 0; n -= 1) {
      const run = tokens.slice(i, i + n);
      const joinedBySpace = run.every((t, k) => k === 0 || /^\s+$/.test(text.slice(run[k - 1]!.end, t.start)));
      if (!joinedBySpace) continue;
      const start = run[0]!.start;
      const end = run[n - 1]!.end;
      const entry = pick(text, start, end, entries.get(run.map((t) => t.key).join(' ')));
      if (entry) {
        found.push({ start, end, entry });
        matched = n;
      }
    }
    const token = tokens[i]!;
    if (matched === 0 && token.key.includes('-')) {
      const head = token.key.slice(0, token.key.indexOf('-'));
      const entry = pick(text, token.start, token.start + head.length, entries.get(head));
      if (entry) found.push({ start: token.start, end: token.start + head.length, entry });
    }
    i += Math.max(matched, 1);
  }
  return found;
}
