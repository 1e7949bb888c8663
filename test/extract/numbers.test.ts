import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/extract/numbers/index.js';

const values = (text: string) => findNumbers(text).map((n) => [n.value, n.valueMax]);
const one = (text: string) => {
  const found = findNumbers(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('digits', () => {
  it.each([
    ['The total number of IDPs is 1,363,754 as of', 1363754],
    ['over 35 000 beneficiaries', 35000],
    ['35\u00A0000 people', 35000],
    ['35\u202F000 people', 35000],
    ['1.363.754 persons', 1363754],
    ['5123 partner staff', 5123],
    ['a 7% increase', 7],
    ['4.5 per cent', 4.5],
  ])('%s → %d', (text, value) => expect(one(text).value).toBe(value));

  it.each([
    ['1.5 million people', 1_500_000],
    ['14.6m PEOPLE IN NEED', 14_600_000],
    ['4.5M RETURNEES', 4_500_000],
    ['2.2m people', 2_200_000],
    ['$108m provided', 108_000_000],
    ['USD 22.5 million', 22_500_000],
    ['3bn', 3_000_000_000],
    ['10k calls', 10_000],
    ['26 million square meters', 26_000_000],
  ])('scale: %s → %d', (text, value) => {
    const n = one(text);
    expect(n.value).toBe(value);
    expect(n.scale).toBeGreaterThan(1);
  });

  it('keeps digits glued to letters and ordinals out', () => {
    expect(values('H1N1 and MH17 on the 24th')).toEqual([]);
  });

  it('does not join two numbers separated by a space unless the second has three digits', () => {
    expect(values('28 27')).toEqual([
      [28, null],
      [27, null],
    ]);
    expect(values('1,540 1,380')).toEqual([
      [1540, null],
      [1380, null],
    ]);
  });
});

describe('number words', () => {
  it.each([
    ['almost one million crossings', 1_000_000],
    ['only five Entry-Exit Checkpoints', 5],
    ['twenty-four regions', 24],
    ['one hundred and twenty people', 120],
    ['over a hundred of business owners', 100],
    ['Three dozen communities', 36],
    ['half a million people', 500_000],
    ['more than ten thousand civilian deaths', 10_000],
    ['FOUR STRATEGIC OBJECTIVES', 4],
  ])('%s → %d', (text, value) => {
    const n = one(text);
    expect(n.value).toBe(value);
    expect(n.form).toBe('words');
  });

  it('does not read "a" alone or run separate number words together', () => {
    expect(values('a kit')).toEqual([]);
    expect(values('five five')).toEqual([
      [5, null],
      [5, null],
    ]);
  });
});

describe('vague amounts', () => {
  it.each([
    ['Like thousands of other people', 1000],
    ['hundreds of individuals', 100],
    ['dozens of villages', 12],
    ['Tens of thousands of people', 10_000],
    ['to millions of Ukrainians', 1_000_000],
    ['hundreds of thousands', 100_000],
  ])('%s → base %d, vague', (text, value) => {
    const n = one(text);
    expect(n.value).toBe(value);
    expect(n.vague).toBe(true);
  });
});

describe('fractions', () => {
  it('reads "a fifth of" as 20 (per cent)', () => {
    const n = one('almost a fifth of all respondents');
    expect(n).toMatchObject({ value: 20, form: 'fraction', text: 'a fifth' });
  });

  it('reads "half of" as 50 (per cent), but not a half named by its place in a period', () => {
    expect(one('half of the households')).toMatchObject({ value: 50, form: 'fraction', text: 'half' });
    for (const text of ['in the first half of the year', 'during the second half of March', 'in the latter half of the reporting period']) {
      expect(findNumbers(text).filter((n) => n.form === 'fraction')).toEqual([]);
    }
  });
});

describe('ranges', () => {
  it.each([
    ['grants ranging between GBP 350 – 1,700', 350, 1700],
    ['between 10 and 20 people', 10, 20],
    ['1–2 million people', 1_000_000, 2_000_000],
    ['in 3-5 kg packages', 3, 5],
    ['from ten to fifteen days', 10, 15],
    ['FINANCING THE RESPONSE (2022-2023)', 2022, 2023],
  ])('%s → %d–%d', (text, value, valueMax) => {
    expect(one(text)).toMatchObject({ value, valueMax });
  });

  it('does not merge "A and B" without "between", nor a descending pair', () => {
    expect(values('2 deaths and 10 injuries')).toEqual([
      [2, null],
      [10, null],
    ]);
    expect(values('20 - 10')).toEqual([
      [20, null],
      [10, null],
    ]);
  });
});
