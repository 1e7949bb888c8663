import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import { validateResult } from '../../src/validate/index.js';

/** Words every plain JavaScript object answers to: a lexicon looked up with them must still say "not mine". */
const PROTOTYPE_WORDS = Object.getOwnPropertyNames(Object.prototype);

describe('words that name Object.prototype members', () => {
  it('are never taken for number words, scales or lexicon entries, and every record stays valid', () => {
    const text = PROTOTYPE_WORDS.map((w, i) => `In ${w} 2023, ${i + 2} ${w} people and ${w} ${i + 3}% ${w} were reached by ${w} USD ${w} 40 ${w}.`).join('\n');
    const result = validateResult(processDocument({ name: 'proto.txt', kind: 'text', pages: [text], paged: false }));
    expect(result.figures.every((f) => Number.isFinite(f.value))).toBe(true);
    expect(result.figures.some((f) => PROTOTYPE_WORDS.includes(f.text))).toBe(false);
    expect(result.figures.map((f) => f.value)).toContain(2);
  });
});
