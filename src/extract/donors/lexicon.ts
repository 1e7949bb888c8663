import { COUNTRY_ROWS } from '../../data/countries.js';
import { DEMONYMS, DONOR_ROWS, NON_DONORS } from '../../data/donors.js';
import type { Donor } from '../../schema/index.js';
import { endAt, execAt } from '../sticky.js';

/** A donor without the surface it was written with. */
export type DonorRef = Omit<Donor, 'name'>;

export interface Spelling {
  text: string;
  donor: DonorRef | null;
  /** A bare country name: a donor only where a funding phrase says so. */
  country: boolean;
}

export interface Lexicon {
  /**
   * Spellings by their key (their text with every `’` written `'`), in the order they were added.
   * Spellings separate words with one space, never another whitespace.
   */
  byKey: Map<string, Spelling[]>;
  /** For each head (first run of letters/digits), the lengths of its spellings. */
  heads: Map<string, HeadLengths>;
}

/** The lengths of the spellings that start with one head. */
export interface HeadLengths {
  longest: number;
  all: Set<number>;
}

/** Agencies whose country offices ("IOM Romania") implement, never fund. */
const COUNTRY_OFFICES = ['IOM', 'UNHCR', 'UNICEF', 'WFP', 'UNDP', 'WHO', 'UNFPA'];

const HEAD = /[\p{L}\p{N}]+/uy;
const SPACE_RUN = /\s+/y;
const SPACE_RUNS = /\s+/g;
const WORD_UNIT = /[\p{L}\p{N}]/u;
/** A run of UTF-16 units that are each a letter or digit (the two units of an astral letter are not). */
const WORD_UNITS = /(?:(?![\u{10000}-\u{10ffff}])[\p{L}\p{N}])+/uy;

/** The first run of letters/digits at `at`, or ''. */
function headAt(text: string, at: number): string {
  return execAt(HEAD, text, at)?.[0] ?? '';
}

const keyOf = (spelling: string): string => spelling.replaceAll('’', "'");
/** Whether the UTF-16 unit at `i` (none past the end) is a letter or digit on its own. */
const isWordUnitAt = (text: string, i: number): boolean => i < text.length && WORD_UNIT.test(text[i]!);

function governmentName(country: string): string {
  return /^(United|Netherlands|Republic|Russian|Philippines|Czech)/.test(country) ? `Government of the ${country}` : `Government of ${country}`;
}

let cached: Lexicon | null = null;

/** The donor lexicon index, built on first use from src/data/donors.ts and the country table. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const byKey = new Map<string, Spelling[]>();
  const heads = new Map<string, HeadLengths>();
  const add = (text: string, donor: DonorRef | null, country = false): void => {
    const key = keyOf(text);
    const list = byKey.get(key) ?? [];
    list.push({ text, donor, country });
    byKey.set(key, list);
    const head = headAt(text, 0);
    const lengths = heads.get(head) ?? { longest: 0, all: new Set<number>() };
    lengths.longest = Math.max(lengths.longest, text.length);
    lengths.all.add(text.length);
    heads.set(head, lengths);
  };
  const governments = new Map<string, { names: string[]; donor: DonorRef }>();
  for (const row of COUNTRY_ROWS) {
    const [iso3 = '', canonical = '', ...variants] = row.split('|');
    const donor: DonorRef = { canonical: governmentName(canonical), iso3, type: 'government' };
    const names = [canonical, ...variants].filter((name) => !/^[A-Z]{2,4}$/.test(name));
    governments.set(iso3, { names, donor });
    for (const name of names) {
      add(name, donor, true);
      add(governmentName(name), donor);
      add(`Government of ${name}`, donor);
      add(`${name} Government`, donor);
      add(`Embassy of ${name}`, donor);
      add(`Embassy of the ${name}`, donor);
      add(`Ministry of Foreign Affairs of ${name}`, donor);
      add(`people of ${name}`, donor);
      for (const office of COUNTRY_OFFICES) add(`${office} ${name}`, null);
    }
  }
  for (const row of DEMONYMS) {
    const [iso3 = '', ...demonyms] = row.split('|');
    const government = governments.get(iso3);
    if (!government) continue;
    for (const demonym of demonyms) {
      for (const noun of ['Government', 'government', 'Embassy', 'Ministry of Foreign Affairs', 'Foreign Ministry']) {
        add(`${demonym} ${noun}`, government.donor);
      }
    }
  }
  for (const row of DONOR_ROWS) {
    const [type = 'government', canonical = '', iso3 = '-', ...spellings] = row.split('|');
    const donor = { canonical, iso3: iso3 === '-' ? null : iso3, type } as DonorRef;
    for (const spelling of spellings) add(spelling, donor);
  }
  for (const name of NON_DONORS) add(name, null);
  cached = { byKey, heads };
  return cached;
}

/** End of `spelling` matched at `at` (any whitespace run stands for a space), or -1. */
function matchSpelling(text: string, at: number, spelling: string): number {
  let i = at;
  for (let k = 0; k < spelling.length; k += 1) {
    const ch = spelling[k]!;
    if (ch === ' ') {
      i = endAt(SPACE_RUN, text, i);
      if (i < 0) return -1;
    } else if (i < text.length && (text[i] === ch || (ch === '’' && text[i] === "'"))) i += 1;
    else return -1;
  }
  return isWordUnitAt(text, i) ? -1 : i;
}

/** The key of the text from `at` to `end` as spellings are keyed: whitespace runs as one space, `’` as `'`. */
function keyBetween(text: string, at: number, end: number): string {
  return text.slice(at, end).replace(SPACE_RUNS, ' ').replaceAll('’', "'");
}

/**
 * Where a spelling written at `at` could end (before a unit that is no letter or digit), with the
 * length of the text up to there keyed like spellings (see `keyBetween`), shortest first, none
 * longer than `limit` units of spelling.
 */
function possibleEnds(text: string, at: number, limit: number): { length: number; end: number }[] {
  const ends: { length: number; end: number }[] = [];
  let length = 0;
  let i = at;
  while (i < text.length && length < limit) {
    const wordEnd = endAt(WORD_UNITS, text, i);
    const spaceEnd = wordEnd < 0 ? endAt(SPACE_RUN, text, i) : -1;
    length += wordEnd >= 0 ? wordEnd - i : 1;
    i = wordEnd >= 0 ? wordEnd : spaceEnd >= 0 ? spaceEnd : i + 1;
    if (length <= limit && !isWordUnitAt(text, i)) ends.push({ length, end: i });
  }
  return ends;
}

/**
 * The longest lexicon spelling written at `at` (the first added among equally long ones), with its end.
 * Only the ends whose key is as long as a spelling of the head have their key built and looked up.
 */
export function spellingAt(text: string, at: number): { spelling: Spelling; end: number } | null {
  const { byKey, heads } = lexicon();
  const lengths = heads.get(headAt(text, at));
  if (lengths === undefined) return null;
  const ends = possibleEnds(text, at, lengths.longest);
  for (let k = ends.length - 1; k >= 0; k -= 1) {
    const { length, end } = ends[k]!;
    if (!lengths.all.has(length)) continue;
    const spelling = byKey.get(keyBetween(text, at, end))?.find((candidate) => matchSpelling(text, at, candidate.text) === end);
    if (spelling) return { spelling, end };
  }
  return null;
}
