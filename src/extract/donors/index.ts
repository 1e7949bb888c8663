import type { DonorMention } from '../types.js';
import { spellingAt, type DonorRef } from './lexicon.js';
import {
  ALLOCATION_AFTER,
  DONATED_AFTER,
  EMBASSY_TAIL,
  FUNDED_AFTER,
  FUNDING_VERB,
  FUNDING_WORD,
  GAVE_FUNDS_AFTER,
  GENERIC_ORGANISATION,
  GRATITUDE_TRIGGER,
  LIST_GLUE,
  MONEY_NOUN,
  POSSESSIVE_FUNDING,
  STRONG_TRIGGER,
  THANKED_FOR_AFTER,
  URL_HINT,
  WEAK_TRIGGER,
} from './patterns.js';
import { testAt } from '../sticky.js';

const NOT_AN_ORGANISATION = /^(?:The|This|These|That|Those|It|Its|Their|Our|In|On|At|A|An|IOM|UN|NGO)$|project|programme|NGO|IOM/u;

/** A letter ending right before the position tested. */
const LETTER_BEFORE = /(?<=\p{L})/uy;

/** A capital starting a word, not after "." or "-": where a funder written before its verb may start. */
const WORD_CAPITAL = /(?<![\p{L}\p{N}.-])\p{Lu}/uy;

/**
 * A unit that may be a `WORD_CAPITAL`: an ASCII capital or any non-ASCII unit, not after an ASCII
 * letter, digit, "." or "-". Cheap to scan for (no Unicode classes).
 */
const MAYBE_CAPITAL = /[A-Z\u0080-\uffff](?<![A-Za-z0-9.-][^])/g;

function guessType(name: string): DonorRef['type'] {
  if (/Foundation|Fund\b|Trust/u.test(name)) return 'foundation';
  if (/Government|Ministry|Embassy|Agency|Department|Office|Federal|Republic|Kingdom|State|Confederation/u.test(name)) return 'government';
  return 'private';
}

/** An acronym in parentheses right after a funder's name: part of the name as written ("Government of Germany (BMZ)"). */
const ACRONYM_AFTER = /^\s*\(\p{Lu}[\p{L}\d&-]{1,9}\)/u;

function mention(text: string, start: number, end: number, donor: DonorRef, name?: string): DonorMention {
  const acronym = name === undefined ? (ACRONYM_AFTER.exec(text.slice(end, end + 16))?.[0] ?? '') : '';
  return { start, end: end + acronym.length, name: (name ?? text.slice(start, end + acronym.length)).replace(/\s+/g, ' '), ...donor };
}

/** A lexicon donor (or, where allowed, a country or unknown organisation) written at `at`. */
function donorAt(text: string, at: number, allowGeneric: boolean): DonorMention | 'skip' | null {
  const found = spellingAt(text, at);
  if (found) {
    const { spelling } = found;
    if (!spelling.donor) return 'skip';
    const tail = /Embassy/.test(spelling.text) ? (EMBASSY_TAIL.exec(text.slice(found.end))?.[0] ?? '') : '';
    return mention(text, at, found.end + tail.length, spelling.donor);
  }
  if (!allowGeneric) return null;
  const article = /^The\s+/u.exec(text.slice(at))?.[0].length ?? 0;
  const generic = GENERIC_ORGANISATION.exec(text.slice(at + article))?.[0];
  if (!generic || NOT_AN_ORGANISATION.test(generic)) return null;
  // A full stop that ends the sentence is not the name's ("with support from the Swiss Confederation.").
  const name = generic.replace(/(?<![\s.]\p{Lu})\.$/u, '');
  return mention(text, at + article, at + article + name.length, { canonical: name.replace(/\s+/g, ' '), iso3: null, type: guessType(name) });
}

/** The funders listed from `at` on ("the Government of Germany acting through KfW Development Bank"). */
function listAt(text: string, at: number, strong: boolean): DonorMention[] {
  const found: DonorMention[] = [];
  let position = at;
  for (let item = 0; item < 8; item += 1) {
    position += LIST_GLUE.exec(text.slice(position))?.[0].length ?? 0;
    const donor = donorAt(text, position, strong && found.length === 0);
    if (donor === null) break;
    if (donor === 'skip') position = spellingAt(text, position)?.end ?? position + 1;
    else {
      found.push(donor);
      position = donor.end;
    }
  }
  return found;
}

/**
 * The funder lists after each match of the global `trigger` that no letter precedes; with `closing`,
 * only the lists that it matches right after.
 */
