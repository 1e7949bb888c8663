import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { readDates, resolveDates } from '../../src/extract/dates/index.js';
import { ownDates, readChronoDates, resolveChronoDate } from '../../src/extract/dates/parsers.js';
import { extractDonors } from '../../src/extract/donors/index.js';
import { extractFigures } from '../../src/extract/figures/index.js';
import { findNumbers } from '../../src/extract/numbers/index.js';
import { extractPlaces } from '../../src/extract/places/index.js';
import { extractSource } from '../../src/extract/sources/index.js';
import type { StatementKind } from '../../src/extract/types.js';
import { assertInside, holds, text } from './fuzz.js';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const REFERENCE = { text: 'May 2024', from: '2024-05', to: '2024-05', role: 'period' as const };

/** Spans inside the text, in text order, not overlapping. */
function assertOrderedSpans(spans: readonly { start: number; end: number }[], length: number): void {
  let last = 0;
  for (const span of spans) {
    assertInside(span, length);
    assert.ok(span.start >= last, `span [${span.start}, ${span.end}) overlaps the one before`);
    last = span.end;
  }
}

const statement = fc.record({
  text,
  kind: fc.constantFrom<StatementKind>('sentence', 'bullet', 'keyfigure', 'heading'),
  section: fc.option(text, { nil: null }),
});

describe('number parser', () => {
  it('never throws, and gives ordered tokens whose text is the slice and whose value is finite', () => {
    holds(
      'numbers on arbitrary text',
      fc.property(text, (s) => {
        const tokens = findNumbers(s);
        assertOrderedSpans(tokens, s.length);
        for (const t of tokens) {
          assert.equal(t.text, s.slice(t.start, t.end));
          assert.ok(Number.isFinite(t.value) && (t.valueMax === null || Number.isFinite(t.valueMax)), `"${t.text}" has a value that is not finite`);
        }
      }),
    );
  });

  /** The one number the parser reads at `at` in a sentence around `written`. */
  function readBack(written: string): { text: string; value: number } | undefined {
    const sentence = `IOM reached ${written} people in May.`;
    const token = findNumbers(sentence).find((t) => t.start === 'IOM reached '.length);
    return token && { text: token.text, value: token.value };
  }

  it('reads back a whole number written with thousands separators', () => {
    holds(
      'numbers: grouped integers round trip',
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), fc.constantFrom(',', ' ', '\u00A0'), (n, separator) => {
        const written = n.toLocaleString('en-US').replace(/,/g, separator);
        assert.deepEqual(readBack(written), { text: written, value: n });
      }),
    );
  });

  it('reads back a decimal number', () => {
    holds(
      'numbers: decimals round trip',
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 1, max: 3 }), (units, decimals) => {
        const written = (units / 10 ** decimals).toFixed(decimals);
        assert.deepEqual(readBack(written), { text: written, value: Number(written) });
      }),
    );
  });

  it('reads back an amount with a scale word or suffix', () => {
    holds(
      'numbers: scaled round trip',
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.constantFrom(['million', 1e6], ['m', 1e6], ['billion', 1e9], ['bn', 1e9], ['thousand', 1e3], ['k', 1e3]), (tenths, [word, scale]) => {
        const written = `${tenths / 10}${word.length > 2 ? ' ' : ''}${word}`;
        assert.deepEqual(readBack(written), { text: written, value: (tenths * scale) / 10 });
      }),
    );
  });

  it('reads back a whole number written in words', () => {
    holds(
      'numbers: words round trip',
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        const written = inWords(n);
        assert.deepEqual(readBack(written), { text: written, value: n });
      }),
    );
  });
});

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A whole number under a billion in English words: "three hundred twenty-one thousand four". */
function inWords(n: number): string {
  if (n < 20) return SMALL[n]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${SMALL[n % 10]}` : '');
  for (const [size, name] of [[1e6, 'million'], [1e3, 'thousand'], [100, 'hundred']] as const) {
    if (n >= size) return `${inWords(Math.floor(n / size))} ${name}` + (n % size ? ` ${inWords(n % size)}` : '');
  }
  throw new Error('unreachable');
}

describe('figure extractor', () => {
  it('never throws, and gives ordered figures whose text is the slice', () => {
    holds(
      'figures on arbitrary statements',
      fc.property(statement, (st) => {
        const figures = extractFigures(st);
        assertOrderedSpans(figures, st.text.length);
        for (const f of figures) {
          assert.equal(f.text, st.text.slice(f.start, f.end));
          assert.ok(Number.isFinite(f.value));
        }
      }),
    );
  });
});

describe('date parsers', () => {
  it('never throw, and give ordered dates whose text is the slice (spaces collapsed) at the precision written', () => {
    holds(
      'dates on arbitrary text',
      fc.property(text, fc.option(fc.constant(REFERENCE), { nil: null }), (s, reference) => {
        for (const reading of readChronoDates(s)) resolveChronoDate(reading, reference);
        ownDates(s);
        const dates = resolveDates(readDates(s), reference);
        assertOrderedSpans(dates, s.length);
        for (const d of dates) {
          assert.equal(d.text, s.slice(d.start, d.end).replace(/\s+/gu, ' '));
          for (const iso of [d.from, d.to]) assert.ok(iso === null || ISO_DATE.test(iso), `"${d.text}" gives the date ${iso}`);
        }
      }),
    );
  });
});

describe('place, donor and source extractors', () => {
  it('never throw, and give spans inside the text; a place is named as written', () => {
    holds(
      'places, donors and sources on arbitrary text',
      fc.property(text, (s) => {
        const places = extractPlaces(s);
        assertOrderedSpans(places, s.length);
        for (const p of places) assert.equal(p.name, s.slice(p.start, p.end));
        assertOrderedSpans(extractDonors(s), s.length);
        const source = extractSource(s);
        if (source) assertInside(source, s.length);
      }),
    );
  });
});
