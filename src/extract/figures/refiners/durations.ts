import { CaselessPattern } from '../../caseless.js';
import { after, before } from '../context.js';
import { TIME_UNIT } from '../lexicon.js';
import { dropWhen } from './refiner.js';

const TIME_AFTER = new RegExp(`^(?:-and-a-half)?[\\s-]+(?:(?:more|additional|consecutive|full|long|whole|straight)\\s+)?${TIME_UNIT}\\b`, 'iu');
const TIME_BEFORE = new CaselessPattern(`\\b${TIME_UNIT}\\s+or\\s+$`);
const AGE_BEFORE = new CaselessPattern(
  String.raw`\b(?:aged?|ages|age\s+of|age\s+group|(?:children|girls|boys|kids|infants|people|persons|those|adults)\s+(?:under|below|over|above)(?:\s+the\s+age\s+of)?|aged?\s+between|aged?\s+\d{1,2}\s*(?:and|or|to|-|–)|I\s+am|I'm|I’m|family\s+of)\s*$`,
);
const AGE_AFTER = /^\s*(?:years?[\s-]+old|y\.?o\.?|years?\s+of\s+age)\b/iu;
/** "Halyna, 54, and her husband": an age between commas after a name. */
const NAME_COMMA_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+,\s*$/u;
const COMMA_AFTER = /^\s*,/u;
/** "under-five children", "under-5s": an age group. */
const AGE_GROUP_BEFORE = new CaselessPattern(String.raw`\bunder-$`);

/** Drops durations and ages ("40 minutes", "two-day", "81-year-old", "aged 60", "children under five", "Halyna, 54,", "a week or two"). */
/** "2,150 nights of short-term stays": nights by the hundred are a count of accommodation, not a stay's length. */
const NIGHTS_AFTER = /^\s+nights\b/iu;

export const dropDurations = dropWhen(
  (text, n) =>
    (TIME_AFTER.test(after(text, n.end, 30)) && !(n.value >= 100 && NIGHTS_AFTER.test(after(text, n.end, 10)))) ||
    AGE_AFTER.test(after(text, n.end, 14)) ||
    AGE_BEFORE.test(before(text, n.start, 40)) ||
    AGE_GROUP_BEFORE.test(before(text, n.start, 8)) ||
    (n.form === 'digits' && n.value < 110 && COMMA_AFTER.test(after(text, n.end, 3)) && NAME_COMMA_BEFORE.test(before(text, n.start, 24))) ||
    TIME_BEFORE.test(before(text, n.start, 16)),
);
