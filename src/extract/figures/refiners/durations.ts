import { CaselessPattern } from '../../caseless.js';
import { after, before } from '../context.js';
import { TIME_UNIT } from '../lexicon.js';
import { dropWhen } from './refiner.js';

const TIME_AFTER = new RegExp(`^(?:-and-a-half)?[\\s-]+(?:(?:more|additional|consecutive|full|long|whole|straight)\\s+)?${TIME_UNIT}\\b`, 'iu');
const TIME_BEFORE = new CaselessPattern(`\\b${TIME_UNIT}\\s+or\\s+$`);
const AGE_BEFORE = new CaselessPattern(String.raw`\b(?:aged?|ages|age\s+of|age\s+group)\s*$`);
const AGE_AFTER = /^\s*(?:years?[\s-]+old|y\.?o\.?)\b/iu;

/** Drops durations and ages ("40 minutes", "two-day", "81-year-old", "aged 60", "a week or two"). */
export const dropDurations = dropWhen(
  (text, n) =>
    TIME_AFTER.test(after(text, n.end, 30)) ||
    AGE_AFTER.test(after(text, n.end, 14)) ||
    AGE_BEFORE.test(before(text, n.start, 16)) ||
    TIME_BEFORE.test(before(text, n.start, 16)),
);
