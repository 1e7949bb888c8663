import { BULLET, classifyLine, type LineKind } from './lines.js';

export type BlockKind = 'paragraph' | 'bullet' | 'heading' | 'keyfigure';

export interface LineSpan {
  start: number;
  end: number;
}

/** Consecutive lines that form one unit of text: a paragraph, a bullet, a heading or a key-figure box. */
export interface Block {
  kind: BlockKind;
  lines: LineSpan[];
  /** The heading above the block, if any. */
  section: string | null;
}

interface Line extends LineSpan {
  kind: LineKind;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    const end = start + part.length;
    const pageBreak = part.includes('\f');
    const shown = pageBreak ? part.replace(/\f/g, ' ') : part;
    lines.push({ start, end, text: shown, kind: pageBreak && shown.trim() === '' ? 'pagebreak' : classifyLine(shown) });
    start = end + 1;
  }
  return lines;
}

/** Trim a line's span to its visible text, and past its bullet mark. */
function visible(line: Line): LineSpan {
  const marked = line.kind === 'bullet' || line.kind === 'number';
  const lead = marked ? (BULLET.exec(line.text)?.[0].length ?? 0) : 0;
  const indent = line.text.length - line.text.trimStart().length;
  return { start: line.start + Math.max(lead, indent), end: line.start + line.text.trimEnd().length };
}

const ENDS_STATEMENT = /[.!?:;)"]\s*$/;
const CONTINUES = /^\s*\p{Ll}/u;
const LABEL_LINES = 5;
/** Key-figure labels are set in narrow boxes: a longer line is running text, not a label. */
const LABEL_WIDTH = 45;
/** A line ending in a word that cannot end a phrase ("funding from the"), or in a comma or hyphen: the text runs on. */
const RUNS_ON = /(?:\b(?:to|of|and|the|in|for|with|from|by|on|at|a|an|or|through|via|into|than|under|between|among|including|across|per|&)|[,\-–])\s*$/i;
/** A paragraph's last line is short when under this share of its longest line. */
const SHORT_LINE = 0.5;
/** How many of a paragraph's last lines give its width: enough to see the column, few enough to stay linear. */
const WIDTH_WINDOW = 8;

/** "2. Work of …": a number, a point or parenthesis and a capital at the start of a line. */
const NUMBERED_ITEM = /^\s*\d{1,2}[.)]\s+(?=\p{Lu})/u;

/**
 * The length of a numbered-list mark that opens `line`, when the line before ended a statement (so that a
 * count wrapped to the start of a line, "grew to\n15. In addition", stays in its sentence); else 0.
 */
function numberedItemMark(line: Line, lastLine: Line | null): number {
  const mark = NUMBERED_ITEM.exec(line.text);
  if (!mark) return 0;
  return lastLine === null || lastLine.kind === 'heading' || ENDS_STATEMENT.test(lastLine.text) ? mark[0].length : 0;
}

function nextNonBlank(lines: readonly Line[], from: number): Line | undefined {
  for (let j = from; j < lines.length; j++) if (lines[j]!.kind !== 'blank') return lines[j];
  return undefined;
}

/**
 * A paragraph whose last line stops well short of its recent longest one, followed by a capitalized line, has
 * ended: PDF text loses the blank line between paragraphs, the short last line is what is left of it.
 */
function endsShort(text: string, lines: readonly LineSpan[], next: Line): boolean {
  if (lines.length < 2) return false;
  let widest = 0;
  for (let k = Math.max(0, lines.length - WIDTH_WINDOW); k < lines.length; k++) widest = Math.max(widest, lines[k]!.end - lines[k]!.start);
  const lastSpan = lines[lines.length - 1]!;
  const last = text.slice(lastSpan.start, lastSpan.end);
  return lastSpan.end - lastSpan.start < SHORT_LINE * widest && /^\s*\p{Lu}/u.test(next.text) && !RUNS_ON.test(last) && !/[;:]$/.test(last);
}

/** A line closed by a colon or semicolon, then a capitalized line: the next item of a list, or the list after its lead-in. */
function endsList(text: string, lines: readonly LineSpan[], next: Line): boolean {
  const last = lines[lines.length - 1]!;
  return last.end > last.start && ':;'.includes(text[last.end - 1]!) && /^\s*\p{Lu}/u.test(next.text);
}

