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
    lines.push({ start, end, text: part, kind: part.includes('\f') ? 'pagebreak' : classifyLine(part) });
    start = end + 1;
  }
  return lines;
}

/** Trim a line's span to its visible text, and past its bullet mark. */
function visible(line: Line): LineSpan {
  const lead = line.kind === 'bullet' ? (BULLET.exec(line.text)?.[0].length ?? 0) : line.text.length - line.text.trimStart().length;
  return { start: line.start + lead, end: line.start + line.text.trimEnd().length };
}

const ENDS_STATEMENT = /[.!?:;)"]\s*$/;
const CONTINUES = /^\s*\p{Ll}/u;
const LABEL_LINES = 3;
/** A paragraph's last line is short when under this share of its longest line. */
const SHORT_LINE = 0.5;

function nextNonBlank(lines: readonly Line[], from: number): Line | undefined {
  for (let j = from; j < lines.length; j++) if (lines[j]!.kind !== 'blank') return lines[j];
  return undefined;
}

/**
 * A paragraph whose last line stops well short of its longest one, followed by a capitalized line, has
 * ended: PDF text loses the blank line between paragraphs, the short last line is what is left of it.
 */
function endsShort(text: string, lines: readonly LineSpan[], next: Line): boolean {
  if (lines.length < 2) return false;
  const widths = lines.map((l) => l.end - l.start);
  const last = text.slice(lines[lines.length - 1]!.start, lines[lines.length - 1]!.end);
  return widths[widths.length - 1]! < SHORT_LINE * Math.max(...widths) && /^\s*\p{Lu}/u.test(next.text) && !/[,;:\-–]$/.test(last);
}

/** A line closed by a colon or semicolon, then a capitalized line: the next item of a list, or the list after its lead-in. */
function endsList(text: string, lines: readonly LineSpan[], next: Line): boolean {
  const last = lines[lines.length - 1]!;
  return /[:;]$/.test(text.slice(last.start, last.end)) && /^\s*\p{Lu}/u.test(next.text);
}

/** A short line with no closing punctuation: the label of a key-figure box written above its number. */
function isLabel(text: string, span: LineSpan): boolean {
  const line = text.slice(span.start, span.end);
  return line.length <= 60 && !ENDS_STATEMENT.test(line);
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
        let j = i + 1;
        if (lines[j]?.kind === 'blank' && lines[j + 1]?.kind === 'text') j++;
        while (box.lines.length <= LABEL_LINES && (lines[j]?.kind === 'text' || lines[j]?.kind === 'heading')) {
          box.lines.push(visible(lines[j]!));
          j++;
        }
        const before = blocks[blocks.length - 1];
        if (box.lines.length === 1 && before?.kind === 'paragraph' && before.lines.length === 1 && isLabel(text, before.lines[0]!)) {
          blocks.pop();
          box.lines.unshift(before.lines[0]!);
        }
        blocks.push(box);
        i = j - 1;
        lastLine = lines[i]!;
        continue;
      }
      case 'text':
        if (!open || open.kind === 'heading' || (open.kind === 'paragraph' && (endsShort(text, open.lines, line) || endsList(text, open.lines, line)))) {
          close();
          open = { kind: 'paragraph', lines: [], section };
        }
        open.lines.push(visible(line));
        break;
    }
    if (line.kind !== 'blank' && line.kind !== 'pagebreak') lastLine = line;
  }
  close();
  return blocks;
}
