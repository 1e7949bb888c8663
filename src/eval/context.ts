import type { DocumentRecord } from '../schema/index.js';
import type { GoldDoc } from './gold.js';
import type { Matching, Pair } from './match.js';

/** Counts for a micro-averaged F1 over many small sets. */
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const lower = (s: string) => s.trim().toLowerCase();

function compare(gold: readonly string[], found: readonly string[], into: Counts): boolean {
  const g = new Set(gold.map(lower));
  const f = new Set(found.map(lower));
  let common = 0;
  for (const x of f) if (g.has(x)) common++;
  into.tp += common;
  into.fp += f.size - common;
  into.fn += g.size - common;
  return common === g.size && common === f.size;
}

export function f1(c: Counts): number | null {
  if (c.tp + c.fp + c.fn === 0) return null;
  return (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

/** The context measures of issue 4 over matched figures. */
export interface ContextScores {
  /** Date exact (from and to) where the gold has a date. */
  dateWhereGold: number | null;
  /** Micro F1 of place names over all matched figures. */
  placesF1: number | null;
  /** Micro F1 of donor names over all matched figures. */
  donorsF1: number | null;
  /** Unit, date, places and donors all right. */
  allFields: number | null;
}

const sameDate = (p: Pair) =>
  p.gold.date === null || p.found.date === null || p.found.date === undefined
    ? p.gold.date === (p.found.date ?? null)
    : p.gold.date.from === p.found.date.from && p.gold.date.to === p.found.date.to;

export function contextScores(matchings: readonly Matching[]): ContextScores {
  const pairs = matchings.flatMap((m) => m.pairs);
  const places: Counts = { tp: 0, fp: 0, fn: 0 };
  const donors: Counts = { tp: 0, fp: 0, fn: 0 };
  let allRight = 0;
  for (const p of pairs) {
    const placesRight = compare(p.gold.places, (p.found.places ?? []).map((x) => x.name), places);
    const donorsRight = compare(p.gold.donors, (p.found.donors ?? []).map((x) => x.name), donors);
    if (placesRight && donorsRight && p.gold.unit === p.found.unit && sameDate(p)) allRight++;
  }
  const dated = pairs.filter((p) => p.gold.date !== null);
  return {
    dateWhereGold: ratio(dated.filter(sameDate).length, dated.length),
    placesF1: f1(places),
    donorsF1: f1(donors),
    allFields: ratio(allRight, pairs.length),
  };
}

/** How a document record's lists compare with the gold's document line. */
export interface DocumentScores {
  doc: string;
  donorsF1: number | null;
  placesF1: number | null;
  reportDate: { gold: string | null; found: string | null; right: boolean };
}

/** The report period as the gold writes it: the `to` end of the period (or its `from`), at the precision given. */
const reportMonth = (record: DocumentRecord) => record.reportDate?.to ?? record.reportDate?.from ?? null;

export function documentScores(gold: GoldDoc, record: DocumentRecord): DocumentScores | null {
  if (gold.lists === null) return null;
  const donors: Counts = { tp: 0, fp: 0, fn: 0 };
  const places: Counts = { tp: 0, fp: 0, fn: 0 };
  compare(gold.lists.donors, record.donors.map((d) => d.name), donors);
  compare(gold.lists.places, record.places.map((p) => p.name), places);
  const found = reportMonth(record);
  const wanted = gold.lists.report_date;
  return {
    doc: gold.doc,
    donorsF1: f1(donors),
    placesF1: f1(places),
    reportDate: { gold: wanted, found, right: wanted === null ? found === null : found !== null && found.startsWith(wanted) },
  };
}