/** Can `next` carry on a key-figure label whose last line so far is `last`? A capitalized line does when the label runs on into it or a name does ("Community Support / Groups"). */
function continuesLabel(last: Line, next: Line | undefined, capsLabel: boolean): boolean {
  if (!next || (next.kind !== 'text' && next.kind !== 'heading') || next.text.trim().length > LABEL_WIDTH) return false;
  if (/[.!?]\s*$/.test(last.text)) return false;
  if (next.kind === 'heading') return capsLabel;
  return !/^\s*\p{Lu}/u.test(next.text) || RUNS_ON.test(last.text) || /\b\p{Lu}[\p{L}-]*\s*$/u.test(last.text);
}

/**
 * Add to a key-figure box the label lines that follow its number (from line `from`): a narrow text,
 * maybe after one blank line when it starts in lower case ("people reached"), and across a blank
 * line after "TOTAL:" or a line that plainly runs on. Returns the index of the first line not taken.
 */
function gatherLabel(lines: readonly Line[], from: number, box: Block): number {
  let j = from;
  if (lines[j]?.kind === 'blank' && lines[j + 1]?.kind === 'text' && CONTINUES.test(lines[j + 1]!.text)) j++;
  const first = lines[j];
  if (!first || (first.kind !== 'text' && first.kind !== 'heading') || first.text.trim().length > LABEL_WIDTH) return from;
  const capsLabel = first.kind === 'heading';
  box.lines.push(visible(first));
  for (j++; box.lines.length <= LABEL_LINES; j++) {
    const last = lines[j - 1]!;
    const across = lines[j]?.kind === 'blank' && lines[j + 1]?.kind === 'text';
    if (across && (last.text.trimEnd().endsWith(':') || (RUNS_ON.test(last.text) && CONTINUES.test(lines[j + 1]!.text)))) j++;
    else if (!continuesLabel(last, lines[j], capsLabel)) break;
    box.lines.push(visible(lines[j]!));
  }
  return j;
}

/** A short text of a few lines with no closing punctuation: the label of a key-figure box written above its number. */
function isLabel(text: string, lines: readonly LineSpan[]): boolean {
  const label = lines.map((l) => text.slice(l.start, l.end)).join(' ');
  return lines.length <= 3 && label.length <= 80 && !ENDS_STATEMENT.test(label);
}

/**
 * Group repaired lines into blocks. A bullet starts a new block; a blank line ends one unless the text
 * plainly runs on (no closing punctuation, next line in lower case); ALL-CAPS lines are headings; a line
 * holding only a number joins its label (the lines after it, or else the line before) as a key-figure box.
 */
export function buildBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  let section: string | null = null;
  let open: Block | null = null;
  let lastLine: Line | null = null;

  const close = () => {
    if (open) blocks.push(open);
    open = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    switch (line.kind) {
      case 'blank':
      case 'pagebreak': {
        const next = nextNonBlank(lines, i + 1);
        const runsOn = open && lastLine && !ENDS_STATEMENT.test(lastLine.text) && next?.kind === 'text' && CONTINUES.test(next.text);
        if (!runsOn) close();
        break;
      }
      case 'contact':
        close();
        break;
      case 'bullet':
        close();
        open = { kind: 'bullet', lines: [visible(line)], section };
        break;
      case 'heading':
        if (open?.kind !== 'heading') {
          close();
          open = { kind: 'heading', lines: [], section };
        }
        open.lines.push(visible(line));
        section = open.lines.map((l) => text.slice(l.start, l.end)).join(' ');
        break;
      case 'number': {
        close();
        const box: Block = { kind: 'keyfigure', lines: [visible(line)], section };
        const j = gatherLabel(lines, i + 1, box);
        const before = blocks[blocks.length - 1];
        if (box.lines.length === 1 && before?.kind === 'paragraph' && isLabel(text, before.lines)) {
          blocks.pop();
          box.lines.unshift(...before.lines);
        }
        blocks.push(box);
        i = j - 1;
        lastLine = lines[i]!;
        continue;
      }
      case 'text': {
        const item = numberedItemMark(line, lastLine);
        if (item > 0) {
          close();
          open = { kind: 'bullet', lines: [{ start: line.start + item, end: line.start + line.text.trimEnd().length }], section };
          break;
        }
        if (!open || open.kind === 'heading' || (open.kind === 'paragraph' && (endsShort(text, open.lines, line) || endsList(text, open.lines, line)))) {
          close();
          open = { kind: 'paragraph', lines: [], section };
        }
        open.lines.push(visible(line));
        break;
      }
    }
    if (line.kind !== 'blank' && line.kind !== 'pagebreak') lastLine = line;
  }
  close();
  return blocks;
}
