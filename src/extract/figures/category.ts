import type { Category, Unit } from '../../schema/index.js';
import { CATEGORY_CUES, NOUNS, type NounSense } from './lexicon.js';
import { lexiconTags } from './pos.js';
import { isMoney } from './units.js';

const WORD = /\p{L}[\p{L}-]*/gu;
const REACH_FIRST = /^\s*(?:were\s+|have\s+been\s+|was\s+)?(?:reached|assisted|supported|benefit(?:t)?ed|received|trained|served|helped|targeted|referred|screened)\b/iu;
const FUNDING = /\b(?:fund(?:s|ing|ed)?|budget|requirements?|appeal|financing)\b/iu;

const RUN_ENDS = new Set(['Preposition', 'Conjunction', 'Determiner', 'Copula', 'Auxiliary', 'Modal', 'Verb', 'PastTense', 'PresentTense', 'Participle', 'Gerund', 'Infinitive']);

function nounSense(word: string): NounSense | undefined {
  const w = word.toLowerCase();
  return NOUNS.get(w) ?? NOUNS.get(w.slice(w.lastIndexOf('-') + 1));
}

/**
 * What a label counts: the last known noun of its opening noun run ("collective centres residents
 * reached" → residents), else a reach verb right after the number ("8,393 received …" → people),
 * else the first known noun of its first words ("mental health and psychosocial support services" → services).
 */
export function senseOf(label: string | null): NounSense | null {
  if (label === null) return null;
  const words = [...label.matchAll(WORD)].map((m) => m[0]).slice(0, 8);
  let head: NounSense | undefined;
  for (const w of words) {
    if (REACH_FIRST.test(w) || lexiconTags(w).some((t) => RUN_ENDS.has(t))) break;
    head = nounSense(w) ?? head;
  }
  if (head) return head;
  if (REACH_FIRST.test(label)) return { unit: 'people', personal: true, category: 'population' };
  for (const w of words) {
    const sense = nounSense(w);
    if (sense) return sense;
  }
  return null;
}

/**
 * The category of a figure: money is funding, a percentage a share (or funding), a count of
 * people takes its category from the words around it (killed, in need, reached, displaced…),
 * anything else from its counted noun.
 */
export function categoryOf(unit: Unit, sense: NounSense | null, label: string | null, clauseBefore: string): Category {
  if (isMoney(unit)) return 'funding';
  if (unit === 'percent') return label !== null && FUNDING.test(label) ? 'funding' : 'share';
  if (unit === 'km' || unit === 'm2') return 'infrastructure';
  if (sense === null) return 'other';
  if (!sense.personal) return sense.category;
  const around = `${label ?? ''} ${clauseBefore}`;
  for (const [category, cue] of CATEGORY_CUES) {
    if (cue.test(around)) return category;
  }
  return sense.category;
}
