import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/** Proper words the word list leaves out but reports break across lines all the time. */
const CALENDAR = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];

const PREFIX = 3;

let buckets: Map<string, string> | undefined;

/**
 * A run of lines of the list in one group: lines of PREFIX letters or more that start alike, or one
 * shorter line repeated. A line is what stands between two newlines.
 */
const RUN = new RegExp(`(?<![^\\n])(?:([^\\n]{${PREFIX}})[^\\n]*(?:\\n\\1[^\\n]*)*|([^\\n]{1,${PREFIX - 1}})(?:\\n\\2(?![^\\n]))*)(?![^\\n])`, 'g');

/**
 * The word list grouped by its first letters, each group one newline-delimited string: built once,
 * then a look-up searches a few hundred words instead of 2.8 MB. The groups are cut from the list as
 * runs of lines by one regular expression, with no string per word.
 */
function load(): Map<string, string> {
  const list = readFileSync(wordListPath, 'utf8');
  const groups = new Map<string, string[]>();
  const add = (key: string, words: string) => {
    const group = groups.get(key);
    if (group) group.push(words);
    else groups.set(key, [words]);
  };
  for (const run of list.matchAll(RUN)) add(run[1] ?? run[2]!, run[0]);
  for (const word of CALENDAR) add(word.slice(0, PREFIX), word);
  return new Map([...groups].map(([key, runs]) => [key, `\n${runs.join('\n')}\n`]));
}

/** Is this lower-case string an English word? The list is read on first use only. */
export function isEnglishWord(word: string): boolean {
  buckets ??= load();
  return !word.includes('\n') && (buckets.get(word.slice(0, PREFIX))?.includes(`\n${word}\n`) ?? false);
}
