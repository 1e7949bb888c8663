import { ANY_FRACTION, ANY_NUMBER_WORD, ANY_VAGUE, FRACTIONS, isNumberWord, MULTIPLIERS, TENS, UNITS, VAGUE } from './lexicon.js';
import { token, type NumberToken } from './token.js';

interface Word {
  lower: string;
  start: number;
  end: number;
}

const WORD = /\p{L}+/gu;
const SPACE = /^[ \t\u00A0\u202F\u2009]+$/;

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) words.push({ lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return words;
}

function gap(text: string, a: Word, b: Word): string {
  return text.slice(a.end, b.start);
}

function isSmall(w: string): boolean {
  return w in UNITS || w in TENS;
}

/** May `next` continue a number whose last word is `last`, given the text between them? */
function continues(last: string, next: string, between: string): boolean {
  if (between === '-') return last in TENS && next in UNITS && UNITS[next]! > 0 && UNITS[next]! < 10;
  if (!SPACE.test(between)) return false;
  if (isSmall(last) && isSmall(next)) return last in TENS && next in UNITS && UNITS[next]! < 10;
  return isNumberWord(next);
}

/** The value of a run of number words: "one hundred and twenty" → 120, "three dozen" → 36. */
export function valueOfWords(words: readonly string[]): number {
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w in UNITS) current += UNITS[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w === 'hundred' || w === 'dozen') current = (current || 1) * MULTIPLIERS[w]!;
    else if (w in MULTIPLIERS) {
      total += (current || 1) * MULTIPLIERS[w]!;
      current = 0;
    }
  }
  return total + current;
}

/** Where a run of number words starts at word `i`: the words it takes and a leading factor ("a", "half a"). */
function runAt(text: string, words: readonly Word[], i: number): { from: number; to: number; factor: number } | null {
  const w = words[i]!.lower;
  const next = words[i + 1];
  const afterNext = words[i + 2];
  const scaleFollows = (x: Word | undefined) => x !== undefined && x.lower in MULTIPLIERS;
  if (w === 'a' && next && scaleFollows(next) && SPACE.test(gap(text, words[i]!, next))) return { from: i, to: i + 1, factor: 1 };
  if (w === 'half' && next?.lower === 'a' && scaleFollows(afterNext) && afterNext!.lower !== 'hundred')
    return { from: i, to: i + 2, factor: 0.5 };
  if (isNumberWord(w)) return { from: i, to: i, factor: 1 };
  return null;
}

/** Numbers written in words: "five", "twenty-four", "one hundred and twenty", "a hundred", "Three dozen", "half a million". */
export function findWordNumbers(text: string): NumberToken[] {
  if (!ANY_NUMBER_WORD.test(text)) return [];
  const words = wordsOf(text);
  const found: NumberToken[] = [];
  let i = 0;
  while (i < words.length) {
    const run = runAt(text, words, i);
    if (!run) {
      i++;
      continue;
    }
    let last = run.to;
    for (;;) {
      const cur = words[last]!;
      const next = words[last + 1];
      if (next && continues(cur.lower, next.lower, gap(text, cur, next))) {
        last++;
        continue;
      }
      const afterAnd = words[last + 2];
      if (
        next?.lower === 'and' &&
        afterAnd &&
        cur.lower in MULTIPLIERS &&
        isSmall(afterAnd.lower) &&
        SPACE.test(gap(text, cur, next)) &&
        SPACE.test(gap(text, next, afterAnd))
      ) {
        last += 2;
        continue;
      }
      break;
    }
    const numberWords = words.slice(run.to, last + 1).map((w) => w.lower);
    const value = valueOfWords(numberWords) * run.factor;
    const closing = numberWords[numberWords.length - 1]!;
    const scale = closing in MULTIPLIERS && MULTIPLIERS[closing]! >= 1e3 ? MULTIPLIERS[closing]! : 1;
    found.push(token(text, words[run.from]!.start, words[last]!.end, value, 'words', scale));
    i = last + 1;
  }
  return found;
}

const VAGUE_RE = /\b(?:(tens|dozens|hundreds)\s+of\s+)?(dozens|hundreds|thousands|millions|billions)\b/giu;

