import { AREA_ROWS, PERSON_LIKE_PLACES } from '../../data/areas.js';
import { COUNTRY_ROWS } from '../../data/countries.js';
import { CITY_UNITS, OBLAST_ROWS, UKRAINE_CITY_ROWS } from '../../data/ukraine.js';
import type { Place } from '../../schema/index.js';
import { fold } from './fold.js';

/** A place without the surface it was written with. */
export type PlaceRef = Omit<Place, 'name'>;

/**
 * What a gazetteer name denotes. `namesake` is a plain oblast name that is also its namesake city's
 * name (`Donetsk`): the city unless a "Region"/"Oblast" word or a list ending in "regions" says oblast.
 */
export interface GazetteerEntry {
  kind: 'country' | 'admin1' | 'namesake' | 'city' | 'area';
  place: PlaceRef;
  /** The oblast a `namesake` name means when a region word follows. */
  oblast: PlaceRef | null;
  /** All-capital abbreviations (UK, ARC) match only in that exact case. */
  exactCase: string | null;
  /** Names that are also first names: taken only after a locative preposition. */
  personLike: boolean;
}

export interface Gazetteer {
  /** Folded names (tokens joined by one space) to what they denote. */
  entries: Map<string, GazetteerEntry[]>;
  /** For each folded first token, the token counts of the names it starts, most first. */
  heads: Map<string, number[]>;
}

const UKR = 'UKR';
const TOKEN = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

/** Splits folded text into the tokens names are matched on. */
export function tokenKey(name: string): string {
  return (fold(name).match(TOKEN) ?? []).join(' ');
}

function fields(row: string): string[] {
  return row.split('|');
}

let cached: Gazetteer | null = null;

/** The gazetteer index, built on first use from the plain rows in src/data. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const entries = new Map<string, GazetteerEntry[]>();
  const personLike = new Set(PERSON_LIKE_PLACES.map(tokenKey));
  const add = (name: string, entry: Omit<GazetteerEntry, 'exactCase' | 'personLike'>): void => {
    const key = tokenKey(name);
    const exactCase = /^[A-Z]{2,5}$/.test(name) ? name : null;
    const list = entries.get(key) ?? [];
    list.push({ ...entry, exactCase, personLike: personLike.has(key) });
    entries.set(key, list);
  };

  for (const row of COUNTRY_ROWS) {
    const [iso3 = '', canonical = '', ...variants] = fields(row);
    const place: PlaceRef = { canonical, level: 'country', iso3, admin1Pcode: null, admin1Iso: null };
    for (const name of [canonical, ...variants]) add(name, { kind: 'country', place, oblast: null });
  }

  const isoByPcode = new Map(OBLAST_ROWS.map((row) => [fields(row)[0] ?? '', fields(row)[1] ?? '']));
  const cityUnits = new Set(CITY_UNITS);
  for (const row of OBLAST_ROWS) {
    const [pcode = '', iso = '', canonical = '', namesakes = '-', ...names] = fields(row);
    const isCity = cityUnits.has(pcode);
    const oblast: PlaceRef = { canonical, level: isCity ? 'city' : 'admin1', iso3: UKR, admin1Pcode: pcode, admin1Iso: iso };
    for (const name of names) add(name, { kind: isCity ? 'city' : 'admin1', place: oblast, oblast: null });
    if (namesakes === '-') continue;
    const spellings = namesakes.split(';').map((spelling) => spelling.split('@'));
    const [cityName = canonical, cityPcode = pcode] = spellings[0] ?? [];
    const city: PlaceRef = { canonical: cityName, level: 'city', iso3: UKR, admin1Pcode: cityPcode, admin1Iso: isoByPcode.get(cityPcode) ?? null };
    for (const [spelling = cityName] of spellings) add(spelling, { kind: 'namesake', place: city, oblast });
  }

  for (const row of UKRAINE_CITY_ROWS) {
    const [canonical = '', pcode = '', ...variants] = fields(row);
    const place: PlaceRef = { canonical, level: 'city', iso3: UKR, admin1Pcode: pcode, admin1Iso: isoByPcode.get(pcode) ?? null };
    for (const name of new Set([canonical, ...variants])) add(name, { kind: 'city', place, oblast: null });
  }

  for (const row of AREA_ROWS) {
    const [level = 'area', canonical = '', iso3 = '-', pcode = '-', ...variants] = fields(row);
    const place: PlaceRef = {
      canonical,
      level: level === 'city' ? 'city' : 'area',
      iso3: iso3 === '-' ? null : iso3,
      admin1Pcode: pcode === '-' ? null : pcode,
      admin1Iso: pcode === '-' ? null : (isoByPcode.get(pcode) ?? null),
    };
    for (const name of variants) add(name, { kind: place.level === 'city' ? 'city' : 'area', place, oblast: null });
  }

  const heads = new Map<string, number[]>();
  for (const key of entries.keys()) {
    const tokens = key.split(' ');
    const counts = heads.get(tokens[0]!) ?? [];
    if (!counts.includes(tokens.length)) counts.push(tokens.length);
    heads.set(tokens[0]!, counts.sort((a, b) => b - a));
  }
  cached = { entries, heads };
  return cached;
}
