import { basename } from 'node:path';
import type { FigureRecord } from '../schema/index.js';
import type { GoldDoc, GoldFigure, GoldMention } from './gold.js';

/** A figure to score: what any extractor gives at least (document, line, surface, value), and what ours gives too. */
export type Prediction = Pick<FigureRecord, 'document' | 'line' | 'text' | 'value'> &
  Partial<Pick<FigureRecord, 'valueMax' | 'unit' | 'qualifier' | 'category' | 'what' | 'date' | 'places' | 'donors' | 'source'>>;

export const LINE_TOLERANCE = 2;

export interface Pair {
  gold: GoldFigure;
  found: Prediction;
}

/** Extra figures, with the gold non-figure mention they correspond to when there is one. */
export interface Extra {
  found: Prediction;
  gold: GoldMention | null;
}

export interface Matching {
  pairs: Pair[];
  missed: GoldFigure[];
  extra: Extra[];
}

function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function surface(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function sameSurface(a: string, b: string): boolean {
  const x = surface(a);
  const y = surface(b);
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
}

/**
 * Pair gold and found figures greedily by line distance (at most ±2 lines): first on equal values,
 * then, so that a misread value counts as a wrong value rather than a miss plus an extra, on the same surface.
 */
function pairUp(gold: GoldFigure[], found: Prediction[], same: (g: GoldFigure, f: Prediction) => boolean): Pair[] {
  const candidates: Array<{ g: number; f: number; distance: number }> = [];
  gold.forEach((g, gi) =>
    found.forEach((f, fi) => {
      const distance = Math.abs(f.line - g.line);
      if (distance <= LINE_TOLERANCE && same(g, f)) candidates.push({ g: gi, f: fi, distance });
    }),
  );
  candidates.sort((a, b) => a.distance - b.distance || a.g - b.g || a.f - b.f);
  const usedG = new Set<number>();
  const usedF = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedF.has(c.f)) continue;
    usedG.add(c.g);
    usedF.add(c.f);
    pairs.push({ gold: gold[c.g]!, found: found[c.f]! });
  }
  return pairs;
}

function nearestOther(others: GoldMention[], f: Prediction): GoldMention | null {
  return others.find((o) => Math.abs(o.line - f.line) <= LINE_TOLERANCE && sameSurface(o.text, f.text)) ?? null;
}

/** Match the figures found in one document against its gold, ignoring found figures outside the covered lines. */
export function matchDocument(gold: GoldDoc, found: readonly Prediction[]): Matching {
  const inCoverage = found.filter((f) => basename(f.document) === gold.doc && f.line >= gold.fromLine && f.line <= gold.toLine);
  const byValue = pairUp(gold.figures, inCoverage, (g, f) => sameValue(g.value, f.value));
  const restGold = gold.figures.filter((g) => !byValue.some((p) => p.gold === g));
  const restFound = inCoverage.filter((f) => !byValue.some((p) => p.found === f));
  const bySurface = pairUp(restGold, restFound, (g, f) => sameSurface(g.text, f.text));
  const pairs = [...byValue, ...bySurface];
  return {
    pairs,
    missed: gold.figures.filter((g) => !pairs.some((p) => p.gold === g)),
    extra: inCoverage.filter((f) => !pairs.some((p) => p.found === f)).map((f) => ({ found: f, gold: nearestOther(gold.others, f) })),
  };
}
