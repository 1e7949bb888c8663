import type { Statement } from '../types.js';
import { MONTH_NAME } from '../dates/calendar.js';
import { CaselessPattern } from '../caseless.js';
import { clauseStart } from './context.js';
import { isCurrencyCode } from './units.js';
import { TIME_UNIT } from './lexicon.js';
import { hasTag, isFunctionWord, isVerb, TAG } from './pos.js';
import { execAt, testAt } from '../sticky.js';

const MAX_WORDS = 14;
const MAX_PHRASE_WORDS = 6;
/** Verbs that are never part of a noun phrase read backwards; present tenses may be ("needs"). */
const CLAUSE_VERB = TAG.Copula | TAG.Auxiliary | TAG.Modal;
const PHRASE_WINDOW = 80;
const AUXILIARIES = /^(?:have|has|had|been|being|will|would|can|could|may|might|shall|should|must)$/iu;
const QUALIFIER_WORD = /^(?:up|to|approximately|approx|about|around|some|nearly|almost|over|least|at|than|more|less|close)$/iu;
/** A preposition that leads from a verb's object to a count: "provided kits to 500 families". */
const OBJECT_PREPOSITION = /^(?:to|for|in|across|among|of)$/iu;
/** The function words that end a verb's object: prepositions, conjunctions, copulas, auxiliaries, modals and pronouns. */
const OBJECT_ENDS = TAG.Preposition | TAG.Conjunction | TAG.Copula | TAG.Auxiliary | TAG.Modal | TAG.Pronoun;
const COORDINATOR = /^(?:and|or|but|nor)$/iu;
const TIME_WORD = new RegExp(`^${TIME_UNIT}$`, 'iu');
const DIGIT = /\d/u;
/** A participle the lexicon only knows as an adjective: "planned", "registered". */
const ED_ADJECTIVE = /ed$/iu;
const MAX_OBJECT_WORDS = 3;
const OBJECT_WINDOW = 80;
const STOPWORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'that', 'this', 'these', 'those', 'it', 'its', 'their', 'than', 'into', 'over', 'through']);

/** Where a label stops: sentence punctuation, a dash between words, ", followed by", or the start of a date, a source or a side clause. */
const BOUNDARY = new CaselessPattern(
  [
    '[.;!?](?:\\s|$)',
    ',\\s*(?:followed|preceded)\\s+by\\b',
    ',(?!\\d)',
    '\\s[-–—]\\s',
    '\\b(?:as of|as at|since|according to|while|whereas|including|which|thanks to|due to|mostly|respectively)\\b',
    `\\b(?:in|on|by|during|until|till|through)\\s+(?:early\\s+|mid-?\\s*|late\\s+)?${MONTH_NAME}\\b`,
    '\\b(?:in|by|during|since)\\s+(?:(?:19|20)\\d\\d\\b|(?:H[12]|Q[1-4])\\b|FY)',
    '(?:\\b(?:later|earlier)\\s+)?\\b(?:this|next|last)\\s+(?:year|month|week)\\b',
    '\\s+and\\s+(?=(?:will|would|has|have|had|is|are|was|were)\\b)',
  ].join('|'),
  'g',
);
/** Where an ALL-CAPS label runs into ordinary text, at the end of the match: "TOTAL OUTPATIENT This map …". */
const CAPS_THEN_TEXT = /\b\p{Lu}{2,}\s+\p{Lu}{2,}\s+(?=\p{Lu}\p{Ll})/u;
const COMMA_WORD = /,\s*(\p{L}+)/uy;
const LAST_WORD = /(\p{L}+)$/u;
const SHORT_PARENTHESIS = /\s*\([^()\d]{1,40}\)/uy;
const TRAILING_MARK = /[\s:*+•●■]/u;
const CURRENCY_END = /[A-Z$€£₴]/u;
const TRAILING_CURRENCY = /\s*(?:\b([A-Z]{3})|US\$|[$€£₴])\s*$/u;
const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu;
const ALPHANUMERICS = /[\p{L}\p{N}]+/gu;

