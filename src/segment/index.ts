import type { Statement, StatementKind } from '../extract/types.js';
import { buildBlocks, type Block } from './blocks.js';
import { applyEdits, editsFor, fromSource, joinSpans, slice, type MappedText } from './mapped.js';
import { repairText } from './repair/index.js';
import { splitSentences } from './sentences.js';

/** A statement together with the map from its characters back to source offsets. */
export interface LocatedStatement extends Statement {
  map: Int32Array;
}

const KIND: Record<Block['kind'], StatementKind> = {
  paragraph: 'sentence',
  bullet: 'bullet',
  heading: 'heading',
  keyfigure: 'keyfigure',
};

function blockText(repaired: MappedText, block: Block): MappedText {
  const joined = joinSpans(repaired, block.lines, ' ');
  return joined.text.includes('  ') ? applyEdits(joined, editsFor(joined.text, / {2,}/g, () => ' ')) : joined;
}

/** No real sentence is longer; text that runs on past this (a table flattened to one line) is cut at a space. */
export const MAX_STATEMENT = 2000;

/** Cut a span longer than MAX_STATEMENT into pieces that end at a space, so no later stage ever sees an unbounded statement. */
function bounded(text: string, span: { start: number; end: number }): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let start = span.start;
  while (span.end - start > MAX_STATEMENT) {
    const space = text.lastIndexOf(' ', start + MAX_STATEMENT);
    const end = space > start ? space : start + MAX_STATEMENT;
    pieces.push({ start, end });
    start = text[end] === ' ' ? end + 1 : end;
  }
  pieces.push({ start, end: span.end });
  return pieces;
}

/**
 * Repair a document's text and cut it into statements: sentences of paragraphs and bullets,
 * headings, and key-figure boxes joined into one line. Pages are separated by form feeds.
 */
export function segment(sourceText: string): LocatedStatement[] {
  const repaired = repairText(fromSource(sourceText));
  const statements: LocatedStatement[] = [];
  for (const block of buildBlocks(repaired.text)) {
    const whole = blockText(repaired, block);
    const kind = KIND[block.kind];
    const sentences = block.kind === 'paragraph' || block.kind === 'bullet' ? splitSentences(whole.text) : [{ start: 0, end: whole.text.length }];
    for (const sentence of sentences) {
      for (const span of bounded(whole.text, sentence)) {
        const piece = slice(whole, span.start, span.end);
        statements.push({ text: piece.text, kind, section: block.section, map: piece.map });
      }
    }
  }
  return statements;
}
