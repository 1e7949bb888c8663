import { dropWhen } from './refiner.js';

/** Drops the word "one" on its own: "one of", "one-off", "one day", "the third one" are not counts. */
export const dropOne = dropWhen((_, n) => n.form === 'words' && n.text.toLowerCase() === 'one');
