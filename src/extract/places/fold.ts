/** Cyrillic letters that PDF text uses in place of their Latin look-alikes ("Сrimean", "Novа"). */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', і: 'i', ј: 'j', к: 'k', м: 'm', т: 't', н: 'h', в: 'b',
};

const NOT_ASCII = /[^\0-\x7f]/;

const folded = new Map<string, string>();

function foldUnit(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    const lower = ch.toLowerCase()[0] ?? ch;
    const mapped = HOMOGLYPHS[lower] ?? (lower === '’' || lower === 'ʼ' || lower === '‘' ? "'" : lower);
    out = mapped.normalize('NFD')[0] ?? mapped;
    folded.set(ch, out);
  }
  return out;
}

/**
 * Folds text for matching without moving offsets: every UTF-16 unit maps to exactly one unit, lower
 * case, diacritics dropped, Cyrillic homoglyphs made Latin, curly apostrophes straight.
 */
export function fold(text: string): string {
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) out += text[i];
    else out += foldUnit(text[i]!);
  }
  return out;
}
