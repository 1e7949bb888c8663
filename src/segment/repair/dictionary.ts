import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/** Proper words the word list leaves out but reports break across lines all the time. */
const CALENDAR = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];

let words: Set<string> | undefined;

/** Is this lower-case string an English word? The word list is read on first use only. */
export function isEnglishWord(word: string): boolean {
  words ??= new Set([...readFileSync(wordListPath, 'utf8').split('\n'), ...CALENDAR]);
  return words.has(word);
}
