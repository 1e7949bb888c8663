import { stringify } from 'csv-stringify/sync';
import type { FigureRecord } from '../schema/index.js';
import type { Formatter } from './format.js';

type Cell = string | number | boolean | null;

interface Column {
  name: string;
  hxl: string;
  cell: (f: FigureRecord) => Cell;
}

const list = (items: readonly string[]) => items.join('; ');

/** The CSV columns, each with its HXL hashtag for the optional second header row. */
export const COLUMNS: readonly Column[] = [
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
  { name: 'countries', hxl: '#country+code', cell: (f) => list([...new Set(f.places.flatMap((p) => (p.iso3 ? [p.iso3] : [])))]) },
  { name: 'admin1Pcodes', hxl: '#adm1+code', cell: (f) => list([...new Set(f.places.flatMap((p) => (p.admin1Pcode ? [p.admin1Pcode] : [])))]) },
  { name: 'donors', hxl: '#org+funder', cell: (f) => list(f.donors.map((d) => d.canonical)) },
  { name: 'source', hxl: '#meta+source', cell: (f) => f.source },
  { name: 'section', hxl: '#meta+section', cell: (f) => f.context.section },
  { name: 'sentence', hxl: '#meta+sentence', cell: (f) => f.sentence },
];

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
}

/** `-f csv`: RFC 4180, one row per figure; failed inputs appear only on stderr. */
export function csvFormatter(options: CsvOptions): Formatter {
  const row = (cells: Cell[]) => stringify([options.safe ? cells.map(neutralize) : cells], { record_delimiter: '\r\n', cast: { boolean: (b) => String(b) } });
  return {
    start: () =>
      stringify([COLUMNS.map((c) => c.name)], { record_delimiter: '\r\n' }) +
      (options.hxl ? stringify([COLUMNS.map((c) => c.hxl)], { record_delimiter: '\r\n' }) : ''),
    outcome: (outcome) => (outcome.ok ? outcome.result.figures.map((f) => row(COLUMNS.map((c) => c.cell(f)))).join('') : ''),
    end: () => '',
  };
}