function afterTriggers(text: string, trigger: RegExp, strong: boolean, closing: RegExp | null = null): DonorMention[] {
  const found: DonorMention[] = [];
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
    if (testAt(LETTER_BEFORE, text, m.index)) {
      trigger.lastIndex = m.index + 1;
      continue;
    }
    const list = listAt(text, trigger.lastIndex, strong);
    const last = list[list.length - 1];
    if (last && (closing === null || closing.test(text.slice(last.end, last.end + 120)))) found.push(...list);
  }
  return found;
}

/** Where the last funding verb ends, or -1: a funder written before its verb starts before that. */
function lastVerbEnd(text: string): number {
  let end = -1;
  FUNDING_VERB.lastIndex = 0;
  while (FUNDING_VERB.test(text)) end = FUNDING_VERB.lastIndex;
  return end;
}

/** Funders written before "-funded", "has donated" or "provided funding" ("Japan-funded" → "Government of Japan"). */
function beforeVerbs(text: string): DonorMention[] {
  const found: DonorMention[] = [];
  const verbEnd = lastVerbEnd(text);
  if (verbEnd < 0) return found;
  MAYBE_CAPITAL.lastIndex = 0;
  while (MAYBE_CAPITAL.test(text) && MAYBE_CAPITAL.lastIndex < verbEnd) {
    const at = MAYBE_CAPITAL.lastIndex - 1;
    const match = testAt(WORD_CAPITAL, text, at) ? spellingAt(text, at) : null;
    if (!match?.spelling.donor) continue;
    const rest = text.slice(match.end);
    const { donor, country } = match.spelling;
    if (FUNDED_AFTER.test(rest)) {
      found.push(mention(text, at, match.end, donor, country ? donor.canonical : undefined));
    } else if (DONATED_AFTER.test(rest) || GAVE_FUNDS_AFTER.test(rest) || ALLOCATION_AFTER.test(rest)) found.push(mention(text, at, match.end, donor));
  }
  return found;
}

/** The lexicon donor whose spelling ends right at `end`, starting at a word capital at most 100 units before. */
function donorEndingAt(text: string, end: number): { donor: DonorRef | null; start: number } | null {
  MAYBE_CAPITAL.lastIndex = Math.max(0, end - 100);
  while (MAYBE_CAPITAL.test(text) && MAYBE_CAPITAL.lastIndex <= end) {
    const at = MAYBE_CAPITAL.lastIndex - 1;
    const match = testAt(WORD_CAPITAL, text, at) ? spellingAt(text, at) : null;
    if (match?.end === end) return { donor: match.spelling.donor, start: at };
  }
  return null;
}

/** Funders written as the owner of support or funding ("Japan’s generous contribution", "the EU’s support"). */
function possessiveFunders(text: string): DonorMention[] {
  const found: DonorMention[] = [];
  POSSESSIVE_FUNDING.lastIndex = 0;
  for (let m = POSSESSIVE_FUNDING.exec(text); m !== null; m = POSSESSIVE_FUNDING.exec(text)) {
    const owner = donorEndingAt(text, m.index);
    const donor = owner?.donor;
    if (owner && donor && (donor.type !== 'government' || MONEY_NOUN.test(m[1]!))) found.push(mention(text, owner.start, m.index, donor));
  }
  return found;
}

/**
 * Donors named as funders in one statement, in text order, one per span. Implementing partners
 * (IOM, UN agencies, NGOs) are never donors; URLs are ignored. Pure, never throws.
 */
export function extractDonors(text: string): DonorMention[] {
  if (!FUNDING_WORD.test(text)) return [];
  const visible = URL_HINT.test(text) ? text.replace(/\S*(?:https?:\/\/|www\.)\S*/giu, (url) => ' '.repeat(url.length)) : text;
  const all = [
    ...afterTriggers(visible, STRONG_TRIGGER.for(visible), true),
    ...afterTriggers(visible, WEAK_TRIGGER.for(visible), false),
    ...afterTriggers(visible, GRATITUDE_TRIGGER.for(visible), false, THANKED_FOR_AFTER),
    ...beforeVerbs(visible),
    ...possessiveFunders(visible),
  ];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DonorMention[] = [];
  for (const donor of all) {
    const last = kept[kept.length - 1];
    if (!last || donor.start >= last.end) kept.push({ ...donor, name: donor.name === visible.slice(donor.start, donor.end).replace(/\s+/g, ' ') ? text.slice(donor.start, donor.end).replace(/\s+/g, ' ') : donor.name });
  }
  return kept;
}
