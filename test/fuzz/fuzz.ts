import assert from 'node:assert/strict';
import fc from 'fast-check';
import { expect } from 'vitest';

/** Cases per property: 10,000 in `npm test`; `npm run fuzz` sets FUZZ_RUNS=100000. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
/** One fixed seed, so every run checks the same cases and a failure replays; FUZZ_SEED explores others. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20_240_601);

/** Check a property over RUNS cases; on failure the message carries the shrunk counterexample and how to replay it. */
export function holds<Ts extends [unknown, ...unknown[]]>(name: string, property: fc.IRawProperty<Ts, false>): void {
  const details = fc.check(property, { numRuns: RUNS, seed: SEED }) as fc.RunDetails<Ts>;
  expect(details.failed, `${fc.defaultReportMessage(details)}\n${String(details.errorInstance)}`).toBe(false);
  expect(details.numRuns).toBe(RUNS);
  console.info(`fuzz: ${name}: ${details.numRuns} cases, seed ${SEED}`);
}

/** Any UTF-16 code unit, lone surrogates included: what a broken PDF text layer can hold. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Pieces of report text on which the repair, block and sentence rules fire. */
const PIECES = [
  'L A T V I A', 'R E G I O N A L  O V E R V I E W', '9 2 5 , 0 0 0', 'A B C D', 'X Y Z W -', 'a b c d',
  'Decem-\nber', 'vulner-\nable', 'Japan-\nfunded', 'non-\nfood', 'Entry-\nExit', 'self-\nresilience', 'word- \n next', '-\n', '-', '–',
  '\n', '\n\n', '\r\n', '\r', ' ', '  ', '\t', '\f', '\n\f\n',
  '\u00A0', '\u2009', '\u202F', '\u00AD', '\u200B', '\uFEFF', '\uFB01', '\uFB02', '\uFB03', '\u201C', '\u201D', '\u2018', '\u2019',
  '• ', '●', '■ ', '▪', '- ', '* ', 'HIGHLIGHTS', 'KEY FIGURES', 'MULTI-PURPOSE CASH ASSISTANCE',
  '616,945', '$108m', '+40,000', 'Over 2,000', '12,026', '1.5 million', '45%', '1,363,754', '35 000', '2024', '15 May', 'January',
  'people reached', 'IDPs', 'IOM has assisted over ', 'households', 'Kharkiv', 'the ', 'and ', 'in ', 'a', 'b', 'x', 'Q',
  'Ms.', 'Dr.', 'U.S.', 'e.g.', 'No.', '. ', '! ', '? ', '."', ')', '(', ':', ';', ',', '=', '@', '"',
  'https://www.iom.int/news', 'iomkyiv@iom.int', '+38 044 568 50 15', 'Tel: ', '\u{1D400}', '\u{1F600}', '\uD800', '\uDC00',
];

/** Arbitrary code units, up to 120. */
export const anyText = fc.string({ unit: anyUnit, maxLength: 120 });

/** Report-like text: the pieces above mixed with arbitrary code units. */
export const reportText = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...PIECES), weight: 4 }, { arbitrary: fc.string({ unit: anyUnit, maxLength: 4 }), weight: 1 }), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** The text every property runs on: mostly report-like, sometimes pure noise. */
export const text = fc.oneof({ arbitrary: reportText, weight: 3 }, { arbitrary: anyText, weight: 1 });

const isSpace = (unit: string) => /\s/.test(unit);

/** The code units of `s` that are not whitespace. */
export const visible = (s: string) => s.split('').filter((unit) => !isSpace(unit)).join('');

/** A span lies inside a text of this length. */
export function assertInside(span: { start: number; end: number }, length: number): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= length, `span [${span.start}, ${span.end}) outside a text of ${length}`);
}
