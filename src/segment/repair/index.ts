import { applyEdits, type MappedText } from '../mapped.js';
import { normalizeCharacters } from './characters.js';
import { isEnglishWord } from './dictionary.js';
import { collectDocumentWords, joinHyphenation } from './hyphenation.js';
import { collapseLetterSpacing } from './letter-spacing.js';

/** Repair text as it comes out of a PDF, keeping the map back to the source. */
export function repairText(source: MappedText): MappedText {
  const normalized = applyEdits(source, normalizeCharacters(source.text));
  const collapsed = applyEdits(normalized, collapseLetterSpacing(normalized.text));
  let documentWords: Set<string> | undefined;
  const evidence = { documentWords: () => (documentWords ??= collectDocumentWords(collapsed.text)), isWord: isEnglishWord };
  return applyEdits(collapsed, joinHyphenation(collapsed.text, evidence));
}
