import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.js';
import type { Statement } from '../../src/extract/types.js';

const sentence = (text: string, kind: Statement['kind'] = 'sentence', section: string | null = null): Statement => ({ text, kind, section });
const found = (text: string, kind: Statement['kind'] = 'sentence') => extractFigures(sentence(text, kind)).map((f) => f.text);

describe('dates are not figures', () => {
  it.each([
    ['IOM has assisted over 381,000 IDPs in 24 regions of Ukraine since 2014.', ['381,000', '24']],
    ['The total number of IDPs is 1,363,754 as of 25 March 2019.', ['1,363,754']],
    ['February 24, 2024 marks the two-year anniversary of the invasion.', []],
    ['200,000 people reside in Hromadas with no water since June 6', ['200,000']],
    ['Humanitarian Response Plan for 2022-2023 and September 2022-December 2023.', []],
    ['© IOM Moldova 2023 people supported with consultations', []],
    ['In 2022: 40,030 surveys (Belarus, Czechia)', ['40,030']],
    ['IOM held a symposium on 30 and 31 March\n2023 and proposed 5 actions', ['5']],
    ['IOM reached 30 and 31 people', ['30', '31']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('ranks, list numbers and technical measures are not figures', () => {
  it.each([
    ['the top 10 countries where 5,000 users consulted DTM data', ['5,000']],
    ['1. General information (18.6%)\n2. Work of different organizations (7.1%)\n3. Receiving social support (2.3%)', ['18.6%', '7.1%', '2.3%']],
    ['IOM supplied a 512 kW generator and 40 heaters', ['40']],
    ['temperatures of -15 degrees Celsius hit 3,000 households', ['3,000']],
    ['she travelled hundreds of kilometres; hundreds of families fled', ['hundreds']],
    ['Contacts: IOM Mission in Ukraine, 8 Mykhailivska Street, Kyiv 01001', []],
    ['the office at vul. Khreshchatyk 12 served 300 people', ['300']],
    ['courses for 153 students in grades 2-11 from January', ['153']],
    ['a missile strike at around 04:30 damaged more than 30 private houses', ['30']],
    ['12 civilians were injured.1 Attacks continued', ['12']],
    ['IOM Regional Response Update Page 4 of 6', []],
    ['The older children, aged 9 and 12, go to a local school', []],
    ['I am 78, and the shuttle carried 300 passengers', ['300']],
    ['For almost two years, the family of five lived in a collective centre', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('masked digits', () => {
  it.each([
    ['Tel: +38 044 568 50 15, +38 067 447 97 92, e-mail iomkiev@iom.int', []],
    ['See https://dtm.iom.int/reports/round-15-november?close=true for 15 regions', ['15']],
    ['Hotline 0 800 505 501 for callers, open 24/7', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('phone numbers, hotlines and short codes', () => {
  it.each([
    ['Survivors of trafficking can call the national hotline in Ukraine at 527 at any time.', []],
    ['To request an evacuation, dial 1545 free of charge.', []],
    ['Refugees in Moldova may call 800 500 for legal advice.', []],
    ['The counter-trafficking hotline (527) answered 1,200 calls in March.', ['1,200']],
    ['The toll-free line 15-47 registered 2,345 requests from IDPs.', ['2,345']],
    ['Questions can be sent via the short number 1547 or by e-mail.', []],
    ['For shelter, contact the field office at 067 447 97 92.', []],
    ['Hotline 530 calls, 85 referrals', ['530', '85']],
    ['Operators will call 300 families each week to follow up.', ['300']],
    ['Call centres at 120 sites received 4,500 calls.', ['120', '4,500']],
    ['The national counter-trafficking hotline is open to everyone in Moldova at 5522.', []],
    ['A free helpline for returnees now runs daily on 1547 (www.example.org).', []],
    ['The hotline team worked at 350 sites in 2023.', ['350']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('names, numbering, durations, ages, "one"', () => {
  it.each([
    ['STRATEGIC OBJECTIVE 1 ONE YEAR OF THE COMMON PIPELINE PROGRAMME', []],
    ['The COVID-19 pandemic affected 5,000 people in Round 15 of the survey.', ['5,000']],
    ['UN Resolution 2254 was adopted.', []],
    ['1. Introduction of the programme', []],
    ['The two-day trainings reached 255 participants.', ['255']],
    ['“We had five minutes to gather our things,” says 81-year-old Maria.', []],
    ['Individuals aged 60 and above struggle the most.', []],
    ['One of the most significant contributions is one-off support.', []],
    ['Svitlana, a mother of four, was given only three months to live.', []],
    ['The programme provided cash assistance for six months to 211 people with disabilities.', ['211']],
    ['I take care of seven patients per day.', []],
    ['Anna, her husband, and their fourteen kids lost all hope.', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('numbers without a readable label', () => {
  it.each([
    ['0 5 10 15 20 25', []],
    ['72%', []],
    ['Under 18 18 - 59 +60', []],
    ['60 Female Male', []],
    ['28 27', []],
  ])('%s', (text, expected) => expect(found(text, 'keyfigure')).toEqual(expected));

  it('keeps a key-figure box with its label', () => {
    expect(found('616,945 people reached', 'keyfigure')).toEqual(['616,945']);
    expect(found('43 Boats and Engines 11 Motor pumps', 'keyfigure')).toEqual(['43', '11']);
  });
});

describe('never throws', () => {
  it('handles odd and random input', () => {
    const odd = ['', ' ', '()', '(((1', '+', '1,', ',1', '1e308', '9'.repeat(400), '– – –', 'one and', 'half a', '\u0000\uFFFF'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    const alphabet = '0123456789 ,.-–()%+$€abcdefmMkKbn\u00A0one hundred thousand of and to between';
    for (let i = 0; i < 300; i++) {
      odd.push(Array.from({ length: 40 }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    }
    for (const text of odd) {
      for (const f of extractFigures(sentence(text))) {
        expect(Number.isFinite(f.value)).toBe(true);
        expect(text.slice(f.start, f.end)).toBe(f.text);
      }
    }
  });
});
