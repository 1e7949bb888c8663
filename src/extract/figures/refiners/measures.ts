import { after, before } from '../context.js';
import { dropWhen } from './refiner.js';

/** Units of a technical specification: power, energy, voltage, frequency, temperature ("a 512 kW generator", "-15 degrees Celsius"). */
const SPECIFICATION_AFTER = /^[\s-]?(?:kw|mw|gw|kwh|mwh|gwh|kva|mva|volts?|hz|khz|°\s?[cf]?|degrees?)(?![\p{L}\d])/iu;
/** "hundreds of kilometres": a vague distance, no count. */
const VAGUE_DISTANCE_AFTER = /^\s+of\s+(?:kilomet(?:re|er)s|km|miles|met(?:re|er)s)\b/iu;

/** A clock time: "at around 04:30", "18:00 hrs". */
const CLOCK_AFTER = /^:\d\d(?!\d)/u;
const CLOCK_BEFORE = /(?<!\d)\d{1,2}:$/u;

/** Drops technical specifications, clock times and vague distances: measures, not counts of the situation or the response. */
export const dropMeasures = dropWhen(
  (text, n) =>
    SPECIFICATION_AFTER.test(after(text, n.end, 12)) ||
    (n.form === 'digits' && (CLOCK_AFTER.test(after(text, n.end, 4)) || CLOCK_BEFORE.test(before(text, n.start, 3)))) ||
    (n.vague && VAGUE_DISTANCE_AFTER.test(after(text, n.end, 20))),
);
