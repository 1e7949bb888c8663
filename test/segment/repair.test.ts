import { describe, expect, it } from 'vitest';
import { applyEdits, fromSource } from '../../src/segment/mapped.js';
import { normalizeCharacters } from '../../src/segment/repair/characters.js';
import { isEnglishWord } from '../../src/segment/repair/dictionary.js';
import { documentWords, joinHyphenation } from '../../src/segment/repair/hyphenation.js';
import { repairText } from '../../src/segment/repair/index.js';
import { collapseLetterSpacing } from '../../src/segment/repair/letter-spacing.js';

const dehyphenate = (text: string, context = '') =>
  applyEdits(fromSource(text), joinHyphenation(text, { inDocument: documentWords(text + '\n' + context), isWord: isEnglishWord })).text;

describe('joinHyphenation', () => {
  it('joins words broken across a line end (seed 000, 001)', () => {
    expect(dehyphenate('IDPs, conducted in Decem-\nber 2018, 50% of IDPs')).toBe('IDPs, conducted in December 2018, 50% of IDPs');
    expect(dehyphenate('IOM has assisted over 209,000 vulner-\nable IDPs')).toBe('IOM has assisted over 209,000 vulnerable IDPs');
    expect(dehyphenate('may be re-\nstricted. Concurrently')).toBe('may be restricted. Concurrently');
    expect(dehyphenate('the needs of inter-\nnally displaced persons')).toBe('the needs of internally displaced persons');
  });

  it('keeps real compounds and only drops the line break', () => {
    expect(dehyphenate('libraries renovated with Japan-\nfunded support')).toBe('libraries renovated with Japan-funded support');
    expect(dehyphenate('shelter, food and non-\nfood assistance')).toBe('shelter, food and non-food assistance');
    expect(dehyphenate('five Entry-\nExit Checkpoints')).toBe('five Entry-Exit Checkpoints');
    expect(dehyphenate('continues supporting self-\nresilience of IDPs')).toBe('continues supporting self-resilience of IDPs');
    expect(dehyphenate('development of the conflict-\naffected communities')).toBe('development of the conflict-affected communities');
  });

  it('finds the document\'s own words whole, not inside longer words or compounds', () => {
    const has = documentWords('The Co-Chair met the chairs; December reports.');
    expect(has('co-chair')).toBe(true);
    expect(has('december')).toBe(true);
    expect(has('chair')).toBe(false);
    expect(has('report')).toBe(false);
  });

  it('lets the document itself decide: a compound written whole elsewhere keeps its hyphen', () => {
    expect(dehyphenate('an active member and co-\nchair of groups', 'she is the co-chair')).toBe('an active member and co-chair of groups');
    expect(dehyphenate('with some well-\nknown ateliers')).toBe('with some well-known ateliers');
  });
});

describe('collapseLetterSpacing', () => {
  const collapse = (t: string) => applyEdits(fromSource(t), collapseLetterSpacing(t)).text;
  it('collapses letter-spaced headings and numbers (seed 004)', () => {
    expect(collapse('L A T V I A')).toBe('LATVIA');
    expect(collapse('9 2 5 , 0 0 0 people')).toBe('925,000 people');
    expect(collapse('R E G I O N A L  O V E R V I E W')).toBe('REGIONAL OVERVIEW');
  });
  it('leaves ordinary text, lower-case runs and rows of chart ticks alone', () => {
    expect(collapse('28 27 20 12')).toBe('28 27 20 12');
    expect(collapse('0 5 10 15 20 25')).toBe('0 5 10 15 20 25');
    expect(collapse('Plan A B and C')).toBe('Plan A B and C');
    expect(collapse('a b c d')).toBe('a b c d');
  });
});

describe('normalizeCharacters', () => {
  const normalize = (t: string) => applyEdits(fromSource(t), normalizeCharacters(t)).text;
  it('replaces ligatures, odd spaces, curly quotes and tabs', () => {
    expect(normalize('ﬁnancial ﬂows')).toBe('financial flows');
    expect(normalize('35\u00A0000 and 12\u202F026')).toBe('35 000 and 12 026');
    expect(normalize('Ukraine’s “grey zone”')).toBe('Ukraine\'s "grey zone"');
    expect(normalize('a\tb')).toBe('a b');
  });
});

describe('repairText keeps its map to the source', () => {
  it('maps every repaired character to the source character it came from', () => {
    const source = 'ﬁve Entry-\nExit points, Decem-\nber 2018, L A T V I A.';
    const repaired = repairText(fromSource(source));
    expect(repaired.text).toBe('five Entry-Exit points, December 2018, LATVIA.');
    const at = (needle: string) => repaired.map[repaired.text.indexOf(needle)]!;
    expect(source.slice(at('Exit'), at('Exit') + 4)).toBe('Exit');
    expect(source.slice(at('2018'), at('2018') + 4)).toBe('2018');
    expect(source[at('LATVIA')]).toBe('L');
    expect(repaired.map).toHaveLength(repaired.text.length + 1);
  });
});
