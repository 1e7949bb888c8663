import { findNumbers, type NumberToken } from '../numbers/index.js';
import type { FigureMention, Statement } from '../types.js';
import { categoryOf, senseOf } from './category.js';
import { clauseStart, openParenthesis } from './context.js';
import { hasTag, TAG } from './pos.js';
import { hxlOf } from './hxl.js';
import type { NounSense } from './lexicon.js';
import { qualifierOf } from './qualifier.js';
import { REFINERS } from './refiners/index.js';
import { writtenUnitOf } from './units.js';
import { phraseBefore, whatOf } from './what.js';

/** The text from the last clause end (. ; ! ?) before `start` up to it; give a qualifier's start, so that the point of "approx." ends no clause. */
function clauseBefore(text: string, start: number): string {
  return text.slice(clauseStart(text, start, '.;!?'), start);
}

function nextStart(numbers: readonly NumberToken[], end: number, fallback: number): number {
  return numbers.find((n) => n.start >= end)?.start ?? fallback;
}

/** The end of the last number (of `numbers`, in text order) that ends by `start`, else 0. */
function previousEnd(numbers: readonly NumberToken[], start: number): number {
  let end = 0;
  for (const n of numbers) {
    if (n.end > start) break;
    end = n.end;
  }
  return end;
}

