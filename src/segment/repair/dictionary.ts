import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/** Proper words the word list leaves out but reports break across lines all the time. */
const CALENDAR = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];

const PREFIX = 3;

/** The word list as one string, each line between two newlines, and where its groups of lines are. */
interface Dictionary {
  text: string;
  /** For each group key, the [start, end) spans of its runs of lines, newlines on both sides included. */
  runs: Map<string, number[]>;
}

let dictionary: Dictionary | undefined;

/**
 * A run of lines of the list in one group: lines of PREFIX letters or more that start alike, or one
 * shorter line repeated. A line is what stands between two newlines.
 */
const RUN = new RegExp(`(?<![^\\n])(?:([^\\n]{${PREFIX}})[^\\n]*(?:\\n\\1[^\\n]*)*|([^\\n]{1,${PREFIX - 1}})(?:\\n\\2(?![^\\n]))*)(?![^\\n])`, 'g');

/**
 * The word list and the calendar words, grouped by their first letters: built once, then a look-up
 * searches a few hundred words instead of 2.8 MB. The groups are runs of lines found by one regular
 * expression and kept as spans of the list, with no string per word or per group.
 */
function load(): Dictionary {
  const text = `\n${readFileSync(wordListPath, 'utf8')}\n${CALENDAR.join('\n')}\n`;
  const runs = new Map<string, number[]>();
  RUN.lastIndex = 0;
  for (let run = RUN.exec(text); run; run = RUN.exec(text)) {
    const key = run[1] ?? run[2]!;
    const span = [run.index - 1, run.index + run[0].length + 1];
    const spans = runs.get(key);
    if (spans) spans.push(...span);
    else runs.set(key, span);
  }
  return { text, runs };
}

/** Is this lower-case string an English word? The list is read on first use only. */
export function isEnglishWord(word: string): boolean {
  const { text, runs } = (dictionary ??= load());
  const spans = word.includes('\n') ? undefined : runs.get(word.slice(0, PREFIX));
  if (!spans) return false;
  const line = `\n${word}\n`;
  for (let k = 0; k < spans.length; k += 2) if (text.slice(spans[k], spans[k + 1]).includes(line)) return true;
  return false;
}
