import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the kept compromise lexicon', () => {
  it('is exactly the lexicon the installed compromise builds (else run npm run lexicon)', () => {
    const kept: unknown = JSON.parse(readFileSync('src/data/compromise-lexicon.json', 'utf8'));
    const built = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    expect(kept).toEqual(built);
  });
});