/** How many content words a label has (its lower-case words that are not stop words), counting no further than `limit`. */
function contentWordCount(label: string, limit: number): number {
  const lower = label.toLowerCase();
  let count = 0;
  ALPHANUMERICS.lastIndex = 0;
  for (let m: RegExpExecArray | null; count < limit && (m = ALPHANUMERICS.exec(lower)); ) if (!STOPWORDS.has(m[0])) count++;
  return count;
}

/** The words of a phrase as matches, at most `max` of them from its start. */
function wordsOf(phrase: string, max = Infinity): RegExpExecArray[] {
  const words: RegExpExecArray[] = [];
  WORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; words.length < max && (m = WORD.exec(phrase)); ) words.push(m);
  return words;
}

/** The last word before `end`, if `end` follows it straight. */
function wordBefore(rest: string, end: number): string | undefined {
  return LAST_WORD.exec(rest.slice(Math.max(0, end - 30), end))?.[1];
}

const CAPITALISED = /^\p{Lu}/u;
/** The rest of a list of names from a comma on: capitalised words and commas up to "and"/"or" and a last name. */
const NAMES_LIST_ENDS = /^(?:,\s*\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)+,?\s+(?:and|or)\s+\p{Lu}/u;

/**
 * A comma continues the label when a participle follows it ("grantees, supported within …"), when it
 * parts two adjectives of a list ("light, medium and heavy repairs"), or two names of a list ("in
 * Zaporizhzhia, Dnipropetrovsk and Kharkiv oblasts received …").
 */
function continuesAfterComma(rest: string, comma: number): boolean {
  const next = execAt(COMMA_WORD, rest, comma)?.[1];
  if (next === undefined) return false;
  if (hasTag(next, TAG.PastTense)) return true;
  const previous = wordBefore(rest, comma);
  if (previous === undefined) return false;
  return (hasTag(previous, TAG.Adjective) && hasTag(next, TAG.Adjective)) || (CAPITALISED.test(previous) && CAPITALISED.test(next) && NAMES_LIST_ENDS.test(rest.slice(comma)));
}

/** Where an ALL-CAPS label runs into text, if that is by `limit`; else `limit`. */
function capsBreak(rest: string, limit: number): number {
  const m = CAPS_THEN_TEXT.exec(rest.slice(0, limit + 2));
  return m ? m.index + m[0].length : limit;
}

function firstBoundary(rest: string): number {
  const boundary = BOUNDARY.for(rest);
  boundary.lastIndex = 0;
  let b = boundary.exec(rest);
  while (b !== null && b[0] === ',' && continuesAfterComma(rest, b.index)) b = boundary.exec(rest);
  return capsBreak(rest, b ? b.index : rest.length);
}

/** Drop spaces and marks at the end of a label, then a currency left hanging there (a known code, a symbol). */
function trimEnd(label: string): string {
  let end = label.length;
  while (end > 0 && TRAILING_MARK.test(label[end - 1]!)) end--;
  const trimmed = label.slice(0, end);
  if (end === 0 || !CURRENCY_END.test(label[end - 1]!)) return trimmed;
  const currency = TRAILING_CURRENCY.exec(trimmed);
  return currency && (currency[1] === undefined || isCurrencyCode(currency[1])) ? trimmed.slice(0, currency.index) : trimmed;
}

/**
 * The first ")" in `rest` before `limit` that closes a parenthesis opened before it, when words come
 * before it, else `limit`: "14 oblasts) continued" → before ")"; "%) returning …" runs on.
 */
function unmatchedClose(rest: string, limit: number): number {
  const close = matchingClose(rest, limit);
  return close < limit && LETTER.test(rest.slice(0, close)) ? close : limit;
}

