import type { Category, Unit } from '../../schema/index.js';
import { CATEGORY_CUES, NOUNS, type NounSense } from './lexicon.js';
import { hasTag, TAG } from './pos.js';
import { isMoney } from './units.js';

const WORD = /\p{L}[\p{L}-]*/gu;
const REACH_FIRST = /^\s*(?:(?:were|was|have|has|had)\s+(?:been\s+)?)?(?:reached|assisted|supported|benefit(?:t)?ed|received|trained|served|helped|targeted|referred|screened|interviewed|surveyed|registered|evacuated|relocated|displaced|killed|injured|fled|crossed|returned|arrived|provided|given|offered|enrolled|employed|hired|accommodated|sheltered|completed|attended|participated|graduated)\b/iu;
const FUNDING = /\b(?:fund(?:s|ing|ed)?|budget|requirements?|appeal|financing|amount|allocations?|disbursed)\b/iu;
/** Money written in the clause before a share: "USD 187.6m (46%)", "allocated over $196 million to 131 partners, 55 per cent of which". */
const MONEY_BEFORE = /(?:\b[A-Z]{3}|US\$|[$€£₴])\s?\d/u;

/** The word before a "for" that ends the clause before a count. */
const WORD_THEN_FOR = /([A-Za-z]+)\s+for\s*$/u;
const ED_ENDING = /ed$/iu;
const ING_ENDING = /ing$/iu;
/** How much of the end of the clause before a count `isDoneFor` reads. */
const DONE_FOR_TAIL = 24;
const RUN_ENDS =
  TAG.Preposition | TAG.Conjunction | TAG.Determiner | TAG.Copula | TAG.Auxiliary | TAG.Modal | TAG.Verb | TAG.PastTense | TAG.PresentTense | TAG.Participle | TAG.Gerund | TAG.Infinitive;
/** What a reach verb right after a number counts: "8,393 received …" are people. */
const REACHED_PEOPLE: NounSense = { unit: 'people', personal: true, category: 'population' };

/** Does a past participle and "for" lead to the count: "rehabilitated for", "built for" — the people it was done for? */
function isDoneFor(clauseBefore: string): boolean {
  const word = WORD_THEN_FOR.exec(clauseBefore.slice(-DONE_FOR_TAIL))?.[1];
  return word !== undefined && (hasTag(word, TAG.PastTense | TAG.Participle) || ED_ENDING.test(word)) && !hasTag(word, TAG.Copula);
}

/** Heads that count whatever the noun before them counts: "staff members" are staff, "community members" people. */
const GENERIC_HEADS = new Set(['members']);

/** After a counted noun, an "-ing" word that is no counted noun itself opens a modifier: "attacks damaging warehouses". */
function isParticipleAfterNoun(word: string): boolean {
  return ING_ENDING.test(word) && nounSense(word) === undefined;
}

function nounSense(word: string): NounSense | undefined {
  const w = word.toLowerCase();
  return NOUNS.get(w) ?? NOUNS.get(w.slice(w.lastIndexOf('-') + 1));
}

function firstWords(label: string, max: number): string[] {
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; words.length < max && (m = WORD.exec(label)); ) words.push(m[0]);
  return words;
}

/**
 * What a label counts: the last known noun of its opening noun run, which a verb or an "-ing" word
 * after a known noun ends ("collective centres residents reached" → residents, "attacks damaging
 * warehouses" → attacks), else a reach verb right after the number ("8,393 received …" → people),
 * else the first known noun of its first words ("mental health and psychosocial support services" → services).
 */
export function senseOf(label: string | null): NounSense | null {
  if (label === null) return null;
  const words = firstWords(label, 8);
  let head: NounSense | undefined;
  for (const w of words) {
    if (REACH_FIRST.test(w) || hasTag(w, RUN_ENDS) || (head && isParticipleAfterNoun(w))) break;
    if (!(head && GENERIC_HEADS.has(w.toLowerCase()))) head = nounSense(w) ?? head;
  }
  if (head) return head;
  if (REACH_FIRST.test(label)) return REACHED_PEOPLE;
  for (const w of words) {
    const sense = nounSense(w);
    if (sense) return sense;
  }
  return null;
}

/**
 * The category of a figure: money is funding, a percentage a share (or funding, when its label or the clause
 * before it speaks of funds or money), a count of
 * people done something for ("rehabilitated for 300 people") is people reached, another count of
 * people takes its category from the words around it (killed, in need, reached, displaced…),
 * anything else from its counted noun.
 */
export function categoryOf(unit: Unit, sense: NounSense | null, label: string | null, clauseBefore: string): Category {
  if (isMoney(unit)) return 'funding';
  if (unit === 'percent') return (label !== null && FUNDING.test(label)) || FUNDING.test(clauseBefore) || MONEY_BEFORE.test(clauseBefore) ? 'funding' : 'share';
  if (unit === 'km' || unit === 'm2') return 'infrastructure';
  if (sense === null) return 'other';
  if (!sense.personal) return sense.category;
  if (isDoneFor(clauseBefore)) return 'people_reached';
  const around = `${label ?? ''} ${clauseBefore}`;
  for (const [category, cue] of CATEGORY_CUES) {
    if (cue.test(around)) return category;
  }
  return sense.category;
}
