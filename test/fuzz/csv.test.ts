import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { DocumentResult } from '../../src/pipeline.js';
import { Bound, CATEGORIES, QUALIFIERS, type DateRef, type Donor, type FigureRecord, type Place } from '../../src/schema/index.js';
import { CSV_TABLES, csvFormatter, neutralize, type CsvRecords } from '../../src/write/csv.js';
import { holds } from './fuzz.js';

/** Cell text: any well-formed Unicode, often opening like a formula or holding CSV's own delimiters. */
const cellText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc
    .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '"', ',', '\n', '\r\n', ' ', '\uFEFF', "'"), fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('', '"', ',', '\r', '\n', '\r\n'))
    .map(([head, body, tail]) => head + body + tail),
);
const number = fc.double({ noNaN: true, noDefaultInfinity: true });

const place: fc.Arbitrary<Place> = fc.record({
  name: cellText,
  canonical: cellText,
  level: fc.constantFrom('country', 'admin1', 'admin2', 'city', 'area'),
  iso3: fc.option(fc.constantFrom('UKR', 'POL', 'MDA'), { nil: null }),
  admin1Pcode: fc.option(cellText, { nil: null }),
  admin1Iso: fc.option(cellText, { nil: null }),
});
const donor: fc.Arbitrary<Donor> = fc.record({
  name: cellText,
  canonical: cellText,
  iso3: fc.option(fc.constantFrom('USA', 'DEU', 'JPN'), { nil: null }),
  type: fc.constantFrom('government', 'multilateral', 'foundation', 'private'),
});
const date: fc.Arbitrary<DateRef> = fc.record({
  text: cellText,
  from: fc.option(fc.constantFrom('2024', '2024-05', '2024-05-15'), { nil: null }),
  to: fc.option(fc.constantFrom('2024', '2024-06', '2024-06-30'), { nil: null }),
  role: fc.constantFrom('as_of', 'since', 'period', 'point'),
});

const figure = (document: string): fc.Arbitrary<FigureRecord> =>
  fc.record({
    type: fc.constant('figure' as const),
    schemaVersion: fc.constant('1.0' as const),
    document: fc.constant(document),
    page: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
    line: fc.integer({ min: 1, max: 5000 }),
    column: fc.integer({ min: 1, max: 500 }),
    text: cellText,
    value: number,
    valueMax: fc.option(number, { nil: null }),
    vague: fc.boolean(),
    unit: fc.constantFrom('people', 'households', 'percent', 'USD'),
    qualifier: fc.option(fc.constantFrom(...QUALIFIERS), { nil: null }),
    bound: fc.constantFrom(...Bound.options),
    what: fc.option(cellText, { nil: null }),
    category: fc.constantFrom(...CATEGORIES),
    hxl: fc.constant('#affected'),
    date: fc.option(date, { nil: null }),
    places: fc.array(place, { maxLength: 3 }),
    donors: fc.array(donor, { maxLength: 3 }),
    source: fc.option(cellText, { nil: null }),
    context: fc.record({ section: fc.option(cellText, { nil: null }), date: fc.constant(null), places: fc.constant([]) }),
    sentence: cellText,
  });

const result: fc.Arbitrary<DocumentResult> = cellText.chain((document) =>
  fc.record({
    document: fc.record({
      type: fc.constant('document' as const),
      schemaVersion: fc.constant('1.0' as const),
      document: fc.constant(document),
      kind: fc.constantFrom('pdf', 'text', 'html'),
      pages: fc.option(fc.nat(500), { nil: null }),
      reportDate: fc.constant(null),
      figures: fc.nat(100),
      places: fc.array(place.map((p) => ({ ...p, mentions: 1 })), { maxLength: 3 }),
      donors: fc.array(donor.map((d) => ({ ...d, mentions: 2 })), { maxLength: 3 }),
    }),
    figures: fc.array(figure(document), { maxLength: 4 }),
    warnings: fc.constant([]),
  }),
);

type Cell = string | number | boolean | null;

/** One of the CSV tables, seen through the cells it gives. */
interface AnyTable {
  rows(result: DocumentResult): unknown[];
  columns: readonly { name: string; hxl: string; cell(row: unknown): Cell }[];
}

/** How a cell reads back from CSV: empty for null, numbers and booleans as JavaScript writes them. */
const asRead = (cell: Cell) => (cell === null ? '' : String(cell));

/** Bare CR or LF outside quotes would split a row: parse with every line break as a row end, so such a row shows. */
const readCsv = (csv: string) => parse(csv, { record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true }) as string[][];

describe('CSV writer on arbitrary records', () => {
  it('never throws, writes RFC 4180 rows of well-formed UTF-8, and reads back to the same cells, in every table', () => {
    holds(
      'csv',
      fc.property(result, fc.constantFrom(...(Object.keys(CSV_TABLES) as CsvRecords[])), fc.boolean(), fc.boolean(), (doc, records, safe, hxl) => {
        const table = CSV_TABLES[records] as unknown as AnyTable;
        const formatter = csvFormatter({ safe, hxl, records });
        const csv = formatter.start() + formatter.outcome({ ok: true, result: doc }) + formatter.end();
        assert.equal(Buffer.from(csv, 'utf8').toString('utf8'), csv, 'output is not well-formed UTF-8');
        assert.ok(csv.endsWith('\r\n'), 'rows end with CRLF');
        const written = table.rows(doc).map((row) => table.columns.map((column) => column.cell(row)).map((cell) => (safe ? neutralize(cell) : cell)));
        const header = [table.columns.map((c) => c.name), ...(hxl ? [table.columns.map((c) => c.hxl)] : [])];
        assert.deepEqual(readCsv(csv), [...header, ...written.map((row) => row.map(asRead))]);
        if (safe) for (const cell of written.flat()) if (typeof cell === 'string') assert.doesNotMatch(cell, /^[=+\-@\t\r]/, 'a text cell still opens like a formula');
      }),
    );
  });
});