/** The first ")" in `rest` before `limit` that closes a parenthesis opened before it, else `limit`. */
function matchingClose(rest: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < limit; i++) {
    const open = rest.indexOf('(', i);
    const close = rest.indexOf(')', i);
    if (close < 0 || close >= limit) return limit;
    if (open >= 0 && open < close) {
      depth++;
      i = open;
    } else if (depth === 0) {
      return close;
    } else {
      depth--;
      i = close;
    }
  }
  return limit;
}

function cutAtBoundary(rest: string): string {
  let cut = unmatchedClose(rest, firstBoundary(rest));
  const colon = rest.indexOf(':');
  if (colon >= 0 && colon < cut && contentWordCount(rest.slice(0, colon), 2) > 1) cut = colon;
  for (let i = rest.indexOf('('); i >= 0 && i < cut; i = rest.indexOf('(', i + 1)) {
    if (!testAt(SHORT_PARENTHESIS, rest, i)) {
      cut = i;
      break;
    }
  }
  return trimEnd(rest.slice(0, cut));
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

function isWeak(word: string): boolean {
  return isFunctionWord(word) || AUXILIARIES.test(word) || STOPWORDS.has(word.toLowerCase());
}

/** Keep at most `max` words, then drop function words and auxiliaries at both ends, and a qualifier left at the end ("rehabilitated for approx"). */
function tidy(phrase: string, max: number, fromEnd = false): string {
  const kept = fromEnd ? wordsOf(phrase).slice(-max) : wordsOf(phrase, max);
  let first = 0;
  let last = kept.length - 1;
  while (last >= first && (isWeak(kept[last]![0]) || QUALIFIER_WORD.test(kept[last]![0]))) last--;
  while (first <= last && isWeak(kept[first]![0]) && kept[first]![0].toLowerCase() !== 'of') first++;
  if (first > last) return '';
  const label = phrase.slice(kept[first]!.index, kept[last]!.index + kept[last]![0].length);
  return count(label, '(') > count(label, ')') ? `${label})` : label;
}

/** Present forms that state an amount, some of which the lexicon lacks as verbs: "now stands at five". */
const STATING_VERB = /^(?:stands|remains|reaches|totals|amounts|exceeds|equals)$/iu;

/** A word that ends no subject: a verb, a function word, a qualifier or an auxiliary. */
function isPredicateWord(word: string): boolean {
  return isVerb(word) || hasTag(word, TAG.Gerund) || QUALIFIER_WORD.test(word) || isFunctionWord(word) || AUXILIARIES.test(word) || STATING_VERB.test(word);
}

/** The subject a number is predicated of: "The total number of IDPs … is 1,363,754" → "total number of IDPs …". */
function subjectBefore(text: string, start: number, previousEnd: number): string {
  const words = wordsOf(text.slice(clauseStart(text, start, '.;:!?', previousEnd), start)).map((m) => m[0]);
  while (words.length > 0 && isPredicateWord(words[words.length - 1]!)) words.pop();
  return tidy(words.join(' '), MAX_WORDS, true);
}

/** " at " right before a number, as in a list of shares. */
const AT_END = /\sat\s+$/;
/** What a figure stands after "and"/"or" or a comma: the next item of a list, never its own label. */
const LIST_GOES_ON = /^\s*(?:,|(?:and|or)\s)/u;
const PLAIN_WORD = /^\p{L}[\p{L}-]*$/u;
const MAX_ITEM_WORDS = 3;

/**
 * The item a share or count is given for in a list that names the item, then "at", then the number:
 * "followed by jobs at 19 per cent and medical care at 12 per cent" → "jobs". The item is the run of
 * up to three plain words before "at" that are neither function words nor verbs; null when there is
 * none ("stood at 19 per cent" is a predicate, its subject comes before).
 */
function itemBeforeAt(text: string, start: number, previousEnd: number): string | null {
  const before = text.slice(Math.max(previousEnd, start - 60), start);
  const at = AT_END.exec(before);
  if (!at) return null;
  const words = before.slice(0, at.index).split(/\s+/u);
  const item: string[] = [];
  for (let i = words.length - 1; i >= 0 && item.length < MAX_ITEM_WORDS; i--) {
    const word = words[i]!;
    if (!PLAIN_WORD.test(word) || isFunctionWord(word) || isPastVerb(word) || hasTag(word, TAG.Copula) || STATING_VERB.test(word)) break;
    item.unshift(word);
  }
  return item.length > 0 ? item.join(' ') : null;
}

/** A past tense or participle that is not a copula: "provided", "attended". */
function isPastVerb(word: string): boolean {
  return hasTag(word, TAG.PastTense | TAG.Participle) && !hasTag(word, TAG.Copula);
}

/** A past form that may govern the count right after it: "attended by", "planned for", though the lexicon calls "planned" an adjective. */
function isGoverningVerb(word: string): boolean {
  return isPastVerb(word) || (hasTag(word, TAG.Adjective) && ED_ADJECTIVE.test(word));
}

/**
 * The verb a count is the object of: "has supported 68 people" → supported, "attended by 8,445 persons" → attended;
 * not across "and" or "or", whose verb belongs to another clause ("damaged or destroyed and 350,000 people fled").
 */
function verbBefore(text: string, start: number, previousEnd: number): string | null {
  const words = wordsOf(text.slice(clauseStart(text, start, ',;:!?()', Math.max(previousEnd, start - 40)), start)).slice(-3);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]![0];
    if (isGoverningVerb(word)) return word;
    if (COORDINATOR.test(word) || (!isFunctionWord(word) && !QUALIFIER_WORD.test(word))) return null;
  }
  return null;
}

