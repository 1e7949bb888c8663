import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { BULLET, classifyLine } from '../../src/segment/lines.js';
import { applyEdits, fromSource, type Edit, type MappedText } from '../../src/segment/mapped.js';
import { normalizeCharacters } from '../../src/segment/repair/characters.js';
import { isEnglishWord } from '../../src/segment/repair/dictionary.js';
import { documentWords, joinHyphenation } from '../../src/segment/repair/hyphenation.js';
import { repairText } from '../../src/segment/repair/index.js';
import { collapseLetterSpacing } from '../../src/segment/repair/letter-spacing.js';
import { splitSentences } from '../../src/segment/sentences.js';
import { assertInside, holds, text, visible } from './fuzz.js';

/** A map has one entry per character and one past the end, and never goes back. */
function assertMonotoneMap(mapped: { text: string; map: ArrayLike<number> }): void {
  assert.equal(mapped.map.length, mapped.text.length + 1);
  for (let i = 1; i < mapped.map.length; i++) assert.ok(mapped.map[i]! >= mapped.map[i - 1]!, `map goes back at ${i} of "${mapped.text}"`);
}

function assertDisjointEdits(edits: readonly Edit[], length: number): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  sorted.forEach((edit, i) => {
    assertInside(edit, length);
    if (i > 0) assert.ok(edit.start >= sorted[i - 1]!.end, `edits overlap at ${edit.start}`);
  });
}

/** One source character alone through the character normalization: what it may become wherever it stands. */
const normalizeUnit = (unit: string) => applyEdits(fromSource(unit), normalizeCharacters(unit)).text;

/** A hyphen the repair may drop: a word broken at a line end ("Decem-\nber"), maybe after a letter-spaced run. */
const BREAK_HYPHEN = /(?<=\p{L} *)-(?= *\n *\p{L})/gu;

/**
 * Check that the repaired characters in `[from, to)` of the repaired text are the visible source
 * characters of `[sourceFrom, sourceTo)`, normalized, in order, less some line-break hyphens.
 */
function assertSameVisible(repaired: string, normalized: string[], droppable: ReadonlySet<number>, sourceFrom: number, sourceTo: number): void {
  const expected: { unit: string; droppable: boolean }[] = [];
  for (let j = sourceFrom; j < sourceTo; j++) for (const unit of visible(normalized[j]!)) expected.push({ unit, droppable: droppable.has(j) });
  const actual = visible(repaired);
  let k = 0;
  for (const { unit, droppable: mayDrop } of expected) {
    if (actual[k] === unit) k++;
    else assert.ok(mayDrop, `"${unit}" of source [${sourceFrom}, ${sourceTo}) is missing from "${repaired}"`);
  }
  assert.equal(actual.slice(k), '', `repaired characters not in source [${sourceFrom}, ${sourceTo})`);
}

/**
 * The repair keeps every visible character and adds none: cut the repaired text into groups of characters
 * mapped to the same source offset; each group holds exactly the visible normalized source characters from
 * its offset to the next group's, but for hyphens of words broken at a line end.
 */
function assertRepairKeepsCharacters(source: string, repaired: MappedText): void {
  const normalized = source.split('').map(normalizeUnit);
  const owner: number[] = [];
  normalized.forEach((n, j) => owner.push(...n.split('').map(() => j)));
  const droppable = new Set([...normalized.join('').matchAll(BREAK_HYPHEN)].map((m) => owner[m.index]!));
  assertSameVisible('', normalized, droppable, 0, repaired.map[0]!);
  let start = 0;
  while (start < repaired.text.length) {
    let end = start + 1;
    while (end < repaired.text.length && repaired.map[end] === repaired.map[start]) end++;
    assertSameVisible(repaired.text.slice(start, end), normalized, droppable, repaired.map[start]!, repaired.map[end]!);
    start = end;
  }
}

/**
 * The visible characters of the repaired text that segmentation keeps, with their source offsets: all but
 * those of contact lines and the bullet marks of bullets and key figures ("• 12,000"). A form feed is a page break, white space like any other: the
 * text beside it on its line (pdftotext starts each page's first line with one) is kept.
 */
function keptCharacters(repaired: MappedText): string[] {
  const kept: string[] = [];
  let offset = 0;
  for (const line of repaired.text.replace(/\f/g, ' ').split('\n')) {
    const kind = classifyLine(line);
    const from = kind === 'bullet' || kind === 'number' ? (BULLET.exec(line)?.[0].length ?? 0) : 0;
    if (kind !== 'contact' && kind !== 'blank') {
      for (let i = from; i < line.length; i++) if (!/\s/.test(line[i]!)) kept.push(`${repaired.map[offset + i]}:${line[i]}`);
    }
    offset += line.length + 1;
  }
  return kept;
}

describe('repair functions on arbitrary text', () => {
  it('give edits inside the text that never overlap', () => {
    holds(
      'repair edits',
      fc.property(text, (s) => {
        assertDisjointEdits(normalizeCharacters(s), s.length);
        assertDisjointEdits(collapseLetterSpacing(s), s.length);
        assertDisjointEdits(joinHyphenation(s, { inDocument: documentWords(s), isWord: isEnglishWord }), s.length);
      }),
    );
  });

  it('keep a sound map back to the source, and every visible character where the map says it came from', () => {
    holds(
      'repair map and characters',
      fc.property(text, (s) => {
        const repaired = repairText(fromSource(s));
        assertMonotoneMap(repaired);
        assert.ok(repaired.map[0]! >= 0);
        assert.equal(repaired.map[repaired.text.length], s.length);
        assertRepairKeepsCharacters(s, repaired);
      }),
    );
  });
});

describe('segmentation of arbitrary text', () => {
  it('splits sentences into trimmed, ordered, non-empty spans', () => {
    holds(
      'sentence spans',
      fc.property(text, (s) => {
        let last = 0;
        for (const span of splitSentences(s)) {
          assertInside(span, s.length);
          assert.ok(span.start >= last, 'sentences overlap');
          const piece = s.slice(span.start, span.end);
          assert.ok(piece !== '' && piece === piece.trim(), `sentence "${piece}" is empty or untrimmed`);
          last = span.end;
        }
      }),
    );
  });

  it('gives statements with sound maps, in source order, that never lose or duplicate a visible character of a kept line', () => {
    holds(
      'statements',
      fc.property(text, (s) => {
        let last = 0;
        const kept: string[] = [];
        for (const statement of segment(s)) {
          assert.notEqual(statement.text, '');
          assertMonotoneMap(statement);
          assert.ok(statement.map[0]! >= last, `statement "${statement.text}" starts before the one above ends`);
          last = statement.map[statement.text.length]!;
          assert.ok(last <= s.length);
          for (let k = 0; k < statement.text.length; k++) if (!/\s/.test(statement.text[k]!)) kept.push(`${statement.map[k]}:${statement.text[k]}`);
        }
        assert.deepEqual(kept, keptCharacters(repairText(fromSource(s))));
      }),
    );
  });
});