/** Vague amounts: "thousands" (1000), "tens of thousands" (10000), "dozens" (12); `vague` is set, the value is the base. */
export function findVagueNumbers(text: string): NumberToken[] {
  if (!ANY_VAGUE.test(text)) return [];
  return [...text.matchAll(VAGUE_RE)].map((m) => {
    const base = VAGUE[m[2]!.toLowerCase()]!;
    const times = m[1] ? VAGUE[m[1].toLowerCase()]! : 1;
    return token(text, m.index, m.index + m[0].length, base * times, 'vague');
  });
}

const FRACTION_RE = /\b(?:(?:a|one)\s+(half|third|quarter|fifth|tenth)|(?<!\b(?:first|second|1st|2nd|latter|last|past|next|other)\s+)(half))\s+of\b/giu;
/**
 * Fractions of several parts: "two-thirds", "three-quarters", "three fourths were …". Written apart,
 * they must lead to what they divide ("of", or a verb), so that "the last two quarters" stays a period.
 */
const PARTS_RE = /\b(one|two|three|four|five|six|seven|eight|nine)(?:-|\s+(?=\p{L}+\s+(?:of|were|are|was|is|said|reported|have|had)\b))(third|quarter|fourth|fifth|tenth)s?\b/giu;
/** A fraction in per cent to one decimal, as reports write shares: 2/3 → 66.7. */
const asShare = (part: number, whole: number): number => Math.round((part * 1000) / whole) / 10;

const NUMERATORS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const PARTS: Readonly<Record<string, number>> = { third: 3, quarter: 4, fourth: 4, fifth: 5, tenth: 10 };

/**
 * Fractions of a group, read as a share: "a fifth of all respondents" → 20, "three-quarters of
 * respondents" → 75 (per cent). A half named by its place ("the first half of 2023", "the latter half of
 * the year") is a period, not a share.
 */
export function findFractions(text: string): NumberToken[] {
  if (!ANY_FRACTION.test(text)) return [];
  const found: NumberToken[] = [];
  for (const m of text.matchAll(PARTS_RE)) {
    const parts = NUMERATORS[m[1]!.toLowerCase()]!;
    const whole = PARTS[m[2]!.toLowerCase()]!;
    if (parts < whole) found.push(token(text, m.index, m.index + m[0].length, asShare(parts, whole), 'fraction'));
  }
  for (const m of text.matchAll(FRACTION_RE)) {
    const name = (m[1] ?? m[2]!).toLowerCase();
    const end = text.slice(m.index, m.index + m[0].length - 'of'.length).trimEnd().length + m.index;
    if (!found.some((f) => m.index < f.end && f.start < end)) found.push(token(text, m.index, end, FRACTIONS[name]!, 'fraction'));
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether a text may hold a ratio: a cheap test before looking for one. */
export const ANY_RATIO = /(?:1|[oO]ne|[tT]wo|[tT]hree|[fF]our|[fF]ive|[sS]ix|[sS]even|[eE]ight|[nN]ine)\s+(?:in|out\s+of)\s+[\da-z]/;

const RATIO_RE = /\b(1|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\b(?=\s+\p{L})(?!\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\b)/giu;

function smallNumber(word: string): number {
  const lower = word.toLowerCase();
  return /^\d/.test(lower) ? Number(lower) : lower === 'hundred' ? 100 : (UNITS[lower] ?? TENS[lower] ?? Number.NaN);
}

/**
 * Ratios of a group, read as a share: "1 in 3 children" → 33.3, "one out of five households" → 20 (per
 * cent). A part written in digits is 1: "5 in 10 regions" counts something in ten regions.
 */
export function findRatios(text: string): NumberToken[] {
  if (!ANY_RATIO.test(text)) return [];
  const found: NumberToken[] = [];
  for (const m of text.matchAll(RATIO_RE)) {
    const [part, whole] = [smallNumber(m[1]!), smallNumber(m[2]!)];
    if (part >= 1 && whole > part) found.push(token(text, m.index, m.index + m[0].length, asShare(part, whole), 'fraction'));
  }
  return found;
}
