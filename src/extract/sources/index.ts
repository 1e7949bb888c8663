import type { SourceMention } from '../types.js';

/** Organisations reports cite for their figures, by the short names they are cited with. */
const KNOWN_SOURCES =
  /^(?:UN|IOM|DTM|OCHA|UNHCR|WHO|OHCHR|UNICEF|WFP|UNDP|UNFPA|UNESCO|ILO|FAO|REACH|ACLED|ACAPS|IDMC|HRMMU|OSCE|SMM|SBGS|MoSP|NBU|DESA|World Bank|Eurostat|CCCM|IMPACT)$/u;
const ORG_WORD =
  /(?<![\p{L}])(?:Ministry|Office|Service|Agency|Department|Government|Council|Commission|Commissioner|Bank|Cluster|Authority|Police|Institute|Organi[sz]ation|Programme|Fund|Bureau|Committee|Mission|Cent(?:re|er)|University|Statistics|Guard)(?![\p{L}])/u;
const NOT_SOURCES = /^(?:IDPs?|NGOs?|TCNs?|COVID|EECPs?|HIGHLIGHTS)$/u;

/** Capitalised words and parenthesised acronyms joined by of/for/on/the/and: an organisation's name. */
const ORG_CHAIN = String.raw`(?:\p{Lu}[\p{L}’'.-]*|\(\p{Lu}[\p{L}]{1,7}\))(?:\s+(?:(?:of|for|on|the|and|&)\s+)*(?:\p{Lu}[\p{L}’'.-]*|\(\p{Lu}[\p{L}]{1,7}\)))*`;

const ACCORDING_TO = new RegExp(
  String.raw`(?<![\p{L}])[Aa]ccording\s+to\s+(?:the\s+)?(?:(?:latest|recent|most\s+recent|new|official|preliminary|an?)\s+)*(?:(?:[Rr]ound\s+\d+|(?:survey|report|data|findings|results|figures)(?:\s+\w+)?)\s+(?:of|by|from)\s+(?:the\s+)?)?(${ORG_CHAIN})`,
  'gu',
);
/** A name starts with a capital or a parenthesis: the lookahead rules out most places before the costlier lookbehind. */
const REPORTING_VERB = new RegExp(
  String.raw`(?=[A-Z(]|[^\0-\x7f])(?<![\p{L}])(${ORG_CHAIN})(?:’s|'s)?\s+(?:(?:recently|also|has|have|had|further|latest)\s+)*(?:reports?(?=\s*(?:[.,;:]|$|that\b|\d|over\b|more\b|almost\b|nearly\b|some\b|about\b|around\b|at\s+least\b))|reported|estimates?|estimated|found|finds|recorded|registered|notes?|noted|confirmed|verified|(?:data|figures|statistics)\s+(?:indicates?|shows?|suggests?|reveals?))(?![\p{L}])`,
  'gu',
);
/** "IDPs registered by the Ministry of Social Policy", "cases verified by OHCHR": the organisation that counted. */
const COUNTED_BY = new RegExp(
  String.raw`(?<![\p{L}])(?:registered|recorded|reported|verified|confirmed|estimated|documented)\s+by\s+(?:the\s+)?(${ORG_CHAIN})`,
  'gu',
);
/** "Data from the Protection Cluster show", "figures by the Ministry of Health indicate". */
const DATA_FROM = new RegExp(
  String.raw`(?<![\p{L}])(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Ee]stimates)\s+(?:from|by|of)\s+(?:the\s+)?(${ORG_CHAIN})\s+(?:shows?|indicates?|suggests?|reveals?|confirms?)(?![\p{L}])`,
  'gu',
);
/** "The National Monitoring System (NMS) Report, Round 9, showed": a named study that shows a figure. */
const STUDY_SHOWS = new RegExp(
  String.raw`(?<![\p{L}])(${ORG_CHAIN})\s+(?:[Rr]eport|[Ss]urvey|[Aa]ssessment|[Ss]tudy|[Aa]nalysis)(?:,?\s+[Rr]ound\s+\d+,?)?\s+(?:showed|shows|found|finds|indicated|indicates|revealed|reveals|suggested|suggests)(?![\p{L}])`,
  'gu',
);
/** Unnamed authorities and partners a figure is attributed to: "Local authorities estimate", "according to the regional military administration". */
const AUTHORITIES = String.raw`(?:[Ll]ocal|[Rr]egional|[Oo]blast|[Nn]ational|[Ss]tate|[Mm]ilitary|[Cc]ity|[Mm]unicipal|[Hh]umanitarian)\s+(?:[a-z]+\s+)?(?:authorities|administrations?|partners|officials)`;
const AUTHORITIES_SAY = new RegExp(
  String.raw`(?<![\p{L}])(?:[Aa]ccording\s+to\s+(?:the\s+)?(${AUTHORITIES})|(${AUTHORITIES})\s+(?:estimate|estimated|report|reported|say|said|indicate|indicated)(?![\p{L}]))`,
  'u',
);
/** A word every reporting verb above starts with, after the space before it. */
const REPORTING_HINT = /\s(?:report|estimate|found|finds|record|registered|note|confirmed|verified|documented|data|figures|statistics)/;
/** What `DATA_FROM` or `STUDY_SHOWS` needs: data from someone, or a study with a verb of showing. */
const SHOWING_HINT = /(?:ata|igures|tatistics|stimates)\s+(?:from|by|of)\s|(?:eport|urvey|ssessment|tudy|nalysis)(?:,?\s+[Rr]ound\s+\d+,?)?\s+(?:show|found|finds|indicat|reveal|suggest)/;
const PARENTHESIS = /\(([^()]{2,80})\)/gu;

