import type { PlaceMention } from '../types.js';
import type { PlaceRef } from './gazetteer.js';
import type { NameMatch } from './match.js';
import { execAt, testAt } from '../sticky.js';

/** A unit word right after one name, which joins the name as written ("Donetsk Region"). */
const REGION_WORD = /^\s+(?:region|oblast|province)(?![\p{L}])/iu;
/** What may join the names of a list: commas, "and", "or", "&", a parenthesis ("(government-controlled areas)"), spaces. */
const LIST_GLUE = /\s*(?:,|\band\b|&|\bor\b)\s*|\s*\([^()]{0,60}\)\s*|\s+/iuy;
/** A glue word that closes a list: "Kherson and Mykolaiv". */
const JOINING_WORD = /\band\b|&|\bor\b/iu;
/**
 * The unit noun after a list of names, maybe after a word describing the units ("border", "frontline").
 * Group 1 holds that word, group 2 a plural noun; without group 2 the noun is singular.
 */
const CLOSING_UNIT =
  /\s*(?:(border|bordering|frontline|front-line|neighbouring|neighboring|conflict-affected|war-affected|de-occupied|liberated)\s+)?(?:(regions|oblasts|oblasti|provinces)|region|oblast|province)(?![\p{L}])/iuy;
/** A plural unit noun and "of" before a list of names: "in the oblasts of Donetsk and Luhansk". */
const UNITS_OF_BEFORE = /(?:^|[^\p{L}])(?:regions|oblasts|oblasti|provinces)\s+of\s+(?:the\s+)?$/iu;

const SPACE_RUNS = /\s+/gu;
/** Whitespace other than a single space between two non-spaces: what `SPACE_RUNS` would rewrite. */
const ODD_SPACE = /[^\S ]|\s\s/u;

/** The surface of a name with its whitespace runs as one space; read unchanged when it has none to rewrite. */
function surfaceOf(text: string, start: number, end: number): string {
  const surface = text.slice(start, end);
  return ODD_SPACE.test(surface) ? surface.replace(SPACE_RUNS, ' ') : surface;
}

function mention(text: string, start: number, end: number, place: PlaceRef): PlaceMention {
  return { start, end, name: surfaceOf(text, start, end), ...place };
}

/** A name that may denote a first-level unit: an oblast's own name or its namesake city's. */
const isUnitName = (m: NameMatch): boolean => m.entry.kind === 'namesake' || m.entry.kind === 'admin1';

/** The first-level unit a unit name denotes when read as one. */
const oblastOf = (m: NameMatch): PlaceRef => m.entry.oblast ?? m.entry.place;

/** A list of unit names: the indexes of its first and last match, and whether a joining word precedes the last (never for one name). */
interface NameList {
  first: number;
  last: number;
  joined: boolean;
}

/** Where the glue of a list that starts at `at` ends, and whether it holds a joining word; null when none starts there. */
function glueAt(text: string, at: number): { end: number; joining: boolean } | null {
  const glue = execAt(LIST_GLUE, text, at);
  return glue ? { end: at + glue[0].length, joining: JOINING_WORD.test(glue[0]) } : null;
}

/** The list of unit names that starts with `matches[first]`, running on through glue to each next unit name. */
function listFrom(text: string, matches: readonly NameMatch[], first: number): NameList {
  const list: NameList = { first, last: first, joined: false };
  let at = matches[first]!.end;
  let joining = false;
  for (let next = first + 1; next < matches.length && isUnitName(matches[next]!); next += 1) {
    const start = matches[next]!.start;
    while (at < start) {
      const glue = glueAt(text, at);
      if (glue === null || glue.end > start) return list;
      joining ||= glue.joining;
      at = glue.end;
    }
    if (at !== start) return list;
    list.last = next;
    list.joined = joining;
    joining = false;
    at = matches[next]!.end;
  }
  return list;
}

/**
 * Whether a unit noun closes the list: a plural ("Kherson and Donetsk regions"), or a singular after a
 * describing word ("Sumy border region") or after names joined by "and" ("Donetsk and Luhansk region").
 * Glue (a parenthesis) may stand before the noun.
 */
function closesWithUnit(text: string, matches: readonly NameMatch[], list: NameList): boolean {
  let at = matches[list.last]!.end;
  for (;;) {
    const unit = execAt(CLOSING_UNIT, text, at);
    if (unit) return unit[2] !== undefined || unit[1] !== undefined || list.joined;
    const glue = glueAt(text, at);
    if (glue === null) return false;
    at = glue.end;
  }
}

