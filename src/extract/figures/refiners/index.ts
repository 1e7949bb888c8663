import { dropAddresses } from './addresses.js';
import { dropDates } from './dates.js';
import { dropDurations } from './durations.js';
import { dropLabelless } from './labelless.js';
import { dropMasked } from './masked.js';
import { dropMeasures } from './measures.js';
import { dropNames } from './names.js';
import { dropNumbering } from './numbering.js';
import { dropOne } from './one.js';
import { dropPhones } from './phones.js';
import type { Refiner } from './refiner.js';
import { dropStories } from './stories.js';

export type { Refiner } from './refiner.js';

/**
 * The not-figure refiners, in order. `dropLabelless` comes first so that it counts every number
 * of the statement, dates and URL digits included, against the words that could label them.
 */
export const REFINERS: readonly Refiner[] = [
  dropLabelless,
  dropMasked,
  dropPhones,
  dropAddresses,
  dropDates,
  dropNames,
  dropNumbering,
  dropDurations,
  dropMeasures,
  dropOne,
  dropStories,
];
