import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasTag, TAG } from '../../src/extract/figures/pos.js';

describe('the kept compromise lexicon', () => {
  it('is exactly the lexicon the installed compromise builds (else run npm run lexicon)', () => {
    const kept: unknown = JSON.parse(readFileSync('src/data/compromise-lexicon.json', 'utf8'));
    const built = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    expect(kept).toEqual(built);
  });
});

describe('tags of words the lexicon lacks', () => {
  it('reads a regular "-ed" ending as a past tense, but not a short word that only ends in "ed"', () => {
    expect(hasTag('renovated', TAG.PastTense)).toBe(true);
    expect(hasTag('Evacuated', TAG.PastTense)).toBe(true);
    expect(hasTag('shed', TAG.PastTense)).toBe(false);
    expect(hasTag('ukmed', TAG.PastTense)).toBe(false);
  });
});
