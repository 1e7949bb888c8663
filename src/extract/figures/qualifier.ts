import type { Bound, Qualifier } from '../../schema/index.js';
import { CaselessPattern } from '../caseless.js';
import { after, before } from './context.js';
import { hasTag, isVerb, TAG } from './pos.js';

const WORDS: Record<string, Qualifier> = {
  'more than': 'more than',
  'over': 'over',
  'just over': 'over',
  'above': 'more than',
  'in excess of': 'more than',
  'almost': 'almost',
  'just under': 'almost',
  'nearly': 'nearly',
  'approximately': 'approximately',
  'approx': 'approximately',
  'approx.': 'approximately',
  'roughly': 'approximately',
  'about': 'about',
  'around': 'around',
  'some': 'some',
  'at least': 'at least',
  'up to': 'up to',
  'less than': 'less than',
  'fewer than': 'less than',
  'close to': 'close to',
  'an estimated': 'an estimated',
};

const QUALIFIER = String.raw`(more than|just over|over|above|in excess of|almost|just under|nearly|approximately|approx\.?|roughly|about|around|some|at least|up to|less than|fewer than|close to|an estimated)`;
const QUALIFIER_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${QUALIFIER}\s+(?:a\s+total\s+of\s+)?(?:[A-Z]{3}\s*|US\$\s*|[$€£₴]\s*)?$`, 'iu');
/** A qualifier word and a space: text without one has no qualifier, and this is much quicker to test than QUALIFIER_BEFORE. */
const ANY_QUALIFIER = new CaselessPattern(String.raw`${QUALIFIER}\s`);

const BOUNDS: Record<Qualifier, Bound> = {
  'over': 'lower',
  'more than': 'lower',
  'at least': 'lower',
  '+': 'lower',
  'almost': 'upper',
  'nearly': 'upper',
  'up to': 'upper',
  'less than': 'upper',
  'close to': 'upper',
  'approximately': 'approx',
  'about': 'approx',
  'around': 'approx',
  'some': 'approx',
  'an estimated': 'approx',
};

/** "structured around four objectives", "talked about two": after a verb, around/about are prepositions. */
function isPreposition(head: string, m: RegExpExecArray): boolean {
  if (!/^(?:around|about)$/iu.test(m[1]!)) return false;
  const previous = /(\p{L}+)\s*$/u.exec(head.slice(0, m.index + m[0].indexOf(m[1]!)));
  const word = previous?.[1];
  return word !== undefined && (isVerb(word) || /\p{L}{3}ed$/iu.test(word)) && !hasTag(word, TAG.Copula);
}

export interface QualifierFound {
  qualifier: Qualifier | null;
  bound: Bound;
  /** The span grows to take a "+" written against the number ("+40,000", "500+"). */
  start: number;
  end: number;
  /** Where the qualifier begins, its word or its "+" ("approx." in "approx. 300"); the number's start when there is none. */
  wordStart: number;
}

/** The approximation word before a number, normalized, and the bound it implies. */
export function qualifierOf(text: string, span: { start: number; end: number }): QualifierFound {
  if (text[span.start - 1] === '+') return { qualifier: '+', bound: 'lower', start: span.start - 1, end: span.end, wordStart: span.start - 1 };
  if (text[span.end] === '+' && !/^\+\s*\d/u.test(after(text, span.end, 4))) return { qualifier: '+', bound: 'lower', start: span.start, end: span.end + 1, wordStart: span.start };
  const head = before(text, span.start, 40);
  const m = ANY_QUALIFIER.test(head) ? QUALIFIER_BEFORE.exec(head) : null;
  const qualifier = m && !isPreposition(head, m) ? WORDS[m[1]!.toLowerCase()] ?? null : null;
  const wordStart = m && qualifier ? span.start - head.length + m.index + m[0].indexOf(m[1]!) : span.start;
  return { qualifier, bound: qualifier ? BOUNDS[qualifier] : 'exact', start: span.start, end: span.end, wordStart };
}
