import type { Statement } from '../types.js';
import { MONTH_NAME } from '../dates/calendar.js';
import { CaselessPattern } from './caseless.js';
import { clauseStart } from './context.js';
import { hasTag, isFunctionWord, isVerb, TAG } from './pos.js';

const MAX_WORDS = 14;
const AUXILIARIES = /^(?:have|has|had|been|being|will|would|can|could|may|might|shall|should|must)$/iu;
const QUALIFIER_WORD = /^(?:up|to|approximately|approx|about|around|some|nearly|almost|over|least|at|than|more|less|close)$/iu;
const STOPWORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'that', 'this', 'these', 'those', 'it', 'its', 'their', 'than', 'into', 'over', 'through']);

/** Where a label stops: sentence punctuation, a dash between words, or the start of a date, a source or a side clause. */
const BOUNDARY = new CaselessPattern(
  [
    '[.;!?](?:\\s|$)',
    ',(?!\\d)',
    '\\s[-–—]\\s',
    '\\b(?:as of|as at|since|according to|while|whereas|including|which|thanks to|due to|mostly|respectively)\\b',
    `\\b(?:in|on|by|during|until|till|through)\\s+(?:early\\s+|mid-?\\s*|late\\s+)?${MONTH_NAME}\\b`,
    '\\b(?:in|by|during|since)\\s+(?:19|20)\\d\\d\\b',
    '(?:\\b(?:later|earlier)\\s+)?\\b(?:this|next|last)\\s+(?:year|month|week)\\b',
    '\\s+and\\s+(?=(?:will|would|has|have|had|is|are|was|were)\\b)',
  ].join('|'),
  'g',
);
/** Where an ALL-CAPS label runs into ordinary text, at the end of the match: "TOTAL OUTPATIENT This map …". */
const CAPS_THEN_TEXT = /\b\p{Lu}{2,}\s+\p{Lu}{2,}\s+(?=\p{Lu}\p{Ll})/u;
const COMMA_WORD = /,\s*(\p{L}+)/uy;
const SHORT_PARENTHESIS = /\s*\([^()\d]{1,40}\)/uy;
const TRAILING_MARK = /[\s:*+•●■]/u;
const CURRENCY_END = /[A-Z$€£₴]/u;
const TRAILING_CURRENCY = /\s*(?:\b[A-Z]{3}|US\$|[$€£₴])\s*$/u;
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

/** A comma followed by a participle continues the label: "grantees, supported within …". */
function continuesAfterComma(rest: string, comma: number): boolean {
  COMMA_WORD.lastIndex = comma;
  const next = COMMA_WORD.exec(rest);
  return next !== null && hasTag(next[1]!, TAG.PastTense);
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

/** Is the "(" at `open` a short aside the label runs on past: "(IDPs)", "(incl. Kyiv)"? */
function isShortParenthesis(rest: string, open: number): boolean {
  SHORT_PARENTHESIS.lastIndex = open;
  return SHORT_PARENTHESIS.test(rest);
}

/** Drop spaces and marks at the end of a label, then a currency left hanging there. */
function trimEnd(label: string): string {
  let end = label.length;
  while (end > 0 && TRAILING_MARK.test(label[end - 1]!)) end--;
  const trimmed = label.slice(0, end);
  return end > 0 && CURRENCY_END.test(label[end - 1]!) ? trimmed.replace(TRAILING_CURRENCY, '') : trimmed;
}

function cutAtBoundary(rest: string): string {
  let cut = firstBoundary(rest);
  const colon = rest.indexOf(':');
  if (colon >= 0 && colon < cut && contentWordCount(rest.slice(0, colon), 2) > 1) cut = colon;
  for (let i = rest.indexOf('('); i >= 0 && i < cut; i = rest.indexOf('(', i + 1)) {
    if (!isShortParenthesis(rest, i)) {
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

/** Keep at most `max` words, then drop function words and auxiliaries at both ends. */
function tidy(phrase: string, max: number, fromEnd = false): string {
  const kept = fromEnd ? wordsOf(phrase).slice(-max) : wordsOf(phrase, max);
  let first = 0;
  let last = kept.length - 1;
  while (last >= first && isWeak(kept[last]![0])) last--;
  while (first <= last && isWeak(kept[first]![0]) && kept[first]![0].toLowerCase() !== 'of') first++;
  if (first > last) return '';
  const label = phrase.slice(kept[first]!.index, kept[last]!.index + kept[last]![0].length);
  return count(label, '(') > count(label, ')') ? `${label})` : label;
}

/** A word that ends no subject: a verb, a function word, a qualifier or an auxiliary. */
function isPredicateWord(word: string): boolean {
  return isVerb(word) || hasTag(word, TAG.Gerund) || QUALIFIER_WORD.test(word) || isFunctionWord(word) || AUXILIARIES.test(word);
}

/** The subject a number is predicated of: "The total number of IDPs … is 1,363,754" → "total number of IDPs …". */
function subjectBefore(text: string, start: number, previousEnd: number): string {
  const words = wordsOf(text.slice(clauseStart(text, start, '.;:!?', previousEnd), start)).map((m) => m[0]);
  while (words.length > 0 && isPredicateWord(words[words.length - 1]!)) words.pop();
  return tidy(words.join(' '), MAX_WORDS, true);
}

/** The verb a count is the object of: "has supported 68 people" → supported, "attended by 8,445 persons" → attended. */
function verbBefore(text: string, start: number, previousEnd: number): string | null {
  const words = wordsOf(text.slice(Math.max(previousEnd, start - 40), start)).slice(-3);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]![0];
    if (hasTag(word, TAG.PastTense | TAG.Participle) && !hasTag(word, TAG.Copula)) return word;
    if (!isFunctionWord(word) && !QUALIFIER_WORD.test(word)) return null;
  }
  return null;
}

/** A generic label at the top of a key-figure box takes the box's section heading: "people reached (EDUCATION)". */
function withSection(label: string, statement: Statement, start: number): string {
  const opensBox = !LETTER.test(statement.text.slice(0, start));
  const section = statement.section?.trim() ?? '';
  return opensBox && section !== '' && section.split(/\s+/u).length <= 4 && contentWordCount(label, 3) <= 2 ? `${label} (${section})` : label;
}

/**
 * What a figure counts, in the statement's words: the phrase after the number up to the next
 * boundary or number, else the subject the number is predicated of. A key-figure box whose label
 * is generic ("people reached") takes its section heading in parentheses.
 */
export function whatOf(statement: Statement, span: { start: number; end: number }, previousEnd: number, nextStart: number): string | null {
  const text = statement.text;
  let label = tidy(cutAtBoundary(text.slice(span.end, nextStart)), MAX_WORDS);
  const contentWords = contentWordCount(label, 4);
  if (contentWords === 0) return subjectBefore(text, span.start, previousEnd) || null;
  const verb = verbBefore(text, span.start, previousEnd);
  if (verb && contentWords <= 3 && !label.toLowerCase().includes(verb.toLowerCase())) label = `${label} ${verb}`;
  return statement.kind === 'keyfigure' ? withSection(label, statement, span.start) : label;
}