/** Verbs that state what their subject amounts to ("stood at", "reached", "rose to"): their subject labels the number. */
const PREDICATE_VERB = /^(?:reached|totall?ed|amounted|stood|remained|rose|increased|decreased|fell|grew|dropped|exceeded|hit|was|were)$/iu;

/** A past form right before a count it is the object of, no predicate verb: "Sweden pledged SEK 150 million" → "pledged". */
function givingVerbBefore(text: string, start: number, previousEnd: number): string | null {
  const from = clauseStart(text, start, ',;:!?()', Math.max(previousEnd, start - 24));
  const last = wordsOf(text.slice(from, start)).at(-1);
  if (!last || text.slice(from + last.index + last[0].length, start).trim() !== '') return null;
  return isGoverningVerb(last[0]) && !PREDICATE_VERB.test(last[0]) ? last[0] : null;
}

/** Is `words[i]` a verb that can take an object: a past form (also one the lexicon calls an adjective, "organized"), a gerund, or an infinitive after "to" or a modal ("will provide")? */
function isObjectVerb(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (isGoverningVerb(word) || hasTag(word, TAG.Gerund)) return true;
  const previous = words[i - 1];
  return previous !== undefined && hasTag(word, TAG.Infinitive) && (previous.toLowerCase() === 'to' || hasTag(previous, TAG.Modal));
}

/** A word that cannot stand in a verb's object: a function word (but a determiner), a number, or a unit of time ("held early this year for"). */
function endsObject(word: string): boolean {
  return hasTag(word, OBJECT_ENDS) || DIGIT.test(word) || TIME_WORD.test(word);
}

/** Where the run of qualifiers and prepositions right before a count begins, if a preposition that leads to an object opens it; else -1. */
function objectPrepositionAt(words: readonly string[]): number {
  let i = words.length;
  while (i > 0 && (QUALIFIER_WORD.test(words[i - 1]!) || OBJECT_PREPOSITION.test(words[i - 1]!))) i--;
  return i < words.length && OBJECT_PREPOSITION.test(words[i]!) ? i : -1;
}