/** "7,100 of them received grants": a part of the count before, which counts what that one counts. */
const PART_OF_BEFORE = /^of\s+(?:them|whom|these|those)\b/iu;
/** A number followed straight by a preposition has no noun of its own: "… and 46,880 in neighbouring countries", "about 9,000 more in the hromadas". */
const NO_NOUN_AFTER = /^\s+(?:(?:more|others?|additional)\s+)?(?:in|from|across|at)\b/iu;
const FIRST_WORD = /^\s*\p{L}+/u;
const PLURAL_END = /s$/u;
const ANY_TAG = Object.values(TAG).reduce((all, bit) => all | bit, 0);
/** "3,000 of the town's pre-war population of 12,000": a part of a population, counted in people. */
const OF_POPULATION = /^of\s+(?:the\s+|its\s+|their\s+|\p{L}+['’]s\s+)*(?:[\p{L}-]+\s+)?populations?\b/iu;
const CLAUSE_MARK = /[,;:.!?]/u;
const DIGIT = /\d/u;
const LETTER = /\p{L}/u;
/** How long a qualifier between a "(" and its count may be: "(at least 15 …)". */
const MAX_QUALIFIER_GAP = 20;

/** "a population of 30,000", "a pre-war population exceeding 300,000": the count a population noun before it gives. */
const POPULATION_BEFORE = /\bpopulations?\s+(?:(?:of|exceeding|over|above|under|below|around|about|nearly|estimated\s+at|at)\s+)*$/iu;
const POPULATION: NounSense = { unit: 'people', personal: true, category: 'population' };

function populationBefore(text: string, start: number): NounSense | null {
  return POPULATION_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ? POPULATION : null;
}

interface Annotated {
  mention: FigureMention;
  sense: NounSense | null;
}

/** A plural word the lexicon does not know, first in a label: a noun of the figure's own ("three ambulances were destroyed"). */
function opensWithOwnNoun(label: string | null): boolean {
  const first = label === null ? undefined : FIRST_WORD.exec(label)?.[0];
  return first !== undefined && first.length > 3 && PLURAL_END.test(first) && !hasTag(first, ANY_TAG) && !PART_OF_BEFORE.test(label!);
}

/** "540,000 IDPs in Donetsk and some 290,000 in Luhansk": a count without a noun counts what the count before it counts. */
function inherited(own: NounSense | null, what: string | null, previous: Annotated | undefined, nounless: boolean): { sense: NounSense | null; what: string | null } {
  if (own !== null || previous?.sense == null || !previous.sense.personal || (!nounless && opensWithOwnNoun(what))) return { sense: own, what };
  const noun = previous.mention.what?.split(/\s+/u)[0];
  return { sense: previous.sense, what: noun && what ? `${noun} ${what}` : what };
}

function annotate(statement: Statement, n: NumberToken, all: readonly NumberToken[], previous: Annotated | undefined): Annotated {
  const text = statement.text;
  const q = qualifierOf(text, n);
  const written = writtenUnitOf(text, n);
  const start = Math.min(q.start, written.start);
  const end = Math.max(q.end, written.end);
  const previousNumberEnd = previousEnd(all, n.start);
  const labelFrom = previous && previous.mention.end <= start ? Math.max(previousNumberEnd, previous.mention.end) : previousNumberEnd;
  const label = whatOf(statement, { start, end }, labelFrom, nextStart(all, end, text.length));
  const nounless = NO_NOUN_AFTER.test(text.slice(end, end + 24));
  const ownSense =
    nounless || (label !== null && PART_OF_BEFORE.test(label))
      ? null
      : label !== null && OF_POPULATION.test(label)
        ? POPULATION
        : (senseOf(label) ?? populationBefore(text, start));
  const { sense, what } = written.unit === null ? inherited(ownSense, label, previous, nounless) : { sense: ownSense, what: label };
  const unit = written.unit ?? sense?.unit ?? 'count';
  const category = categoryOf(unit, sense, what, clauseBefore(text, Math.min(start, q.wordStart)));
  const mention: FigureMention = {
    start,
    end,
    text: text.slice(start, end),
    value: n.value,
    valueMax: n.valueMax,
    vague: n.vague,
    unit,
    qualifier: q.qualifier,
    bound: q.bound,
    what,
    category,
    hxl: hxlOf(category, unit, what),
  };
  return { mention, sense };
}

/** The figure a parenthesis opened at `open` details: the last one before it, with no clause mark between them. */
function parentOf(text: string, mentions: readonly FigureMention[], open: number): FigureMention | undefined {
  const parent = mentions.filter((p) => p.end <= open).at(-1);
  return parent && !CLAUSE_MARK.test(text.slice(parent.end, open)) ? parent : undefined;
}

/**
 * Does the parenthesis opened at `open` start with the figure (or its qualifier) and name what it counts:
 * "(10 countries)", "(at least 15 persons, …)", not "(47%)"?
 */
function opensWith(text: string, open: number, m: FigureMention): boolean {
  const gap = text.slice(open + 1, m.start);
  const close = text.indexOf(')', m.end);
  const ownWords = LETTER.test(text.slice(m.end, close < 0 ? text.length : close));
  return ownWords && (gap.trim() === '' || (m.qualifier !== null && gap.length <= MAX_QUALIFIER_GAP && !DIGIT.test(gap)));
}

/** What a parenthesis holding a count details: its parent figure's label ("(2 deaths …)" after "12 civilian casualties"), else the phrase it opens after ("needs and intentions surveys (10 countries)"). */
function detailed(text: string, mentions: readonly FigureMention[], m: FigureMention, open: number): string | null {
  const parent = parentOf(text, mentions, open);
  if (parent) return parent.what;
  if (!opensWith(text, open, m)) return null;
  return phraseBefore(text, open) || null;
}

/** A count in parentheses details what comes before it, which its label takes in parentheses unless it holds it already. */
function withParents(text: string, mentions: FigureMention[]): FigureMention[] {
  return mentions.map((m) => {
    const open = openParenthesis(text, m.start);
    if (open < 0 || m.what === null) return m;
    const detail = detailed(text, mentions, m, open);
    return detail && !m.what.includes(detail) ? { ...m, what: `${m.what} (${detail})` } : m;
  });
}

/**
 * The figures of one statement: every number found, minus the ones the refiners show are not
 * figures (dates, phone numbers, names, durations, chart ticks…), each with its qualifier, unit,
 * label, category and HXL hashtag. Pure and deterministic.
 */
export function extractFigures(statement: Statement): FigureMention[] {
  const numbers = findNumbers(statement.text);
  if (numbers.length === 0) return [];
  const figures = REFINERS.reduce<readonly NumberToken[]>((kept, refine) => refine(statement, kept), numbers);
  const annotated: Annotated[] = [];
  for (const n of figures) annotated.push(annotate(statement, n, numbers, annotated.at(-1)));
  return withParents(statement.text, withSharedLabels(statement.text, annotated.map((a) => a.mention)));
}

/** What lies between a share and the figure it is a share of: "15 per cent of the 4.7 million …". */
const SHARE_OF = /^\s+of\s+(?:the\s+|all\s+|these\s+|those\s+)?$/iu;
/** What lies between the two ends of a change: "rose from 1,500 in April to 4,200 in May". */
const CHANGE_TO = /^[^,;.]{0,40}?\bto\s+$/iu;
const CHANGE_FROM = /\bfrom\s+$/iu;
/** What lies before the earlier end of a change written last, or a figure compared: "increased to 42% in March from 35% in June". */
const COMPARED_WITH = /^[^,;.]{0,40}?\b(?:from|compared\s+(?:to|with)|against|versus|vs\.?)\s+$/iu;

/**
 * Labels a figure takes from its neighbour: a share of a figure right after it is a share of that
 * figure's count ("15 per cent of the 4.7 million people targeted"), the end of a change takes the label
 * of its start ("cases rose from 1,500 in April to 4,200 in May"), and a figure without a label compared
 * with the one before takes that one's ("increased to 42% in March from 35% in June").
 */
function withSharedLabels(text: string, mentions: FigureMention[]): FigureMention[] {
  return mentions.map((m, i) => {
    const next = mentions[i + 1];
    if (m.unit === 'percent' && !m.what && next?.what && SHARE_OF.test(text.slice(m.end, next.start))) {
      return { ...m, what: `${text.slice(m.end, next.end).trim()} ${next.what}` };
    }
    const previous = mentions[i - 1];
    if (!previous?.what || previous.unit !== m.unit) return m;
    const between = text.slice(previous.end, m.start);
    const changeEnd = CHANGE_FROM.test(text.slice(Math.max(0, previous.start - 8), previous.start)) && CHANGE_TO.test(between);
    if (changeEnd || (!m.what && COMPARED_WITH.test(between))) return { ...m, what: previous.what, category: previous.category, hxl: previous.hxl };
    return m;
  });
}