const trimName = (name: string): string =>
  name
    .replace(/^the\s+/iu, '')
    .replace(/(?<!\b\p{Lu})\.$/u, '')
    .replace(/(?:’s|'s)$/u, '')
    .replace(/\s+/gu, ' ');

/** A source mention whose span covers exactly the trimmed name. */
function located(start: number, raw: string): SourceMention {
  const name = trimName(raw);
  const offset = raw.indexOf(name.split(' ')[0] ?? name);
  const end = start + raw.trimEnd().replace(/[.’']s?$/u, '').length;
  return { start: start + Math.max(0, offset), end, name };
}

/** A word without its possessive "'s" or "’s". */
const withoutPossessive = (word: string): string => (word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word);

/** Whether a capitalised chain names an organisation that can be cited (not "IDPs", not "In February"). */
function isOrganisation(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length === 1 && NOT_SOURCES.test(name)) return false;
  if (ORG_WORD.test(name)) return true;
  return words.some((word) => KNOWN_SOURCES.test(withoutPossessive(word)) || (/^\(?\p{Lu}{2,6}\)?$/u.test(word) && !NOT_SOURCES.test(word.replace(/[()]/gu, ''))));
}

function fromAccordingTo(text: string): SourceMention | null {
  if (!text.includes('ccording')) return null;
  for (const m of text.matchAll(ACCORDING_TO)) {
    const name = m[1]!;
    if (!isOrganisation(trimName(name))) continue;
    return located(m.index + m[0].length - name.length, name);
  }
  return null;
}

/** The source a parenthesis names: `inner`, its trimmed text written at `start`, is or starts with one. */
function sourceIn(inner: string, start: number): SourceMention | null {
  const head = /^\p{Lu}{2,}(?:\s+\p{Lu}{2,})*/u.exec(inner)?.[0] ?? /^[\p{L}]+/u.exec(inner)?.[0] ?? '';
  if (head.split(/\s+/u).some((word) => KNOWN_SOURCES.test(word)) && !NOT_SOURCES.test(head)) return { start, end: start + head.length, name: head };
  if (/^(?:Ministry|Office|State|National|Department|Agency)\b/u.test(inner)) return { start, end: start + inner.length, name: inner };
  return null;
}

/** Whether a parenthesis holding `inner` spells out the acronym of the words before it ("persons (IDPs)"). */
function definesAcronym(before: string, inner: string): boolean {
  return /^\p{Lu}{2,8}s?$/u.test(inner) && acronymOf(before, inner.replace(/s$/u, ''));
}

function fromParenthesis(text: string): SourceMention | null {
  if (!text.includes('(')) return null;
  for (const m of text.matchAll(PARENTHESIS)) {
    const inner = m[1]!.trim();
    const source = sourceIn(inner, m.index + 1 + m[1]!.indexOf(inner));
    if (source && !definesAcronym(text.slice(0, m.index).trimEnd(), inner)) return source;
  }
  return null;
}

/** True when the words before a parenthesis spell the acronym in it ("persons (IDPs)" is not a source). */
function acronymOf(before: string, acronym: string): boolean {
  const words = before.split(/[\s-]+/u).filter((w) => w.length > 0 && !/^(?:of|for|the|and|on|to|in)$/iu.test(w));
  const initials = words
    .slice(-acronym.length - 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return initials.includes(acronym.slice(0, 2)) || words.length === 0;
}

/** "data from X show", "X Report, Round 9, showed": the data or the study of an organisation showing a figure. */
function fromShowing(text: string): SourceMention | null {
  if (!SHOWING_HINT.test(text)) return null;
  for (const m of text.matchAll(DATA_FROM)) {
    const name = m[1]!;
    if (isOrganisation(name)) return located(m.index + m[0].indexOf(name, m[0].search(/\s(?:from|by|of)\s/u)), name);
  }
  for (const m of text.matchAll(STUDY_SHOWS)) {
    const name = m[1]!;
    if (isOrganisation(trimName(name))) return located(m.index, name);
  }
  return null;
}

function fromReportingVerb(text: string): SourceMention | null {
  if (!REPORTING_HINT.test(text)) return null;
  if (text.includes(' by ')) {
    for (const m of text.matchAll(COUNTED_BY)) {
      const name = m[1]!;
      if (isOrganisation(trimName(name))) return located(m.index + m[0].length - name.length, name);
    }
  }
  for (const m of text.matchAll(REPORTING_VERB)) {
    const name = m[1]!;
    if (!isOrganisation(name)) continue;
    return located(m.index, name);
  }
  return null;
}

/** "Local authorities estimate …", "according to the regional military administration": an unnamed authority as written. */
function fromAuthorities(text: string): SourceMention | null {
  const m = AUTHORITIES_SAY.exec(text);
  if (!m) return null;
  const name = (m[1] ?? m[2])!;
  const start = m.index + m[0].indexOf(name);
  return { start, end: start + name.length, name };
}

/** Whether the text holds what every attribution needs: "according to", a parenthesis or a reporting verb. */
function mayAttribute(text: string): boolean {
  return text.includes('(') || text.includes('ccording') || REPORTING_HINT.test(text) || SHOWING_HINT.test(text);
}

/**
 * The organisation a statement attributes its figures to: "according to X", "(OCHA)", "data from X show",
 * "X reported", "X data indicates", then unnamed authorities ("Local authorities estimate"), in that order of
 * preference; null when none. Pure, never throws.
 */
export function extractSource(text: string): SourceMention | null {
  if (!mayAttribute(text)) return null;
  return fromAccordingTo(text) ?? fromParenthesis(text) ?? fromShowing(text) ?? fromReportingVerb(text) ?? fromAuthorities(text);
}
