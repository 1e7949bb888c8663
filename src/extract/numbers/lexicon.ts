/** A word table with no prototype, so that `in` never finds "constructor" or "toString" in it. */
const table = (entries: Record<string, number>): Record<string, number> => Object.assign(Object.create(null) as Record<string, number>, entries);

/** Number words: units and teens, tens, and the multipliers that combine them. */
export const UNITS = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});

export const TENS = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

export const MULTIPLIERS = table({
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9,
});

/** The base of a vague amount: "thousands" is 1000, "tens of thousands" 10000. */
export const VAGUE = table({
  tens: 10, dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
});

/** Fractions read as a share: "a fifth of respondents" is 20 per cent. */
export const FRACTIONS = table({
  half: 50, third: 33.3, quarter: 25, fifth: 20, tenth: 10,
});

const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(MULTIPLIERS)]);

export function isNumberWord(word: string): boolean {
  return NUMBER_WORDS.has(word);
}

/** Does the text hold a number word anywhere? A cheap test before splitting it into words. */
export const ANY_NUMBER_WORD = new RegExp(`\\b(?:${[...NUMBER_WORDS].join('|')})\\b`, 'i');

/** Does the text hold a vague amount anywhere? A cheap test before looking for one. */
export const ANY_VAGUE = /dozens|hundreds|thousands|millions|billions/i;

/** Does the text hold a fraction word anywhere? A cheap test before looking for one. */
export const ANY_FRACTION = /half|third|quarter|fourth|fifth|tenth/i;