/**
 * The verb and its object through which a preposition leads to a count: "provided hygiene kits to 7,000
 * households" → "provided hygiene kits", "will provide training opportunities for 2,300 people" → "provide
 * training opportunities" (the verb farthest from the count, so that a gerund inside the object does not
 * cut it). Stays inside the clause (no comma or parenthesis between), else null.
 */
function verbObjectBefore(text: string, start: number, previousEnd: number): string | null {
  const floor = Math.max(previousEnd, start - OBJECT_WINDOW);
  const words = wordsOf(text.slice(clauseStart(text, start, ',.;:!?()', floor), start)).map((m) => m[0]);
  const preposition = objectPrepositionAt(words);
  let verb = -1;
  for (let i = preposition - 1; i >= 0 && preposition - i <= MAX_OBJECT_WORDS + 1 && !endsObject(words[i]!); i--) {
    if (i < preposition - 1 && isObjectVerb(words, i)) verb = i;
  }
  return verb < 0 ? null : words.slice(verb, preposition).join(' ');
}

/** A generic label at the top of a key-figure box takes the box's section heading: "people reached (EDUCATION)". */
function withSection(label: string, statement: Statement, start: number): string {
  const opensBox = !LETTER.test(statement.text.slice(0, start));
  const section = statement.section?.trim() ?? '';
  return opensBox && section !== '' && section.split(/\s+/u).length <= 4 && contentWordCount(label, 3) <= 2 ? `${label} (${section})` : label;
}

/** A word a noun phrase read backwards stops before: a past form ("quoted", "planned") or a copula, auxiliary or modal. */
function endsNounPhrase(word: string): boolean {
  return isGoverningVerb(word) || hasTag(word, CLAUSE_VERB);
}

/**
 * The noun phrase that ends the clause at `end`, at most a few words and none before a verb of the clause:
 * "Refugees' needs and intentions (" → "Refugees' needs and intentions"; "reports were quoted (" → "".
 */
export function phraseBefore(text: string, end: number): string {
  const words = wordsOf(text.slice(clauseStart(text, end, ',;:.!?()', Math.max(0, end - PHRASE_WINDOW)), end)).map((m) => m[0]);
  let first = words.length;
  while (first > 0 && !endsNounPhrase(words[first - 1]!)) first--;
  return tidy(words.slice(first).join(' '), MAX_PHRASE_WORDS, true);
}

/** A short label with the verb (and object) that governs its count, unless the label holds the verb already. */
function withVerb(label: string, verb: string | null): string {
  return verb && !label.toLowerCase().includes(verb.split(' ')[0]!.toLowerCase()) ? `${label} ${verb}` : label;
}

/**
 * What a figure counts, in the statement's words: the phrase after the number up to the next
 * boundary or number, else the verb that governs it ("Sweden pledged SEK 150 million" → "pledged"), else the
 * subject the number is predicated of. A short label takes the verb
 * that governs the count ("attended by 8,445 persons" → "persons attended"), with its object when a
 * preposition leads from it ("provided kits to 500 families" → "families provided kits"). A key-figure
 * box whose label is generic ("people reached") takes its section heading in parentheses.
 */
export function whatOf(statement: Statement, span: { start: number; end: number }, previousEnd: number, nextStart: number): string | null {
  const text = statement.text;
  const after = text.slice(span.end, nextStart);
  let label = tidy(cutAtBoundary(after), MAX_WORDS);
  const contentWords = contentWordCount(label, 4);
  const item = contentWords === 0 || LIST_GOES_ON.test(after) ? itemBeforeAt(text, span.start, previousEnd) : null;
  if (item !== null) return item;
  if (contentWords === 0) return givingVerbBefore(text, span.start, previousEnd) ?? (subjectBefore(text, span.start, previousEnd) || null);
  if (contentWords <= 3) label = withVerb(label, verbBefore(text, span.start, previousEnd) ?? verbObjectBefore(text, span.start, previousEnd));
  return statement.kind === 'keyfigure' ? withSection(label, statement, span.start) : label;
}
