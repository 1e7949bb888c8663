import { COUNTRY_ROWS } from '../../data/countries.js';
import { DEMONYMS, DONOR_ROWS, NON_DONORS } from '../../data/donors.js';
import type { Donor } from '../../schema/index.js';

/** A donor without the surface it was written with. */
export type DonorRef = Omit<Donor, 'name'>;

export interface Spelling {
  text: string;
  donor: DonorRef | null;
  /** A bare country name: a donor only where a funding phrase says so. */
  country: boolean;
}

export interface Lexicon {
  /** Spellings by their first run of letters/digits, longest first. */
  byHead: Map<string, Spelling[]>;
}

/** Agencies whose country offices ("IOM Romania") implement, never fund. */
const COUNTRY_OFFICES = ['IOM', 'UNHCR', 'UNICEF', 'WFP', 'UNDP', 'WHO', 'UNFPA'];

const HEAD = /^[\p{L}\p{N}]+/u;
const headOf = (text: string): string => HEAD.exec(text)?.[0] ?? '';

function governmentName(country: string): string {
  return /^(United|Netherlands|Republic|Russian|Philippines|Czech)/.test(country) ? `Government of the ${country}` : `Government of ${country}`;
}

let cached: Lexicon | null = null;

/** The donor lexicon index, built on first use from src/data/donors.ts and the country table. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const byHead = new Map<string, Spelling[]>();
  const add = (text: string, donor: DonorRef | null, country = false): void => {
    const list = byHead.get(headOf(text)) ?? [];
    list.push({ text, donor, country });
    byHead.set(headOf(text), list);
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
  for (const list of byHead.values()) list.sort((a, b) => b.text.length - a.text.length);
  cached = { byHead };
  return cached;
}

/** End of `spelling` matched at `at` (any whitespace run stands for a space), or -1. */
function matchSpelling(text: string, at: number, spelling: string): number {
  let i = at;
  for (let k = 0; k < spelling.length; k += 1) {
    const ch = spelling[k]!;
    if (ch === ' ') {
      if (!/\s/.test(text[i] ?? '')) return -1;
      while (/\s/.test(text[i] ?? '')) i += 1;
    } else if (text[i] === ch || (ch === '’' && text[i] === "'")) i += 1;
    else return -1;
  }
  return /[\p{L}\p{N}]/u.test(text[i] ?? '') ? -1 : i;
}

/** The longest lexicon spelling written at `at`, with its end. */
export function spellingAt(text: string, at: number): { spelling: Spelling; end: number } | null {
  const candidates = lexicon().byHead.get(headOf(text.slice(at, at + 60))) ?? [];
  for (const spelling of candidates) {
    const end = matchSpelling(text, at, spelling.text);
    if (end > 0) return { spelling, end };
  }
  return null;
}
