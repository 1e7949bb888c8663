import { stringify } from 'csv-stringify/sync';
import type { DocumentResult } from '../pipeline.js';
import type { FigureRecord } from '../schema/index.js';
import type { Formatter } from './format.js';

type Cell = string | number | boolean | null;

/** A CSV column: its header, its HXL hashtag for the optional second header row, and how a row fills it. */
interface Column<Row> {
  name: string;
  hxl: string;
  cell: (row: Row) => Cell;
}

/** A CSV table: which rows a document gives, and their columns. */
interface Table<Row> {
  rows: (result: DocumentResult) => Row[];
  columns: readonly Column<Row>[];
}

const list = (items: readonly string[]) => items.join('; ');
const distinct = (items: readonly (string | null)[]) => list([...new Set(items.filter((x): x is string => x !== null))]);

const FIGURES: Table<FigureRecord> = {
  rows: (r) => r.figures,
  columns: [
    { name: 'document', hxl: '#meta+document', cell: (f) => f.document },
    { name: 'page', hxl: '#meta+page', cell: (f) => f.page },
    { name: 'line', hxl: '#meta+line', cell: (f) => f.line },
    { name: 'text', hxl: '#meta+text', cell: (f) => f.text },
    { name: 'value', hxl: '#value', cell: (f) => f.value },
    { name: 'valueMax', hxl: '#value+max', cell: (f) => f.valueMax },
    { name: 'vague', hxl: '#value+vague', cell: (f) => f.vague },
    { name: 'unit', hxl: '#indicator+unit', cell: (f) => f.unit },
    { name: 'qualifier', hxl: '#value+qualifier', cell: (f) => f.qualifier },
    { name: 'bound', hxl: '#value+bound', cell: (f) => f.bound },
    { name: 'what', hxl: '#indicator+name', cell: (f) => f.what },
    { name: 'category', hxl: '#indicator+category', cell: (f) => f.category },
    { name: 'hxl', hxl: '#indicator+hxl', cell: (f) => f.hxl },
    { name: 'dateText', hxl: '#date+text', cell: (f) => f.date?.text ?? null },
    { name: 'dateFrom', hxl: '#date+start', cell: (f) => f.date?.from ?? null },
    { name: 'dateTo', hxl: '#date+end', cell: (f) => f.date?.to ?? null },
    { name: 'dateRole', hxl: '#date+role', cell: (f) => f.date?.role ?? null },
    { name: 'places', hxl: '#loc+name', cell: (f) => list(f.places.map((p) => p.name)) },
    { name: 'countries', hxl: '#country+code', cell: (f) => distinct(f.places.map((p) => p.iso3)) },
    { name: 'admin1Pcodes', hxl: '#adm1+code', cell: (f) => distinct(f.places.map((p) => p.admin1Pcode)) },
    { name: 'donors', hxl: '#org+funder', cell: (f) => list(f.donors.map((d) => d.canonical)) },
    { name: 'source', hxl: '#meta+source', cell: (f) => f.source },
    { name: 'section', hxl: '#meta+section', cell: (f) => f.context.section },
    { name: 'sentence', hxl: '#meta+sentence', cell: (f) => f.sentence },
  ],
};

type PlaceRow = DocumentResult['document']['places'][number] & { document: string };
const PLACES: Table<PlaceRow> = {
  rows: (r) => r.document.places.map((p) => ({ ...p, document: r.document.document })),
  columns: [
    { name: 'document', hxl: '#meta+document', cell: (p) => p.document },
    { name: 'name', hxl: '#loc+name', cell: (p) => p.name },
    { name: 'canonical', hxl: '#loc+name+canonical', cell: (p) => p.canonical },
    { name: 'level', hxl: '#loc+type', cell: (p) => p.level },
    { name: 'iso3', hxl: '#country+code', cell: (p) => p.iso3 },
    { name: 'admin1Pcode', hxl: '#adm1+code', cell: (p) => p.admin1Pcode },
    { name: 'admin1Iso', hxl: '#adm1+code+iso', cell: (p) => p.admin1Iso },
    { name: 'mentions', hxl: '#meta+count', cell: (p) => p.mentions },
  ],
};

type DonorRow = DocumentResult['document']['donors'][number] & { document: string };
const DONORS: Table<DonorRow> = {
  rows: (r) => r.document.donors.map((d) => ({ ...d, document: r.document.document })),
  columns: [
    { name: 'document', hxl: '#meta+document', cell: (d) => d.document },
    { name: 'name', hxl: '#org+funder', cell: (d) => d.name },
    { name: 'canonical', hxl: '#org+funder+canonical', cell: (d) => d.canonical },
    { name: 'iso3', hxl: '#country+code', cell: (d) => d.iso3 },
    { name: 'type', hxl: '#org+type', cell: (d) => d.type },
    { name: 'mentions', hxl: '#meta+count', cell: (d) => d.mentions },
  ],
};

const DATES: Table<FigureRecord> = {
  rows: (r) => r.figures.filter((f) => f.date !== null),
  columns: [
    { name: 'document', hxl: '#meta+document', cell: (f) => f.document },
    { name: 'page', hxl: '#meta+page', cell: (f) => f.page },
    { name: 'line', hxl: '#meta+line', cell: (f) => f.line },
    { name: 'figure', hxl: '#meta+text', cell: (f) => f.text },
    { name: 'dateText', hxl: '#date+text', cell: (f) => f.date!.text },
    { name: 'dateFrom', hxl: '#date+start', cell: (f) => f.date!.from },
    { name: 'dateTo', hxl: '#date+end', cell: (f) => f.date!.to },
    { name: 'dateRole', hxl: '#date+role', cell: (f) => f.date!.role },
  ],
};

export const CSV_TABLES = { figures: FIGURES, places: PLACES, donors: DONORS, dates: DATES } as const;
export type CsvRecords = keyof typeof CSV_TABLES;

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralize a cell a spreadsheet would run as a formula, by a leading apostrophe. */
export function neutralize(cell: Cell): Cell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export interface CsvOptions {
  /** Neutralize cells that start like formulas (default on). */
  safe: boolean;
  /** Add the HXL hashtag row under the header. */
  hxl: boolean;
  /** Which table to write (default: figures). */
  records: CsvRecords;
}

const line = (cells: readonly Cell[]) => stringify([cells], { record_delimiter: '\r\n', quoted_match: /[\r\n]/, cast: { boolean: (b) => String(b) } });

function formatter<Row>(table: Table<Row>, options: CsvOptions): Formatter {
  return {
    start: () => line(table.columns.map((c) => c.name)) + (options.hxl ? line(table.columns.map((c) => c.hxl)) : ''),
    outcome: (outcome) =>
      outcome.ok
        ? table
            .rows(outcome.result)
            .map((row) => {
              const cells = table.columns.map((c) => c.cell(row));
              return line(options.safe ? cells.map(neutralize) : cells);
            })
            .join('')
        : '',
    end: () => '',
  };
}

/** `-f csv`: RFC 4180, one row per figure (or per place, donor or dated figure); failed inputs appear only on stderr. */
export function csvFormatter(options: CsvOptions): Formatter {
  switch (options.records) {
    case 'figures':
      return formatter(FIGURES, options);
    case 'places':
      return formatter(PLACES, options);
    case 'donors':
      return formatter(DONORS, options);
    case 'dates':
      return formatter(DATES, options);
  }
}
