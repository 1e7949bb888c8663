import type { ContextScores, DocumentScores } from './context.js';
import type { GoldFigure } from './gold.js';
import type { Extra, Pair, Prediction } from './match.js';
import { FIELDS, fieldScore, type Field, type Scores } from './score.js';

/** Targets of issue 3, shown beside the scores. */
export const TARGETS: Partial<Record<'precision' | 'recall' | (typeof FIELDS)[number], number>> = {
  precision: 0.95,
  recall: 0.95,
  value: 0.99,
  valueMax: 0.99,
  unit: 0.95,
  qualifier: 0.95,
  category: 0.85,
  what: 0.85,
};

const cell = (x: number | null) => (x === null ? '—' : x.toFixed(3));

/** The score table: one row per measure, a column per extractor. */
export function formatTable(columns: ReadonlyArray<[string, Scores]>): string {
  const rows: Array<[string, Array<number | null>, number | undefined]> = [
    ['precision', columns.map(([, s]) => s.precision), TARGETS.precision],
    ['recall', columns.map(([, s]) => s.recall), TARGETS.recall],
    ['F1', columns.map(([, s]) => s.f1), undefined],
    ...FIELDS.map((f): [string, Array<number | null>, number | undefined] => [f, columns.map(([, s]) => s.fields[f]), TARGETS[f]]),
  ];
  const header = ['measure', ...columns.map(([name]) => name), 'target'];
  const counts = ['figures (gold/found/matched)', ...columns.map(([, s]) => `${s.gold}/${s.found}/${s.matched}`), ''];
  const body = rows.map(([name, values, target]) => [name, ...values.map(cell), target === undefined ? '' : `≥ ${target}`]);
  return align([header, counts, ...body]);
}

/** Columns padded to their widest cell: the first left-aligned, the others right-aligned. */
function align(table: readonly string[][]): string {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  return table.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

/** Issue 4's context measures on matched figures, with their targets. */
export function formatContext(c: ContextScores): string {
  return align([
    ['context on matched figures', 'sitrep-extract', 'target'],
    ['date exact where gold has a date', cell(c.dateWhereGold), '≥ 0.85'],
    ['places F1 (micro)', cell(c.placesF1), '≥ 0.9'],
    ['donors F1 (micro)', cell(c.donorsF1), '≥ 0.9'],
    ['all fields (unit, date, places, donors)', cell(c.allFields), '≥ 0.75'],
  ]);
}

/** The document records against the gold's document lines. */
export function formatDocuments(documents: readonly DocumentScores[]): string {
  return align([
    ['document lists', 'donors F1', 'places F1', 'report date (gold / found)'],
    ...documents.map((d) => [
      d.doc,
      cell(d.donorsF1),
      cell(d.placesF1),
      `${d.reportDate.right ? 'right' : 'WRONG'} (${d.reportDate.gold ?? 'null'} / ${d.reportDate.found ?? 'null'})`,
    ]),
  ]);
}

/** `--verbose`: the gold figures missed and the extra figures found, one per line. */
export function formatDifferences(missed: readonly GoldFigure[], extra: readonly Extra[]): string {
  const lines = [
    ...missed.map((g) => `missed  ${g.doc}:${g.line}  ${JSON.stringify(g.text)} = ${g.value}${g.doubt ? '  (doubt)' : ''}  ${g.what ?? ''}`),
    ...extra.map(
      (e) =>
        `extra   ${e.found.document}:${e.found.line}  ${JSON.stringify(e.found.text)} = ${e.found.value}` +
        (e.gold ? `  (gold: ${e.gold.class}${e.gold.note ? `, ${e.gold.note}` : ''})` : ''),
    ),
  ];
  return lines.join('\n');
}

type Shown = string | number | null | undefined | { from: string | null; to: string | null } | ReadonlyArray<string | { name: string }>;

/** A field's value as one short string: lists as names joined by "|", dates as from..to. */
function show(value: Shown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((x: string | { name: string }) => (typeof x === 'string' ? x : x.name)).join('|')}]`;
  if (typeof value === 'object' && 'from' in value) return `${value.from ?? ''}..${value.to ?? ''}`;
  return JSON.stringify(value);
}

/** The gold's and the prediction's value of one field. */
function sides(field: Field, gold: GoldFigure, found: Prediction): [Shown, Shown] {
  switch (field) {
    case 'valueMax':
      return [gold.value_max, found.valueMax];
    default:
      return [gold[field], found[field]];
  }
}

/** `--verbose`: every matched figure with a wrong field, one line per field, as `field: gold → found`. */
export function formatMismatches(pairs: readonly Pair[]): string {
  const lines: string[] = [];
  for (const p of pairs) {
    for (const field of FIELDS) {
      const s = fieldScore(field, p.gold, p.found);
      if (s === null || s === 1) continue;
      const [g, f] = sides(field, p.gold, p.found);
      lines.push(`wrong   ${p.gold.doc}:${p.gold.line}  ${JSON.stringify(p.gold.text)}  ${field}: ${show(g)} → ${show(f)}`);
    }
  }
  return lines.join('\n');
}
