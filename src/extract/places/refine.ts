import type { PlaceMention } from '../types.js';
import type { PlaceRef } from './gazetteer.js';
import type { NameMatch } from './match.js';

const REGION_WORD = /^\s+(?:region|oblast)(?![\p{L}])/iu;
const REGIONS_WORD = /^\s*(?:regions|oblasts|oblasti)(?![\p{L}])/iu;
const LIST_GLUE = /^(?:\s*(?:,|\band\b|&|\bor\b)\s*|\s*\([^()]{0,60}\)\s*|\s+)/iu;

const SPACE_RUNS = /\s+/gu;

function mention(text: string, start: number, end: number, place: PlaceRef): PlaceMention {
  return { start, end, name: text.slice(start, end).replace(SPACE_RUNS, ' '), ...place };
}

/**
 * True when the names after `index` run on as a list that closes with "regions"/"oblasts"
 * ("Donetsk (government-controlled areas), Luhansk, Kharkiv … regions").
 */
function endsInRegions(text: string, matches: readonly NameMatch[], index: number): boolean {
  let at = matches[index]!.end;
  let next = index + 1;
  while (at < text.length) {
    const rest = text.slice(at);
    if (REGIONS_WORD.test(rest)) return true;
    const candidate = matches[next];
    const glue = LIST_GLUE.exec(rest)?.[0] ?? '';
    if (glue.length > 0) at += glue.length;
    else if (candidate?.start === at && (candidate.entry.kind === 'namesake' || candidate.entry.kind === 'admin1')) {
      at = candidate.end;
      next += 1;
    } else return false;
  }
  return false;
}

/**
 * Decides what each Ukrainian unit name denotes: an oblast when "Region"/"Oblast" follows (the word
 * joins the name as written) or a list ends in "regions"; otherwise a namesake name is its city.
 */
export function resolveUnits(text: string, matches: readonly NameMatch[]): PlaceMention[] {
  return matches.map((m, index) => {
    const { entry } = m;
    if (entry.kind !== 'namesake' && entry.kind !== 'admin1') return mention(text, m.start, m.end, entry.place);
    const asOblast = entry.oblast ?? entry.place;
    const suffix = REGION_WORD.exec(text.slice(m.end))?.[0];
    if (suffix) return mention(text, m.start, m.end + suffix.length, asOblast);
    if (endsInRegions(text, matches, index)) return mention(text, m.start, m.end, asOblast);
    return mention(text, m.start, m.end, entry.place);
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
  ORG_TAIL_BEFORE.lastIndex = place.start;
  if (!ORG_TAIL_BEFORE.test(text)) return false;
  const org = ORG_HEAD.exec(text.slice(Math.max(0, place.start - 160), place.start));
  return org !== null && (org[2] !== 'in' || SEATED_IN.test(org[1]!));
}

const LOCATIVE_BEFORE = /(?<![\p{L}])(?:in|to|from|near|at|via|across|into|towards|through|around|outside)\s+$/iu;

/** A name that is also a first name ("Sofia") counts only after a locative preposition. */
export function personLikeAllowed(text: string, start: number): boolean {
  return LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}
