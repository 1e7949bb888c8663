import { describe, expect, it } from 'vitest';
import { contextScores, documentScores } from '../../src/eval/context.js';
import { formatMismatches, matchDocument, parseGold, sameWhat, score, type Prediction } from '../../src/eval/index.js';

const DOC = 'report.txt';
const gold = (fields: Record<string, unknown>) =>
  JSON.stringify({ doc: DOC, class: 'figure', value_max: null, unit: 'people', qualifier: null, what: 'people reached', category: 'people_reached', date: null, places: [], donors: [], source: null, ...fields });

const GOLD = [
  JSON.stringify({ doc: DOC, class: 'coverage', from_line: 1, to_line: 100 }),
  gold({ line: 10, text: '14.6m', value: 14_600_000 }),
  gold({ line: 20, text: 'GBP 350 – 1,700', value: 350, value_max: 1700, unit: 'GBP', category: 'funding', what: 'grants' }),
  gold({ line: 30, text: '953', value: 953, unit: 'count', category: 'incidents', what: 'security incidents' }),
  JSON.stringify({ doc: DOC, line: 40, text: '2014', class: 'date' }),
  JSON.stringify({ doc: DOC, class: 'document', places: [], donors: [], report_date: null }),
].join('\n');

const found = (line: number, text: string, value: number, extra: Partial<Prediction> = {}): Prediction => ({ document: `some/dir/${DOC}`, line, text, value, ...extra });

describe('parseGold', () => {
  it('reads figures, other mentions and coverage', () => {
    const [doc] = parseGold(GOLD);
    expect(doc).toMatchObject({ doc: DOC, fromLine: 1, toLine: 100 });
    expect(doc!.figures).toHaveLength(3);
    expect(doc!.others.map((o) => o.class)).toEqual(['date']);
  });

  it('names the line that does not parse', () => {
    expect(() => parseGold('{"doc":"a","class":"figure","line":1}', 'g.jsonl')).toThrow(/g\.jsonl:1/);
  });
});

describe('matchDocument and score', () => {
  const [doc] = parseGold(GOLD);

  it('matches on value within two lines, counts a misread value as a wrong value, and ignores uncovered lines', () => {
    const m = matchDocument(doc!, [
      found(12, '14.6m', 14.6),
      found(21, 'GBP 350 – 1,700', 350, { valueMax: 1700, unit: 'GBP', category: 'funding', what: 'grants ranging' }),
      found(34, '953', 953),
      found(40, '2014', 2014),
      found(500, '7', 7),
    ]);
    expect(m.pairs.map((p) => p.gold.line)).toEqual([20, 10]);
    expect(m.missed.map((g) => g.line)).toEqual([30]);
    expect(m.extra.map((e) => [e.found.line, e.gold?.class ?? null])).toEqual([
      [34, null],
      [40, 'date'],
    ]);
    const s = score([m]);
    expect(s).toMatchObject({ gold: 3, found: 4, matched: 2 });
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.fields.value).toBeCloseTo(0.5);
    expect(s.fields.unit).toBeNull();
  });

  it('scores every field our extractor gives', () => {
    const m = matchDocument(doc!, [
      found(10, '14.6m', 14_600_000, { valueMax: null, unit: 'people', qualifier: null, category: 'people_reached', what: 'people reached (WASH)', date: null, places: [], donors: [], source: null }),
    ]);
    const s = score([m]);
    expect(s.fields).toMatchObject({ value: 1, valueMax: 1, unit: 1, qualifier: 1, category: 1, what: 1, date: 1, places: 1, donors: 1, source: 1 });
  });
});

describe('formatMismatches', () => {
  const [doc] = parseGold(GOLD);

  it('lists each wrong field of a matched figure as gold → found, and nothing for a right one', () => {
    const m = matchDocument(doc!, [
      found(10, '14.6m', 14_600_000, { unit: 'people', category: 'people_in_need', what: 'people reached', places: [{ name: 'Odesa', canonical: 'Odesa', level: 'admin1', iso3: null, admin1Pcode: null, admin1Iso: null }], donors: [] }),
      found(30, '953', 953, { unit: 'count', category: 'incidents', what: 'security incidents' }),
    ]);
    expect(formatMismatches(m.pairs).split('\n')).toEqual([
      'wrong   report.txt:10  "14.6m"  category: "people_reached" → "people_in_need"',
      'wrong   report.txt:10  "14.6m"  places: [] → [Odesa]',
    ]);
  });
});

describe('sameWhat', () => {
  it('needs a content-word F1 of at least 0.5', () => {
    expect(sameWhat('deaths (civilian casualties)', 'deaths')).toBe(true);
    expect(sameWhat('people reached (shelter & NFIs)', 'people reached (recovery & durable solutions)')).toBe(false);
    expect(sameWhat(null, null)).toBe(true);
  });
});

describe('context and document measures', () => {
  const place = (name: string) => ({ name, canonical: name, level: 'country' as const, iso3: null, admin1Pcode: null, admin1Iso: null });
  const GOLD_CONTEXT = [
    gold({ line: 1, text: '100', value: 100, places: ['Ukraine'], donors: ['Government of Japan'], date: { text: 'since 2014', from: '2014', to: null } }),
    gold({ line: 2, text: '200', value: 200, places: ['Kherson', 'Mykolaiv'] }),
    JSON.stringify({ doc: DOC, class: 'document', places: ['Ukraine', 'Kherson'], donors: ['Government of Japan', 'USAID'], report_date: '2019-02' }),
  ].join('\n');
  const [doc] = parseGold(GOLD_CONTEXT);

  it('scores dates where the gold has one, places and donors as micro F1, and all fields together', () => {
    const m = matchDocument(doc!, [
      found(1, '100', 100, { unit: 'people', places: [place('Ukraine')], donors: [{ name: 'Government of Japan', canonical: 'Government of Japan', iso3: 'JPN', type: 'government' }], date: { text: 'since 2014', from: '2014', to: null, role: 'since' } }),
      found(2, '200', 200, { unit: 'people', places: [place('Kherson')], donors: [], date: null }),
    ]);
    const c = contextScores([m]);
    expect(c.dateWhereGold).toBe(1);
    expect(c.placesF1).toBeCloseTo((2 * 2) / (2 * 2 + 0 + 1));
    expect(c.donorsF1).toBe(1);
    expect(c.allFields).toBe(0.5);
  });

  it('compares a document record with the gold document line', () => {
    const record = {
      type: 'document' as const,
      schemaVersion: '1.0' as const,
      document: DOC,
      kind: 'text' as const,
      pages: null,
      reportDate: { text: 'February 2019', from: '2019-02', to: '2019-02', role: 'period' as const },
      figures: 2,
      places: [{ ...place('Ukraine'), mentions: 3 }],
      donors: [{ name: 'Government of Japan', canonical: 'Government of Japan', iso3: 'JPN', type: 'government' as const, mentions: 1 }],
    };
    expect(documentScores(doc!, record)).toEqual({
      doc: DOC,
      donorsF1: 2 / 3,
      placesF1: 2 / 3,
      reportDate: { gold: '2019-02', found: '2019-02', right: true },
    });
  });
});
