import type { DateRef } from '../../schema/index.js';
import type { RawDate } from './parsers.js';

interface Trigger {
  pattern: RegExp;
  role: DateRef['role'];
}

/** Words right before a date that give its role; each pattern is anchored at the date's start. */
const TRIGGERS: readonly Trigger[] = [
  { pattern: /(?<![\p{L}])as\s+(?:of|at|on)\s+(?:the\s+)?(?:(?:end|last\s+day)\s+(?:of\s+)?(?:the\s+)?)?$/iu, role: 'as_of' },
  { pattern: /(?<![\p{L}])(?:by|till|until|up\s+to|through)\s+(?:the\s+)?(?:(?:end|last\s+day)\s+(?:of\s+)?(?:the\s+)?)?$/iu, role: 'as_of' },
  { pattern: /(?<![\p{L}])since\s+(?:the\s+)?$/iu, role: 'since' },
  { pattern: /(?<![\p{L}])since\s+[^.,;:()\d]{1,60}?\s+(?:in|on)\s+$/iu, role: 'since' },
  { pattern: /(?<![\p{L}])(?:starting\s+)?from\s+(?:the\s+)?$/iu, role: 'since' },
  { pattern: /(?<![\p{L}])(?:in|during|throughout|within|over|for)\s+(?:the\s+)?(?:(?:whole|entire)\s+(?:of\s+)?|month\s+of\s+|year\s+|course\s+of\s+)?$/iu, role: 'period' },
  { pattern: /(?<![\p{L}])on\s+$/iu, role: 'point' },
];

/** A plan or appeal named right after a year: "2024 Humanitarian Needs and Response Plan", "2023 Flash Appeal", "2020 HRP". */
const PLAN_AFTER = /^\s+(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){0,5}(?:Plan|Appeal|HRP|HNRP|RRP|3RP|Framework)(?![\p{L}])/u;

/** The first trigger that ends `before` (the text right before a date), with its match. */
function triggerBefore(before: string): { t: Trigger; m: RegExpExecArray } | null {
  for (const t of TRIGGERS) {
    const m = t.pattern.exec(before);
    if (m) return { t, m };
  }
  return null;
}

/**
 * The date with its role and its trigger joined to the span, as the gold writes it: "as of D" →
 * to = D; "since D"/"from D" → from = D; "in D"/"during D" and ranges → from–to; otherwise a point.
 */
export function withRole(text: string, raw: RawDate): DateRef & { start: number; end: number } {
  const before = text.slice(Math.max(0, raw.start - 60), raw.start);
  const ownTrigger = /^(?:from|between)\s/iu.test(text.slice(raw.start, raw.end));
  const trigger = ownTrigger ? null : triggerBefore(before);
  const start = trigger?.m ? raw.start - before.length + trigger.m.index : raw.start;
  const phrase = text.slice(start, raw.end).replace(/\s+/gu, ' ');
  const last = raw.to ?? raw.from;
  // A range's "from" opens the range ("from 1 to 10 March"): a period, not a start.
  const opensRange = raw.to !== null && trigger?.t.role === 'since' && /^(?:starting\s+)?from\b/iu.test(trigger.m[0]);
  // "the 2024 Humanitarian Needs and Response Plan": the year a plan or appeal runs, its figures' period.
  const plansYear = !trigger && raw.to === null && raw.from.length === 4 && PLAN_AFTER.test(text.slice(raw.end, raw.end + 80));
  const role: DateRef['role'] =
    plansYear || (raw.to !== null && (opensRange || (trigger?.t.role !== 'as_of' && trigger?.t.role !== 'since'))) ? 'period' : (trigger?.t.role ?? 'point');
  switch (role) {
    case 'as_of':
      return { start, end: raw.end, text: phrase, from: null, to: last, role };
    case 'since':
      return { start, end: raw.end, text: phrase, from: raw.from, to: null, role };
    default:
      return { start, end: raw.end, text: phrase, from: raw.from, to: last, role };
  }
}
