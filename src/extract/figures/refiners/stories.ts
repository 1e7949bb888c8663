import { after, before } from '../context.js';
import type { Refiner } from './refiner.js';

const FIRST_OR_THIRD_PERSON = /\b(?:I|me|my|we|us|our|she|her|he|his|him)\b/u;
const ONE_PERSON = /\b(?:she|her|he|his|him)\b/iu;
const FIRST_PERSON = /\b(?:I|me|my|we|us|our)\b/u;
const FAMILY_AFTER = /^\s+(?:\p{L}+\s+)?(?:children|kids|sons|daughters|grandchildren|siblings|brothers|sisters)\b/iu;
const PARENT_OF = /\b(?:mother|father|parent|grandmother|grandfather)\s+of\s+$/iu;
const PERCENT_AFTER = /^\s*(?:%|per\s*cent|percent)/iu;

/**
 * Drops small quantities of personal stories: the size of one family ("her three children",
 * "mother of four"), small numbers told in the first person ("we take care of seven patients") or
 * about one person ("he sells in 3-5 kg packages").
 */
export const dropStories: Refiner = (statement, numbers) => {
  const text = statement.text;
  const personal = FIRST_OR_THIRD_PERSON.test(text);
  const firstPerson = FIRST_PERSON.test(text);
  const onePerson = ONE_PERSON.test(text);
  return numbers.filter((n) => {
    if (n.vague || n.value >= 20 || PERCENT_AFTER.test(after(text, n.end, 10))) return true;
    if (PARENT_OF.test(before(text, n.start, 24))) return false;
    if (personal && FAMILY_AFTER.test(after(text, n.end, 30))) return false;
    return !firstPerson && !onePerson;
  });
};