/** Whether the list opens after a plural unit noun and "of" ("the regions of Kharkiv, Sumy and Chernihiv"). */
function opensWithUnits(text: string, matches: readonly NameMatch[], list: NameList): boolean {
  const start = matches[list.first]!.start;
  return UNITS_OF_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * The indexes of the unit names that denote their first-level unit because the list they stand in
 * closes or opens with a unit noun. A name whose unit another name of the list also denotes stays a
 * city ("Kharkiv and Kharkiv region"). Reads each list once.
 */
function namesInUnitLists(text: string, matches: readonly NameMatch[]): Set<number> {
  const asUnits = new Set<number>();
  for (let first = 0; first < matches.length; first += 1) {
    if (!isUnitName(matches[first]!)) continue;
    const list = listFrom(text, matches, first);
    if (closesWithUnit(text, matches, list) || opensWithUnits(text, matches, list)) {
      const members = matches.slice(list.first, list.last + 1);
      members.forEach((m, k) => {
        const pcode = oblastOf(m).admin1Pcode;
        if (!members.some((other, j) => j !== k && oblastOf(other).admin1Pcode === pcode)) asUnits.add(list.first + k);
      });
    }
    first = list.last;
  }
  return asUnits;
}

/**
 * Decides what each Ukrainian unit name denotes: an oblast when "Region"/"Oblast" follows (the word
 * joins the name as written) or when it stands in a list of names closed by "regions"/"oblasts" (or a
 * singular after "and") or opened by "regions of"; otherwise a namesake name is its city.
 */
export function resolveUnits(text: string, matches: readonly NameMatch[]): PlaceMention[] {
  const inUnitLists = namesInUnitLists(text, matches);
  return matches.map((m, index) => {
    const { entry } = m;
    if (!isUnitName(m)) return mention(text, m.start, m.end, entry.place);
    const suffix = REGION_WORD.exec(text.slice(m.end))?.[0];
    if (suffix) return mention(text, m.start, m.end + suffix.length, oblastOf(m));
    return mention(text, m.start, m.end, inUnitLists.has(index) ? oblastOf(m) : entry.place);
  });
}

const DIRECTION_BEFORE = /(?<![\p{L}])((?:north|south|east|west)(?:-?(?:east|west))?ern|central)\s+$/iu;
const DIRECTION_OF_BEFORE = /(?<![\p{L}])((?:north|south|east|west)(?:-?(?:east|west))?)\s+of\s+(?:the\s+)?$/iu;

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/** "eastern Ukraine", "East of Ukraine": an area of the country, keeping its ISO3. */
export function withDirection(text: string, place: PlaceMention): PlaceMention {
  if (place.level !== 'country') return place;
  const before = text.slice(Math.max(0, place.start - 40), place.start);
  const adjective = DIRECTION_BEFORE.exec(before);
  const noun = adjective ? null : DIRECTION_OF_BEFORE.exec(before);
  const found = adjective ?? noun;
  if (!found) return place;
  const start = place.start - before.length + found.index;
  const direction = adjective ? found[1]! : `${found[1]!}ern`;
  return {
    ...place,
    start,
    name: text.slice(start, place.end).replace(SPACE_RUNS, ' '),
    canonical: `${capitalize(direction)} ${place.canonical}`,
    level: 'area',
  };
}

const ORG_HEAD =
  /(?<![\p{L}])(Ministry|Ministries|Appeal|Plan|Government|Governments|Embassy|Embassies|Ambassadors?|Consulates?|Mission|Service|Office|Parliament|Cabinet|Council|Agency|Department|Police|Ombudsman|Ombudsperson|Commissioner|President|Minister|Bank|University|Institute|Committee|Verkhovna Rada|Armed Forces|Academy|Prosecutor|Court)(?:\s+(?:of|for|and|the|on|in|to|&)|\s+\p{Lu}[\p{L}’'-]*|\s+\(\p{Lu}{2,}\))*\s+(of|in|to|for|and)\s+(?:the\s+)?$/u;
const SEATED_IN = /^(?:Embassy|Embassies|Ambassadors?|Consulates?|Mission|Office)$/u;
/** How `ORG_HEAD` ends, checked first at the place alone: most places are not so preceded. */
const ORG_TAIL_BEFORE = /(?<=\s(?:of|in|to|for|and)\s+(?:the\s+)?)/y;

/** A country or city written as part of an organisation's name ("Ministry of Social Policy of Ukraine"). */
export function isPartOfOrganisation(text: string, place: PlaceMention): boolean {
  if (!testAt(ORG_TAIL_BEFORE, text, place.start)) return false;
  const org = ORG_HEAD.exec(text.slice(Math.max(0, place.start - 160), place.start));
  return org !== null && (org[2] !== 'in' || SEATED_IN.test(org[1]!));
}

const LOCATIVE_BEFORE = /(?<![\p{L}])(?:in|to|from|near|at|via|across|into|towards|through|around|outside)\s+$/iu;

/** A name that is also a first name ("Sofia") counts only after a locative preposition. */
export function personLikeAllowed(text: string, start: number): boolean {
  return LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}
