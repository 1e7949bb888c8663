/** Cyrillic letters that PDF text uses in place of their Latin look-alikes ("Сrimean", "Novа"). */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', і: 'i', ј: 'j', к: 'k', м: 'm', т: 't', н: 'h', в: 'b',
};

/**
 * Folds text for matching without moving offsets: every UTF-16 unit maps to exactly one unit, lower
 * case, diacritics dropped, Cyrillic homoglyphs made Latin, curly apostrophes straight.
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch.length !== 1) {
      out += ch;
      continue;
    }
    const lower = ch.toLowerCase()[0] ?? ch;
    const mapped = HOMOGLYPHS[lower] ?? (lower === '’' || lower === 'ʼ' || lower === '‘' ? "'" : lower);
    out += mapped.normalize('NFD')[0] ?? mapped;
  }
  return out;
}
