import lexiconData from '../../data/compromise-lexicon.json' with { type: 'json' };

/**
 * compromise's English lexicon (word → part-of-speech tags), as compromise 14 builds it, kept as JSON:
 * reading it takes a few milliseconds where building it in compromise takes about half a second in
 * every worker. A test checks it against the installed compromise; `npm run lexicon` writes it anew.
 */
const lexicon: Readonly<Record<string, string | readonly string[]>> = lexiconData;

/** The tags compromise's lexicon gives a word out of context ("is" → Copula, PresentTense), or none. */
export function lexiconTags(word: string): readonly string[] {
  const key = word.toLowerCase();
  if (!Object.hasOwn(lexicon, key)) return [];
  const tags = lexicon[key]!;
  return typeof tags === 'string' ? [tags] : tags;
}

const FUNCTION_TAGS = new Set(['QuestionWord', 'Copula', 'Auxiliary', 'Preposition', 'Conjunction', 'Determiner', 'Modal', 'Pronoun', 'Possessive', 'Adverb']);

/** A word that cannot end a label: a preposition, conjunction, determiner, auxiliary or bare adverb ("of", "and", "the", "is", "approximately"). */
export function isFunctionWord(word: string): boolean {
  return lexiconTags(word).some((t) => FUNCTION_TAGS.has(t));
}

/** A verb form by compromise's lexicon ("reached", "stands"), used to cut a subject from its predicate. */
export function isVerb(word: string): boolean {
  return lexiconTags(word).some((t) => t === 'Verb' || t === 'PastTense' || t === 'PresentTense' || t === 'Infinitive' || t === 'Copula');
}
