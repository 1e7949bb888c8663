import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_BREAK } from '../../src/locate.js';
import { readDocument } from '../../src/read/index.js';
import { segment } from '../../src/segment/index.js';

const sentences = (text: string) => new Set(segment(text).map((s) => s.text.replace(/\s+/g, ' ').trim()));

describe('two-column PDF', () => {
  it('gives back the sentences of the text laid out in it, after repair', async () => {
    const source = sentences(readFileSync('fixtures/pdf/two-column.txt', 'utf8'));
    const pdf = await readDocument('fixtures/pdf/two-column.pdf');
    const extracted = sentences(pdf.pages.join(PAGE_BREAK));
    const missing = [...source].filter((s) => !extracted.has(s));
    expect(source.size).toBeGreaterThan(20);
    // PDF text keeps no blank line between paragraphs: the one paragraph of the source that ends
    // without punctuation ("... can be found at", its link lost) runs into the next, costing both.
    expect(missing).toEqual([
      'Detailed information can be found at',
      expect.stringMatching(/^IOM has implemented a number of activities/),
    ]);
  });
});
