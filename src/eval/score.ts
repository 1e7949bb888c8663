import type { GoldFigure } from './gold.js';
import type { Matching, Pair, Prediction } from './match.js';
import { contentWords, sameWhat, setF1 } from './words.js';

export const FIELDS = ['value', 'valueMax', 'unit', 'qualifier', 'category', 'what', 'date', 'places', 'donors', 'source'] as const;
export type Field = (typeof FIELDS)[number];

export interface Scores {
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Accuracy of each field over matched figures; null when the extractor does not give that field. */
  fields: Record<Field, number | null>;
}

const lower = (s: string) => s.trim().toLowerCase();

/** Score of one field of one pair, in [0, 1]; null when the prediction lacks the field. */
export function fieldScore(field: Field, gold: GoldFigure, found: Prediction): number | null {
  switch (field) {
    case 'value':
      return gold.value === found.value ? 1 : 0;
    case 'valueMax':
      return found.valueMax === undefined ? null : Number(gold.value_max === found.valueMax);
    case 'unit':
      return found.unit === undefined ? null : Number(gold.unit === found.unit);
    case 'qualifier':
      return found.qualifier === undefined ? null : Number(gold.qualifier === found.qualifier);
    case 'category':
      return found.category === undefined ? null : Number(gold.category === found.category);
    case 'what':
      return found.what === undefined ? null : Number(sameWhat(gold.what, found.what));
    case 'date':
      if (found.date === undefined) return null;
      if (gold.date === null || found.date === null) return Number(gold.date === found.date);
      return Number(gold.date.from === found.date.from && gold.date.to === found.date.to);
    case 'places':
      return found.places === undefined ? null : setF1(gold.places.map(lower), found.places.map((p) => lower(p.name)));
    case 'donors':
      return found.donors === undefined ? null : setF1(gold.donors.map(lower), found.donors.map((d) => lower(d.name)));
    case 'source':
      if (found.source === undefined) return null;
      return Number((gold.source === null) === (found.source === null) && (gold.source === null || setF1(contentWords(gold.source), contentWords(found.source ?? null)) >= 0.5));
  }
}

function accuracy(field: Field, pairs: readonly Pair[]): number | null {
  const scores = pairs.map((p) => fieldScore(field, p.gold, p.found)).filter((s): s is number => s !== null);
  if (pairs.length === 0 || scores.length < pairs.length) return null;
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** Precision, recall, F1 and per-field accuracy over the matchings of several documents. */
export function score(matchings: readonly Matching[]): Scores {
  const pairs = matchings.flatMap((m) => m.pairs);
  const gold = pairs.length + matchings.reduce((n, m) => n + m.missed.length, 0);
  const found = pairs.length + matchings.reduce((n, m) => n + m.extra.length, 0);
  const precision = found === 0 ? 0 : pairs.length / found;
  const recall = gold === 0 ? 0 : pairs.length / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const fields = Object.fromEntries(FIELDS.map((f) => [f, accuracy(f, pairs)])) as Record<Field, number | null>;
  return { gold, found, matched: pairs.length, precision, recall, f1, fields };
}
