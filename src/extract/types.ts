import type { Bound, Category, DateRef, Donor, Place, Qualifier, Unit } from '../schema/index.js';

/** The kinds of statement segmentation produces; extraction may treat them differently. */
export type StatementKind = 'sentence' | 'bullet' | 'keyfigure' | 'heading';

/**
 * One statement of a document: a sentence, a bullet, or a key-figure box joined into one line.
 * Every extractor works on one statement at a time and reports spans as offsets into `text`.
 */
export interface Statement {
  text: string;
  kind: StatementKind;
  /** The ALL-CAPS heading the statement stands under, if any. */
  section: string | null;
}

export interface Span {
  start: number;
  end: number;
}

/** Do two spans share at least one character? */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A figure found in a statement, before it is located in the source and linked to its context. */
export interface FigureMention extends Span {
  text: string;
  value: number;
  valueMax: number | null;
  vague: boolean;
  unit: Unit;
  qualifier: Qualifier | null;
  bound: Bound;
  what: string | null;
  category: Category;
  hxl: string;
}

export type DateMention = Span & DateRef;
export type PlaceMention = Span & Place;
export type DonorMention = Span & Donor;
export interface SourceMention extends Span {
  name: string;
}
