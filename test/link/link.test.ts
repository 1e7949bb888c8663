import { describe, expect, it } from 'vitest';
import type { Span, Statement } from '../../src/extract/types.js';
import { readDates } from '../../src/extract/dates/index.js';
import { findContext, linkStatement, summarizeDocument } from '../../src/link/index.js';

const february2019 = { text: 'February 2019', from: '2019-02', to: '2019-02', role: 'period' as const };

function link(text: string, figureTexts: string[], section: string | null = null, kind: Statement['kind'] = 'sentence') {
  const statement: Statement = { text, kind, section };
  const figures: Span[] = figureTexts.map((figure) => {
    const start = text.indexOf(figure);
    return { start, end: start + figure.length };
  });
  const sectionFound = section ? findContext(readDates(section), february2019) : null;
  return linkStatement(statement, figures, findContext(readDates(text), february2019), sectionFound);
}

describe('linkStatement', () => {
  it('gives each figure the date, places and source of its statement', () => {
    const [figure] = link(
      'The total number of IDPs from Crimea and eastern Ukraine is 1,363,754 as of 25 March 2019, according to the Ministry of Social Policy of Ukraine.',
      ['1,363,754'],
    );
    expect(figure!.date).toEqual({ text: 'as of 25 March 2019', from: null, to: '2019-03-25', role: 'as_of' });
    expect(figure!.places.map((p) => p.name)).toEqual(['Crimea', 'eastern Ukraine']);
    expect(figure!.source).toBe('Ministry of Social Policy of Ukraine');
    expect(figure!.donors).toEqual([]);
  });

  it('keeps donors’ and sources’ countries out of the places', () => {
    const [figure] = link('Three dozen communities of Donetsk and Luhansk regions completed the Japan-funded IOM project in Sviatohirsk.', ['Three dozen']);
    expect(figure!.places.map((p) => p.name)).toEqual(['Donetsk', 'Luhansk', 'Sviatohirsk']);
    expect(figure!.donors.map((d) => d.name)).toEqual(['Government of Japan']);
  });

  it('does not let a later date reach over another figure', () => {
    const [share, people] = link(
      'IOM managed to mobilize 63 per cent of funding needs since the beginning of the war, allowing us to reach over 6.5 million people by December 2023.',
      ['63 per cent', '6.5 million'],
    );
    expect(share!.date).toBeNull();
    expect(people!.date).toMatchObject({ to: '2023-12', role: 'as_of' });
  });

  it('lets a later date govern every figure of its clause', () => {
    const figures = link('IOM has assisted over 381,000 IDPs in 24 regions of Ukraine since 2014.', ['381,000', '24']);
    expect(figures.map((f) => f.date?.from)).toEqual(['2014', '2014']);
  });

  it('lets a later date govern every count of a comma-separated list', () => {
    const figures = link('Partners handed out 1,200 hygiene kits, 300 blankets and 45 heaters in March 2023.', ['1,200', '300', '45']);
    expect(figures.map((f) => f.date?.from)).toEqual(['2023-03', '2023-03', '2023-03']);
  });

  it('gives each figure its own place when each figure has a place phrase', () => {
    const [seven, eleven] = link('SBGS reported a 7% increase in capacity at Novotroitske and 11% at Maiorske checkpoints due to support.', ['7%', '11%']);
    expect(seven!.places.map((p) => p.name)).toEqual(['Novotroitske']);
    expect(eleven!.places.map((p) => p.name)).toEqual(['Maiorske']);
    const [inside, outside] = link('IOM has supported 616,945 persons in Ukraine and 46,880 in neighbouring countries through cash.', ['616,945', '46,880']);
    expect(inside!.places.map((p) => p.name)).toEqual(['Ukraine']);
    expect(outside!.places).toEqual([]);
    const [lead, other] = link('In Poland, IOM reached 500 people in Warsaw and 300 in Krakow.', ['500', '300']);
    expect(lead!.places.map((p) => p.name)).toEqual(['Poland', 'Warsaw']);
    expect(other!.places.map((p) => p.name)).toEqual(['Poland', 'Krakow']);
  });

  it('gives each figure written in brackets after a place that place', () => {
    const text = 'IDPs are registered in Donetsk Oblast (nearly 540,000), Luhansk Oblast (some 280,000) and the city of Kyiv (over 150,000).';
    const figures = link(text, ['540,000', '280,000', '150,000']);
    expect(figures.map((f) => f.places.map((p) => p.name))).toEqual([['Donetsk Oblast'], ['Luhansk Oblast'], ['Kyiv']]);
  });

  it('keeps all places for every figure when the figures share them', () => {
    const figures = link('IOM assisted 500 people in Kharkiv, including 200 children in need.', ['500', '200']);
    expect(figures.map((f) => f.places.map((p) => p.name))).toEqual([['Kharkiv'], ['Kharkiv']]);
  });

  it('leaves comparisons and example persons out of a figure’s places', () => {
    const [figure] = link('Among these were 51 cancer patients, including Svitlana, a mother of four from Kramatorsk, Ukraine.', ['51']);
    expect(figure!.places).toEqual([]);
  });

  it('links a long statement with many figures, dates and places in near-linear time', () => {
    const unit = '120 people in Kyiv and 45 households in Lviv as of 5 March 2023 with 300 kits, including Olena, a mother from Odesa, ';
    const time = (n: number) => {
      const text = unit.repeat(n);
      const figures = [...text.matchAll(/\d+(?= (?:people|households|kits))/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
      const found = findContext(readDates(text), february2019);
      const start = performance.now();
      const links = linkStatement({ text, kind: 'sentence', section: null }, figures, found);
      expect(links[3]!.date).toMatchObject({ to: '2023-03-05' });
      return performance.now() - start;
    };
    time(100);
    expect(time(4000)).toBeLessThan(Math.max(20, time(500)) * 20);
  });

  it('takes the nearest date that can govern, not a bare year in a name', () => {
    const [figure] = link('In 2022 the 2030 Agenda work reached 40,030 people.', ['40,030']);
    expect(figure!.date).toMatchObject({ text: 'In 2022', from: '2022', to: '2022' });
  });

  it('gives a plan\'s year to its figures only when no other date governs them', () => {
    const [funded] = link('The 2024 Humanitarian Needs and Response Plan is just 11 per cent funded.', ['11 per cent']);
    expect(funded!.date).toMatchObject({ text: '2024', from: '2024', to: '2024', role: 'period' });
    const [sought] = link('As of 15 March 2024, the 2024 Ukraine Humanitarian Needs and Response Plan seeks US$3.1 billion.', ['US$3.1 billion']);
    expect(sought!.date).toMatchObject({ text: 'As of 15 March 2024', to: '2024-03-15' });
  });

  it('puts the heading’s places and date in context only when the statement has none', () => {
    const [bare] = link('IOM reached 5,000 people.', ['5,000'], 'SUPPORT IN ZAPORIZHZHIA REGION IN MARCH 2019');
    expect(bare!.places).toEqual([]);
    expect(bare!.context.places.map((p) => p.canonical)).toEqual(['Zaporizka']);
    expect(bare!.context.date).toMatchObject({ from: '2019-03' });
    expect(bare!.context.section).toBe('SUPPORT IN ZAPORIZHZHIA REGION IN MARCH 2019');
    const [stated] = link('IOM reached 5,000 people in Kherson in February.', ['5,000'], 'SUPPORT IN ZAPORIZHZHIA REGION IN MARCH 2019');
    expect(stated!.places.map((p) => p.name)).toEqual(['Kherson']);
    expect(stated!.context.places).toEqual([]);
    expect(stated!.context.date).toBeNull();
  });

  it('gives a key-figure box without a place the places its heading puts it in', () => {
    const [inPoland] = link('2,450 legal consultations held', ['2,450'], 'PROTECTION SERVICES IN POLAND', 'keyfigure');
    expect(inPoland!.places.map((p) => p.name)).toEqual(['POLAND']);
    const [across] = link('312 hygiene kits', ['312'], 'DISTRIBUTIONS ACROSS THE KHARKIV REGION', 'keyfigure');
    expect(across!.places.map((p) => p.canonical)).toEqual(['Kharkivska']);
    const [own] = link('95 shelters repaired in Sumy', ['95'], 'SHELTER REPAIRS IN POLTAVA', 'keyfigure');
    expect(own!.places.map((p) => p.name)).toEqual(['Sumy']);
  });

  it('does not give a box the place of a heading that names an event or a topic', () => {
    const [event] = link('64 stands visited', ['64'], 'ARTISANS MEET AT LVIV MARKET', 'keyfigure');
    expect(event!.places).toEqual([]);
    const [topic] = link('1,200 items provided', ['1,200'], 'IRPIN BRIDGE REPAIR', 'keyfigure');
    expect(topic!.places).toEqual([]);
    expect(topic!.context.places.map((p) => p.name)).toEqual(['IRPIN']);
  });
});

describe('summarizeDocument', () => {
  it('lists distinct places and donors with first spelling and mention counts', () => {
    const found = [
      'with funding from the Government of Germany acting through KfW Development Bank in Kherson.',
      'The woman starts her own business with the support of IOM and Germany in Kherson Region.',
      'Children come from Kherson and from Germany.',
    ].map((text) => findContext(readDates(text), february2019));
    const summary = summarizeDocument(found, february2019);
    expect(summary.reportDate).toEqual(february2019);
    expect(summary.donors.map((d) => [d.name, d.mentions])).toEqual([
      ['Government of Germany', 2],
      ['KfW Development Bank', 1],
    ]);
    expect(summary.places.map((p) => [p.name, p.mentions])).toEqual([
      ['Kherson', 2],
      ['Kherson Region', 1],
      ['Germany', 1],
    ]);
  });
});
