import { CaselessPattern } from '../../caseless.js';
import { after, before } from '../context.js';
import type { Refiner } from './refiner.js';

const FIRST_OR_THIRD_PERSON = /\b(?:I|me|my|we|us|our|she|her|he|his|him)\b/u;
const ONE_PERSON = new CaselessPattern(String.raw`\b(?:she|her|he|his|him)\b`);
const FIRST_PERSON = /\b(?:I|me|my|we|us|our)\b/u;
const FAMILY_AFTER = /^\s+(?:\p{L}+\s+)?(?:children|kids|sons|daughters|grandchildren|siblings|brothers|sisters)\b/iu;
const PARENT_OF = new CaselessPattern(String.raw`\b(?:mother|father|parent|grandmother|grandfather)\s+of\s+$`);
const PERCENT_AFTER = /^\s*(?:%|per\s*cent|percent)/iu;

/**
 * How a statement is told: with a personal pronoun at all, and in the first person or about one person.
 * Each is read from the whole text on first need only, as most statements have no small number to judge.
 */
function voiceOf(text: string): { personal: () => boolean; firstOrOnePerson: () => boolean } {
  let personal: boolean | undefined;
  let firstOrOnePerson: boolean | undefined;
  return {
    personal: () => (personal ??= FIRST_OR_THIRD_PERSON.test(text)),
    firstOrOnePerson: () => (firstOrOnePerson ??= FIRST_PERSON.test(text) || ONE_PERSON.test(text)),
  };
}

/**
 * Drops small quantities of personal stories: the size of one family ("her three children",
 * "mother of four"), small numbers told in the first person ("we take care of seven patients") or
 * about one person ("he sells in 3-5 kg packages").
 */
export const dropStories: Refiner = (statement, numbers) => {
  const text = statement.text;
  const voice = voiceOf(text);
  return numbers.filter((n) => {
    if (n.vague || n.value >= 20 || PERCENT_AFTER.test(after(text, n.end, 10))) return true;
    if (PARENT_OF.test(before(text, n.start, 24))) return false;
    if (FAMILY_AFTER.test(after(text, n.end, 30)) && voice.personal()) return false;
    return !voice.firstOrOnePerson();
  });
};
