import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/** Proper words the word list leaves out but reports break across lines all the time. */
const CALENDAR = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];

let words: string | undefined;

/**
 * Is this lower-case string an English word? The list is read on first use and searched as one string:
 * a document asks about a few dozen broken words, far fewer than it would take to repay building a set.
 */
export function isEnglishWord(word: string): boolean {
  words ??= `\n${readFileSync(wordListPath, 'utf8')}\n${CALENDAR.join('\n')}\n`;
  return !word.includes('\n') && words.includes(`\n${word}\n`);
}
