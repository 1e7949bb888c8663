import { describe, expect, it } from 'vitest';
import { inferReportPeriod, readDates, resolveDates, type ReportPeriod } from '../../src/extract/dates/index.js';

const extractDates = (text: string, reference: ReportPeriod | null) => resolveDates(readDates(text), reference);

const february2019: ReportPeriod = { text: 'February 2019', from: '2019-02', to: '2019-02', role: 'period' };

function only(text: string, reference: ReportPeriod | null = february2019) {
  const dates = extractDates(text, reference);
  expect(dates).toHaveLength(1);
  const [date] = dates;
  return { text: date!.text, from: date!.from, to: date!.to, role: date!.role };
}

describe('extractDates', () => {
  it.each([
    ['Ukraine is 1,363,754 as of 25 March 2019, according to', 'as of 25 March 2019', null, '2019-03-25', 'as_of'],
    ['were recorded in February 2019.', 'in February 2019', '2019-02', '2019-02', 'period'],
    ['in 24 regions of Ukraine since 2014.', 'since 2014', '2014', null, 'since'],
    ['Since 2015, IOM has implemented', 'Since 2015', '2015', null, 'since'],
    ['In 2023, IOM carried out 1,500 surveys', 'In 2023', '2023', '2023', 'period'],
    ['during 2023 the teams', 'during 2023', '2023', '2023', 'period'],
    ['the plan for 2022-2023 covers', 'for 2022-2023', '2022', '2023', 'period'],
    ['the response plan for 2022-23 covers', 'for 2022-23', '2022', '2023', 'period'],
    ['From 2014 till 2016, IOM has provided', 'From 2014 till 2016', '2014', '2016', 'period'],
    ['between 2014 and 2016 some', 'between 2014 and 2016', '2014', '2016', 'period'],
    ['• In 2022 (Apr – Dec): 24,393', 'In 2022 (Apr – Dec)', '2022-04', '2022-12', 'period'],
    ['surveys in Mar – Oct 2022 were', 'in Mar – Oct 2022', '2022-03', '2022-10', 'period'],
    ['crossings in Nov – Feb 2023 grew', 'in Nov – Feb 2023', '2022-11', '2023-02', 'period'],
    ['consulted by 2,500 partners by end December 2023.', 'by end December 2023', null, '2023-12', 'as_of'],
    ['delivered between 1 and 10 March 2023 in', 'between 1 and 10 March 2023', '2023-03-01', '2023-03-10', 'period'],
    ['delivered from 1 to 10 March 2023 in', 'from 1 to 10 March 2023', '2023-03-01', '2023-03-10', 'period'],
    ['WFP distributed food during May.', 'during May', '2018-05', '2018-05', 'period'],
    ['• In February–March, 3,120 vulnerable IDP households', 'In February–March', '2019-02', '2019-03', 'period'],
    ['in March, 4.5 million people', 'in March', '2019-03', '2019-03', 'period'],
    ['620,000 people in January and February 2024 with', 'in January and February 2024', '2024-01', '2024-02', 'period'],
    ['Since the start of 2020, IOM assisted 742 victims', 'Since the start of 2020', '2020', null, 'since'],
    ['Since the start of the outbreak in Ukraine in March 2020, IOM has delivered', 'Since the start of the outbreak in Ukraine in March 2020', '2020-03', null, 'since'],
    ['compared with some 8,400 in the whole of 2019.', 'in the whole of 2019', '2019', '2019', 'period'],
    ['The 2024 Humanitarian Needs and Response Plan is just 11 per cent funded', '2024', '2024', '2024', 'period'],
    ['Between mid-2022 and mid-2023, 5,000', 'Between mid-2022 and mid-2023', '2022-06', '2023-06', 'period'],
    ['from January 2023 to the end of 2023 the', 'from January 2023 to the end of 2023', '2023-01', '2023-12', 'period'],
    ['from early 2022 until March 2023 the', 'from early 2022 until March 2023', '2022', '2023-03', 'period'],
    ['In February–March, over a hundred', 'In February–March', '2019-02', '2019-03', 'period'],
    ['results for Q3 2023 show', 'for Q3 2023', '2023-07', '2023-09', 'period'],
    ['in the third quarter of 2022 the', 'in the third quarter of 2022', '2022-07', '2022-09', 'period'],
    ['The project will last till July 2018 and', 'till July 2018', null, '2018-07', 'as_of'],
    ['to reach 6.5 million people by December 2023.', 'by December 2023', null, '2023-12', 'as_of'],
    ['5.9 million refugees recorded as of end of 2023 (UNHCR)', 'as of end of 2023', null, '2023-12', 'as_of'],
    ['to be completed by the end of March 2024', 'by the end of March 2024', null, '2024-03', 'as_of'],
    ['displaced since 24 February 2022', 'since 24 February 2022', '2022-02-24', null, 'since'],
    ['returns since february 2022 grew', 'since february 2022', '2022-02', null, 'since'],
    ['Since its launch in October 2022, the Common Pipeline', 'Since its launch in October 2022', '2022-10', null, 'since'],
    ['On 12 February 2018, IOM signed', 'On 12 February 2018', '2018-02-12', '2018-02-12', 'point'],
    ['IOM has worked from March 2022 on', 'from March 2022', '2022-03', null, 'since'],
    ['February 24, 2024 marks two years', 'February 24, 2024', '2024-02-24', '2024-02-24', 'point'],
    ['data as of 2023-06-30 show', 'as of 2023-06-30', null, '2023-06-30', 'as_of'],
    ['data as of 30/06/2023 show', 'as of 30/06/2023', null, '2023-06-30', 'as_of'],
  ])('%s', (text, phrase, from, to, role) => {
    expect(only(text)).toEqual({ text: phrase, from, to, role });
  });

  describe('fiscal, financial, academic and school years, as written', () => {
    it.each([
      ['funding received in FY2023 reached', 'in FY2023', '2023', '2023', 'period'],
      ['The FY 2023 budget covers', 'FY 2023', '2023', '2023', 'point'],
      ['the appeal for FY23 was', 'for FY23', '2023', '2023', 'period'],
      ['grants since FY2020 grew', 'since FY2020', '2020', null, 'since'],
      ['During fiscal year 2023, the mission', 'During fiscal year 2023', '2023', '2023', 'period'],
      ['the Fiscal Year 2024 plan', 'Fiscal Year 2024', '2024', '2024', 'point'],
      ['reported in the financial year 2022/23 the', 'in the financial year 2022/23', '2022', '2023', 'period'],
      ['allocations for FY 2022-2023 total', 'for FY 2022-2023', '2022', '2023', 'period'],
      ['a budget of FY22/23 was', 'FY22/23', '2022', '2023', 'period'],
      ['the 2022/23 fiscal year budget', '2022/23 fiscal year', '2022', '2023', 'period'],
      ['in the academic year 2022-2023, Sentinels', 'in the academic year 2022-2023', '2022', '2023', 'period'],
      ['children in the 2023-2024 school year.', 'in the 2023-2024 school year', '2023', '2024', 'period'],
      ['KEY RESULTS FISCAL YEAR 2024', 'FISCAL YEAR 2024', '2024', '2024', 'point'],
    ])('%s', (text, phrase, from, to, role) => {
      expect(only(text)).toEqual({ text: phrase, from, to, role });
    });

    it('reads FY only as a word of its own', () => {
      expect(extractDates('form NFY23 and SPIFFY22 sent', february2019)).toEqual([]);
    });
  });

  describe('halves of a year, as month ranges', () => {
    it.each([
      ['displacement in H1 2023 rose', 'in H1 2023', '2023-01', '2023-06', 'period'],
      ['H2 2022 results show', 'H2 2022', '2022-07', '2022-12', 'period'],
      ['in the first half of 2023, IOM', 'in the first half of 2023', '2023-01', '2023-06', 'period'],
      ['during the second half of 2022 the', 'during the second half of 2022', '2022-07', '2022-12', 'period'],
      ['by the 2nd half of 2024 all', 'by the 2nd half of 2024', null, '2024-12', 'as_of'],
    ])('%s', (text, phrase, from, to, role) => {
      expect(only(text)).toEqual({ text: phrase, from, to, role });
    });

    it('takes no virus name for a half', () => {
      expect(only('H1N1 vaccinations in 2023 reached')).toEqual({ text: 'in 2023', from: '2023', to: '2023', role: 'period' });
    });
  });

  describe('parts of a year and seasons, keeping the year(s) written; the middle of a year is its June', () => {
    it.each([
      ['to be built by mid-2023, the', 'by mid-2023', null, '2023-06', 'as_of'],
      ['by mid 2023 the', 'by mid 2023', null, '2023-06', 'as_of'],
      ['in the middle of 2023 the', 'in the middle of 2023', '2023-06', '2023-06', 'period'],
      ['during mid-2022/23 the', 'during mid-2022/23', '2022', '2023', 'period'],
      ['in early 2024 IOM opened', 'in early 2024', '2024', '2024', 'period'],
      ['Since late 2022, returns', 'Since late 2022', '2022', null, 'since'],
      ['In summer 2023, IOM carried out', 'In summer 2023', '2023', '2023', 'period'],
      ['Mid-2023 figures show', 'Mid-2023', '2023-06', '2023-06', 'point'],
      ['cash in winter 2022/23, for', 'in winter 2022/23', '2022', '2023', 'period'],
      ['during winter 2022–2023 the', 'during winter 2022–2023', '2022', '2023', 'period'],
      ['during the winter of 2022/23 the', 'during the winter of 2022/23', '2022', '2023', 'period'],
      ['RESPONSE IN WINTER 2022/23 REACHED', 'IN WINTER 2022/23', '2022', '2023', 'period'],
      ['PLANNED BY MID-2024', 'BY MID-2024', null, '2024-06', 'as_of'],
    ])('%s', (text, phrase, from, to, role) => {
      expect(only(text)).toEqual({ text: phrase, from, to, role });
    });

    it('keeps a part of a month in the text, and the month', () => {
      expect(only('reached by mid-March 2023 in')).toEqual({ text: 'by mid-March 2023', from: null, to: '2023-03', role: 'as_of' });
      expect(only('In early May 2023, IOM')).toEqual({ text: 'In early May 2023', from: '2023-05', to: '2023-05', role: 'period' });
    });

    it('takes no reference number for a range of years', () => {
      expect(extractDates('under the EU Temporary Protection Directive (2001/55/EC).', february2019)).toEqual([]);
      expect(extractDates('Law 2022-19 on refugees', february2019)).toEqual([]);
    });

    it('reads a lower-case "may" as the verb', () => {
      expect(extractDates('between 10 and 20 may be displaced', february2019)).toEqual([]);
    });

    it('joins two dates by "and" only after "between"', () => {
      expect(extractDates('cash in 2022 and in March 2023 for', february2019).map((d) => d.text)).toEqual(['in 2022', 'in March 2023']);
      expect(extractDates('rose from 5,000 in 2022 to 7,000 in 2023', february2019).map((d) => d.text)).toEqual(['in 2022', 'in 2023']);
    });

    it('reads only whole words before the year', () => {
      expect(only('cuts amid 2023 budget talks')).toMatchObject({ text: '2023' });
      expect(only('winterization 2023 kits')).toMatchObject({ text: '2023' });
    });

    it('takes no figure after a season for the end of a range', () => {
      expect(only('in winter 2023 - 20 shelters')).toEqual({ text: 'in winter 2023', from: '2023', to: '2023', role: 'period' });
    });
  });

  it('gives a month without a year the report period’s year', () => {
    expect(only('In February, at least eight people died')).toMatchObject({ text: 'In February', from: '2019-02', to: '2019-02' });
  });

  it('puts a month after the report period in the year before', () => {
    const december2023: ReportPeriod = { text: 'December 2023', from: '2023-12', to: '2023-12', role: 'period' };
    expect(only('people displaced since June 6', { ...december2023, from: '2024-02', to: '2024-02' })).toMatchObject({ from: '2023-06-06' });
  });

  it('reads no year range from a year, a spaced dash and two digits ("2023 - 20 centres")', () => {
    expect(extractDates('winterization in 2023 - 20 collective centres', null).filter((d) => d.to === '2020')).toEqual([]);
  });

  it('drops a month without a year when there is no report period', () => {
    expect(extractDates('In February, at least eight people died', null)).toEqual([]);
  });

  it('re-joins a month broken across lines', () => {
    expect(only('conducted in Decem-\nber 2018, 50% of IDPs')).toMatchObject({ from: '2018-12', to: '2018-12' });
  });

  it('reads calendar dates only, not times or weekdays next to them', () => {
    expect(only('On the morning of 6 June 2023, the dam broke')).toMatchObject({ from: '2023-06-06', to: '2023-06-06' });
    expect(only('As of December 2023, 4.45 million people')).toEqual({ text: 'As of December 2023', from: null, to: '2023-12', role: 'as_of' });
    expect(extractDates('on Monday at 10:00 tomorrow, may we', february2019)).toEqual([]);
  });

  it('maps dates after a word broken across lines back to the original offsets', () => {
    const text = 'a well-estab-\nlished hub since 24 February 2022';
    const [date] = extractDates(text, null);
    expect(text.slice(date!.start, date!.end)).toBe('since 24 February 2022');
  });

  it('takes no figures, money or ordinal names for years', () => {
    expect(extractDates('2,300 people, EUR 2,150, COVID-19, 2014%, GBP 350 – 1,700', february2019)).toEqual([]);
  });

  it('spans the phrase with its trigger', () => {
    const text = 'The total is 1,363,754 as of 25 March 2019.';
    const [date] = extractDates(text, null);
    expect(text.slice(date!.start, date!.end)).toBe('as of 25 March 2019');
  });

  it('reads a long statement full of dates in linear time', () => {
    const unit = 'IOM reached 120 people in Kyiv as of 5 March 2023 and 45 by the end of April 2023, ';
    const time = (n: number) => {
      const text = unit.repeat(n);
      const start = performance.now();
      expect(extractDates(text, null)).toHaveLength(2 * n);
      return performance.now() - start;
    };
    time(200);
    expect(time(8000)).toBeLessThan(Math.max(50, time(1000)) * 20);
  });

  it('reads a long statement full of halves, fiscal years, parts of years and seasons in linear time', () => {
    const unit = 'In H1 2023 and FY23, by mid-2023 and in winter 2022/23 of the 2023-2024 school year, amid early years, ';
    const time = (n: number) => {
      const text = unit.repeat(n);
      const start = performance.now();
      expect(extractDates(text, null)).toHaveLength(5 * n);
      return performance.now() - start;
    };
    time(200);
    expect(time(8000)).toBeLessThan(Math.max(50, time(1000)) * 20);
  });

  it('never throws', () => {
    for (const text of ['', '\u0000', '2020-', 'as of', 'Q5 2023', 'x'.repeat(5000), '31 February 2023']) {
      expect(() => extractDates(text, null)).not.toThrow();
    }
  });
});

