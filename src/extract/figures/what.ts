import type { Statement } from '../types.js';
import { MONTH_NAME } from '../dates/calendar.js';
import { isFunctionWord, isVerb, lexiconTags } from './pos.js';

const MAX_WORDS = 14;
const AUXILIARIES = /^(?:have|has|had|been|being|will|would|can|could|may|might|shall|should|must)$/iu;
const QUALIFIER_WORD = /^(?:up|to|approximately|approx|about|around|some|nearly|almost|over|least|at|than|more|less|close)$/iu;
const STOPWORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'that', 'this', 'these', 'those', 'it', 'its', 'their', 'than', 'into', 'over', 'through']);

/** Where a label stops: sentence punctuation, a dash between words, or the start of a date, a source or a side clause. */
const BOUNDARY = new RegExp(
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
  'iu',
);
/** Where an ALL-CAPS label runs into ordinary text: "TOTAL OUTPATIENT This map …". */
const CAPS_THEN_TEXT = /(?<=\b\p{Lu}{2,}\s+\p{Lu}{2,}\s+)(?=\p{Lu}\p{Ll})/u;
const COLON = /:/u;
const SHORT_PARENTHESIS = /^\s*\([^()\d]{1,40}\)/u;
const TRAILING_CURRENCY = /\s*(?:\b[A-Z]{3}|US\$|[$€£₴])\s*$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu;

/** The content words of a label: lower-case, without function words. */
export function contentWords(label: string): string[] {
  return [...label.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]).filter((w) => !STOPWORDS.has(w));
}

/** A comma followed by a participle continues the label: "grantees, supported within …". */
function continuesAfterComma(rest: string, comma: number): boolean {
  const next = /^,\s*(\p{L}+)/u.exec(rest.slice(comma));
  return next !== null && lexiconTags(next[1]!).includes('PastTense');
}

function firstBoundary(rest: string): number {
  const caps = CAPS_THEN_TEXT.exec(rest)?.index ?? rest.length;
  const re = new RegExp(BOUNDARY.source, 'giu');
  for (const b of rest.matchAll(re)) {
    if (b[0] === ',' && continuesAfterComma(rest, b.index)) continue;
    return Math.min(b.index, caps);
  }
  return caps;
}

function cutAtBoundary(rest: string): string {
  let cut = firstBoundary(rest);
  const colon = COLON.exec(rest);
  if (colon && colon.index < cut && contentWords(rest.slice(0, colon.index)).length > 1) cut = colon.index;
  for (let i = rest.indexOf('('); i >= 0 && i < cut; i = rest.indexOf('(', i + 1)) {
    if (!SHORT_PARENTHESIS.test(rest.slice(i))) {
      cut = i;
      break;
    }
  }
  return rest.slice(0, cut).replace(/[\s:*+•●■]*$/u, '').replace(TRAILING_CURRENCY, '');
}

/** Keep at most `max` words, then drop function words and auxiliaries at both ends. */
function tidy(phrase: string, max: number, fromEnd = false): string {
  const words = [...phrase.matchAll(WORD)];
  if (words.length === 0) return '';
  const kept = fromEnd ? words.slice(-max) : words.slice(0, max);
  let first = 0;
  let last = kept.length - 1;
  const weak = (w: string) => isFunctionWord(w) || AUXILIARIES.test(w) || STOPWORDS.has(w.toLowerCase());
  while (last >= first && weak(kept[last]![0])) last--;
  while (first <= last && weak(kept[first]![0]) && kept[first]![0].toLowerCase() !== 'of') first++;
  if (first > last) return '';
  const from = kept[first]!.index;
  const to = kept[last]!.index + kept[last]![0].length;
  let label = phrase.slice(from, to);
  if ((label.match(/\(/gu) ?? []).length > (label.match(/\)/gu) ?? []).length) label += ')';
  return label;
}

/** The subject a number is predicated of: "The total number of IDPs … is 1,363,754" → "total number of IDPs …". */
function subjectBefore(text: string, start: number, previousEnd: number): string {
  const head = text.slice(0, start);
  const clauseStart = Math.max(head.search(/[^.;:!?]*$/u), 0, previousEnd);
  const words = [...head.slice(clauseStart).matchAll(WORD)].map((m) => m[0]);
  while (words.length > 0 && (isVerb(words[words.length - 1]!) || lexiconTags(words[words.length - 1]!).includes('Gerund') || QUALIFIER_WORD.test(words[words.length - 1]!) || isFunctionWord(words[words.length - 1]!) || AUXILIARIES.test(words[words.length - 1]!)))
    words.pop();
  return tidy(words.join(' '), MAX_WORDS, true);
}

/** The verb a count is the object of: "has supported 68 people" → supported, "attended by 8,445 persons" → attended. */
function verbBefore(text: string, start: number, previousEnd: number): string | null {
  const words = [...text.slice(Math.max(previousEnd, start - 40), start).matchAll(WORD)].map((m) => m[0]).slice(-3);
  for (let i = words.length - 1; i >= 0; i--) {
    const tags = lexiconTags(words[i]!);
    if ((tags.includes('PastTense') || tags.includes('Participle')) && !tags.includes('Copula')) return words[i]!;
    if (!isFunctionWord(words[i]!) && !QUALIFIER_WORD.test(words[i]!)) return null;
  }
  return null;
}

/**
 * What a figure counts, in the statement's words: the phrase after the number up to the next
 * boundary or number, else the subject the number is predicated of. A key-figure box whose label
 * is generic ("people reached") takes its section heading in parentheses.
 */
export function whatOf(statement: Statement, span: { start: number; end: number }, previousEnd: number, nextStart: number): string | null {
  const text = statement.text;
  let label = tidy(cutAtBoundary(text.slice(span.end, nextStart)), MAX_WORDS);
  if (contentWords(label).length === 0) return subjectBefore(text, span.start, previousEnd) || null;
  const verb = verbBefore(text, span.start, previousEnd);
  if (verb && contentWords(label).length <= 3 && !label.toLowerCase().includes(verb.toLowerCase())) label = `${label} ${verb}`;
  const opensBox = !/\p{L}/u.test(text.slice(0, span.start));
  const section = statement.section?.trim() ?? '';
  if (statement.kind === 'keyfigure' && opensBox && section !== '' && section.split(/\s+/u).length <= 4 && contentWords(label).length <= 2) {
    label = `${label} (${section})`;
  }
  return label;
}
