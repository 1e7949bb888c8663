import lexiconData from '../../data/compromise-lexicon.json' with { type: 'json' };

/**
 * compromise's English lexicon (word → part-of-speech tags), as compromise 14 builds it, kept as JSON:
 * reading it takes a few milliseconds where building it in compromise takes about half a second in
 * every worker. A test checks it against the installed compromise; `npm run lexicon` writes it anew.
 */
const lexicon: Readonly<Record<string, string | readonly string[]>> = lexiconData;

/** The part-of-speech tags the figure code asks about, one bit each; combine them with `|`. */
export const TAG = {
  QuestionWord: 1 << 0,
  Copula: 1 << 1,
  Auxiliary: 1 << 2,
  Preposition: 1 << 3,
  Conjunction: 1 << 4,
  Determiner: 1 << 5,
  Modal: 1 << 6,
  Pronoun: 1 << 7,
  Possessive: 1 << 8,
  Adverb: 1 << 9,
  Verb: 1 << 10,
  PastTense: 1 << 11,
  PresentTense: 1 << 12,
  Infinitive: 1 << 13,
  Participle: 1 << 14,
  Gerund: 1 << 15,
  Adjective: 1 << 16,
} as const;

const FUNCTION_TAGS = TAG.QuestionWord | TAG.Copula | TAG.Auxiliary | TAG.Preposition | TAG.Conjunction | TAG.Determiner | TAG.Modal | TAG.Pronoun | TAG.Possessive | TAG.Adverb;
const VERB_TAGS = TAG.Verb | TAG.PastTense | TAG.PresentTense | TAG.Infinitive | TAG.Copula;

function bitOf(tag: string): number {
  return Object.hasOwn(TAG, tag) ? TAG[tag as keyof typeof TAG] : 0;
}

/**
 * Words as written already looked up, with their bits: labels repeat a few hundred words ("people", "of",
 * "Ukraine") thousands of times, and a Map finds them several times faster than the 24,000-key lexicon object.
 */
const seen = new Map<string, number>();
/** How many words `seen` keeps at most, so that a long batch of odd text cannot grow it without end. */
const SEEN_LIMIT = 50_000;

/** A regular past form the lexicon leaves out ("attended", "rehabilitated"): four letters or more before "-ed". */
const REGULAR_PAST = /^[a-z]{4,}ed$/;

/** The tags a word outside the lexicon takes from its ending: a regular "-ed" form is a past tense, else none. */
function suffixBits(key: string): number {
  return REGULAR_PAST.test(key) ? TAG.PastTense : 0;
}

function lexiconBits(word: string): number {
  const key = word.toLowerCase();
  if (!Object.hasOwn(lexicon, key)) return suffixBits(key);
  const tags = lexicon[key]!;
  return typeof tags === 'string' ? bitOf(tags) : tags.reduce((bits, tag) => bits | bitOf(tag), 0);
}

/**
 * The tags (as `TAG` bits) compromise's lexicon gives a word out of context, whatever its case ("Is" → Copula | PresentTense);
 * for a word it lacks, the tags its regular ending shows, or 0.
 */
function tagsOf(word: string): number {
  const known = seen.get(word);
  if (known !== undefined) return known;
  const bits = lexiconBits(word);
  if (seen.size < SEEN_LIMIT) seen.set(word, bits);
  return bits;
}

/** Does the lexicon give the word one of the tags in `tags` (`TAG` bits)? */
export function hasTag(word: string, tags: number): boolean {
  return (tagsOf(word) & tags) !== 0;
}

/** A word that cannot end a label: a preposition, conjunction, determiner, auxiliary or bare adverb ("of", "and", "the", "is", "approximately"). */
export function isFunctionWord(word: string): boolean {
  return hasTag(word, FUNCTION_TAGS);
}

/** A verb form by compromise's lexicon ("reached", "stands"), used to cut a subject from its predicate. */
export function isVerb(word: string): boolean {
  return hasTag(word, VERB_TAGS);
}