describe('inferReportPeriod', () => {
  it('takes the month most dated mentions and yearless months point to', () => {
    const statements = [
      'almost one million crossings were recorded in February 2019.',
      'IDPs from Crimea is 1,363,754 as of 25 March 2019.',
      'Hostilities have increased in February, with 953 security incidents.',
      'In February, at least eight people died.',
      'In February–March, over a hundred business owners participated.',
    ];
    expect(inferReportPeriod(statements.map(readDates))).toMatchObject({ from: '2019-02', to: '2019-02' });
  });

  it('gives a header date line the most weight', () => {
    expect(inferReportPeriod(['IOM jointly assesses needs\n27 November 2017\nThe delegation visited.', 'IOM has been present since 1996.'].map(readDates))).toMatchObject({
      from: '2017-11',
    });
  });

  it('counts a bare full date as a dateline even when joined into a statement', () => {
    expect(inferReportPeriod(['2030 Agenda IOM jointly assesses needs 27 November 2017 The delegation visited.'].map(readDates))).toMatchObject({ from: '2017-11' });
    expect(inferReportPeriod(['On 12 November 2017 the delegation visited.'].map(readDates))).toBeNull();
  });

  it('takes the month of the title over later months a rule gives ("till the end of 2017")', () => {
    const statements = [
      'IOM UKRAINE',
      'MONTHLY NEWSLETTER | DECEMBER 2016',
      'In December, IOM stepped up its winterization response.',
      'IOM will distribute winter cash till the end of 2017.',
      'The plan runs till the end of 2017.',
    ];
    expect(inferReportPeriod(statements.map(readDates))).toMatchObject({ from: '2016-12' });
  });

  it('is null when no month stands out', () => {
    expect(inferReportPeriod(['In January 2017, trainings started.', 'From 2014 till 2016 IOM trained 5,500 IDPs.'].map(readDates))).toBeNull();
  });

  it('lets the --report-date override win', () => {
    expect(inferReportPeriod(['in February 2019'].map(readDates), '2020-05')).toEqual({ text: '2020-05', from: '2020-05', to: '2020-05', role: 'period' });
  });
});
