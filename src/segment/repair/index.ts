import { applyEdits, type MappedText } from '../mapped.js';
import { normalizeCharacters } from './characters.js';
import { isEnglishWord } from './dictionary.js';
import { documentWords, joinHyphenation } from './hyphenation.js';
import { collapseLetterSpacing } from './letter-spacing.js';

/** Repair text as it comes out of a PDF, keeping the map back to the source. */
export function repairText(source: MappedText): MappedText {
  const normalized = applyEdits(source, normalizeCharacters(source.text));
  const collapsed = applyEdits(normalized, collapseLetterSpacing(normalized.text));
  const evidence = { inDocument: documentWords(collapsed.text), isWord: isEnglishWord };
  return applyEdits(collapsed, joinHyphenation(collapsed.text, evidence));
}
