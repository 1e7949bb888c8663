const STOPWORDS = new Set(
  'a an the of and or in on at to for by with from as is are was were be been being that this these those it its their than into over through per who which whose has have had'.split(' '),
);

/** The content words of a label, lower-cased: "people reached (WASH)" → people, reached, wash. */
export function contentWords(label: string | null): string[] {
  if (label === null) return [];
  return [...label.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]).filter((w) => !STOPWORDS.has(w));
}

/** F1 of two bags of words (both empty: 1). */
export function setF1(gold: readonly string[], found: readonly string[]): number {
  const g = new Set(gold);
  const f = new Set(found);
  if (g.size === 0 && f.size === 0) return 1;
  if (g.size === 0 || f.size === 0) return 0;
  let common = 0;
  for (const w of f) if (g.has(w)) common++;
  if (common === 0) return 0;
  const precision = common / f.size;
  const recall = common / g.size;
  return (2 * precision * recall) / (precision + recall);
}

/** Do two labels say the same thing: content-word F1 of at least 0.5. */
export function sameWhat(gold: string | null, found: string | null): boolean {
  return setF1(contentWords(gold), contentWords(found)) >= 0.5;
}
