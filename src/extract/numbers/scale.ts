/** Multipliers of scale words and suffixes written after a number ("1.5 million", "14.6m", "3bn", "10k"). */
const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
};

export function scaleOf(word: string): number | undefined {
  const key = word.toLowerCase();
  return Object.hasOwn(SCALES, key) ? SCALES[key] : undefined;
}

/** Multiply without binary noise: 14.6 × 1e6 is 14600000, not 14599999.999999998. A whole number under 10^12 times 1 is exact already. */
export function scaled(value: number, scale: number): number {
  if (scale === 1 && Number.isInteger(value) && value < 1e12) return value;
  return Number((value * scale).toPrecision(12));
}
