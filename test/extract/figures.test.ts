import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.js';
import type { Statement } from '../../src/extract/types.js';
import { FigureRecord } from '../../src/schema/index.js';

const statement = (text: string, kind: Statement['kind'] = 'sentence', section: string | null = null): Statement => ({ text, kind, section });
const first = (text: string, kind: Statement['kind'] = 'sentence', section: string | null = null) => {
  const figures = extractFigures(statement(text, kind, section));
  expect(figures.length).toBeGreaterThan(0);
  return figures[0]!;
};

describe('qualifiers and bounds', () => {
  it.each([
    ['IOM has assisted over 381,000 people', 'over', 'lower'],
    ['more than 150 local partners', 'more than', 'lower'],
    ['at least eight people died', 'at least', 'lower'],
    ['+40,000 households in Ukraine provided with cash', '+', 'lower'],
    ['500+ IDPs residing in the community', '+', 'lower'],
    ['almost one million crossings', 'almost', 'upper'],
    ['nearly 35 per cent of the population', 'nearly', 'upper'],
    ['grants up to EUR 2,150', 'up to', 'upper'],
    ['close to 40% of IDPs', 'close to', 'upper'],
    ['less than 10 per cent of refugees', 'less than', 'upper'],
    ['approximately 16,500 conflict-affected people', 'approximately', 'approx'],
    ['housing units rehabilitated for approx. 34,125 people', 'approximately', 'approx'],
    ['about 200 people', 'about', 'approx'],
    ['around 700,000 persons depending on it', 'around', 'approx'],
    ['some 290,000 IDPs', 'some', 'approx'],
    ['an estimated 3,000 people', 'an estimated', 'approx'],
    ['953 security incidents', null, 'exact'],
  ])('%s → %s', (text, qualifier, bound) => expect(first(text)).toMatchObject({ qualifier, bound }));

  it('does not read a verb\'s "around" or "estimated" as a qualifier', () => {
    expect(first('The plan is structured around four strategic objectives').qualifier).toBeNull();
    expect(first('IOM estimated 3.7 million persons being internally displaced').qualifier).toBeNull();
  });

  it('takes the "+" into the surface', () => {
    expect(first('+40,000 households').text).toBe('+40,000');
    expect(first('500+ IDPs residing').text).toBe('500+');
  });
});

describe('units', () => {
  it.each([
    ['50% of IDPs', 'percent', '50%'],
    ['nearly 35 per cent of the population', 'percent', '35 per cent'],
    ['35 percent of respondents', 'percent', '35 percent'],
    ['grants ranging between GBP 350 – 1,700', 'GBP', 'GBP 350 – 1,700'],
    ['up to EUR 2,150 later', 'EUR', 'EUR 2,150'],
    ['$108m provided through MPCA transfers', 'USD', '$108m'],
    ['USD 22.5 million requested', 'USD', 'USD 22.5 million'],
    ['₴5,000 paid to each household', 'UAH', '₴5,000'],
    ['the 427-km contact line', 'km', '427-km'],
    ['over 26 million square meters of private housing', 'm2', '26 million square meters'],
    ['381,000 vulnerable internally displaced persons (IDPs)', 'people', '381,000'],
    ['6,994 unique callers', 'people', '6,994'],
    ['1,000 families in need', 'households', '1,000'],
    ['40,000 households in Ukraine', 'households', '40,000'],
    ['953 security incidents', 'count', '953'],
    ['8,501 household hygiene kits', 'count', '8,501'],
    ['more than 10,000 killed', 'people', '10,000'],
    ['a language premium of 13 percentage points', 'percent', '13 percentage points'],
    ['three-quarters of respondents', 'percent', 'three-quarters'],
    ['WFP reached 720,000 people in 10 states', 'count', '10'],
    ['services to 540 veterans', 'people', '540'],
    ['some 560,000 have crossed into neighbouring countries', 'people', '560,000'],
    ['Out of the almost 28,000 interviewed, 53%', 'people', '28,000'],
    ['a pre-war population of 30,000', 'people', '30,000'],
    ['over 1,900 staff members working in Ukraine', 'count', '1,900'],
    ['more than 16,000 community members', 'people', '16,000'],
  ])('%s → %s', (text, unit, surface) => expect(extractFigures(statement(text)).find((f) => f.text === surface)).toMatchObject({ unit }));

  it.each([
    ['Two-thirds of households surveyed', 66.7],
    ['three-quarters of respondents', 75],
    ['three fourths were between 18 and 60', 75],
    ['one third of the children', 33.3],
  ])('reads the fraction in "%s" as a share', (text, value) => expect(first(text)).toMatchObject({ value, unit: 'percent', category: 'share' }));

  it.each([
    ['Approximately 1 in 3 children under five is acutely malnourished', '1 in 3', 33.3],
    ['one out of five households reported debt', 'one out of five', 20],
    ['Housing remains the main problem for seven in ten households', 'seven in ten', 70],
  ])('reads the ratio in "%s" as one share, and no age as a figure', (text, surface, value) => {
    expect(extractFigures(statement(text)).map((f) => [f.text, f.value, f.unit])).toEqual([[surface, value, 'percent']]);
  });

  it('takes no range of days as a figure', () => {
    expect(extractFigures(statement('partners delivered 25,000 kits between 1 and 10 March 2023')).map((f) => f.text)).toEqual(['25,000']);
    expect(extractFigures(statement('between 10 and 20 may be displaced')).map((f) => f.text)).toEqual(['10 and 20']);
  });

  it('reads "5 in 10 regions" as two counts', () => {
    expect(extractFigures(statement('IOM opened 5 in 10 regions')).map((f) => f.text)).toEqual(['5', '10']);
  });

  it('takes no age as a figure', () => {
    for (const text of ['vaccinated children under the age of 5', 'people over 60 years of age', 'persons aged between 18 and 60']) {
      expect(extractFigures(statement(text))).toEqual([]);
    }
  });

  it('leaves periods counted in quarters alone', () => {
    expect(extractFigures(statement('over the last two quarters the caseload grew')).map((f) => f.unit)).not.toContain('percent');
  });

  it('gives one figure to each count of a parenthesis', () => {
    const figures = extractFigures(statement('with 953 security incidents and 12 civilian casualties (2 deaths and 10 injuries).'));
    expect(figures.map((f) => [f.value, f.unit, f.category])).toEqual([
      [953, 'count', 'incidents'],
      [12, 'people', 'casualties'],
      [2, 'people', 'casualties'],
      [10, 'people', 'casualties'],
    ]);
    expect(figures[2]!.what).toBe('deaths (civilian casualties)');
    expect(extractFigures(statement('1,000 families (3,000 people) were displaced')).map((f) => f.unit)).toEqual(['households', 'people']);
  });

  it('labels a count that opens a parenthesis with its own words and the phrase the parenthesis follows', () => {
    expect(first('Protection monitoring (14 oblasts) continued through the winter.').what).toBe('oblasts (Protection monitoring)');
    const [, residents] = extractFigures(statement('612 IDPs were registered, and a survey covered the host community (at least 200 residents).'));
    expect(residents!.what).toBe('residents (host community)');
    expect(first('The camp reports were widely cited (more than 90 citations).').what).not.toContain('(');
  });

  it('runs a label on past the ")" of a parenthesis that holds only the figure', () => {
    expect(first('Most respondents (80%) were women.').what).toBe('women');
  });

  it('keeps a trailing acronym that is no currency code', () => {
    expect(first('Over 5,000 people were informed about the TPD').what).toBe('people were informed about the TPD');
  });
});

describe('what, category and HXL', () => {
  it('labels a count with the noun phrase after it', () => {
    const f = first('IOM has assisted over 381,000 vulnerable internally displaced persons (IDPs) and conflict-affected people in 24 regions of Ukraine since 2014.');
    expect(f.what).toBe('vulnerable internally displaced persons (IDPs) and conflict-affected people');
    expect(f.category).toBe('people_reached');
    expect(f.hxl).toBe('#reached+ind');
  });

  it('labels a predicate number with its subject', () => {
    const f = first('The total number of IDPs from Crimea and eastern Ukraine is 1,363,754 as of 25 March 2019.');
    expect(f.what).toBe('total number of IDPs from Crimea and eastern Ukraine');
    expect(f.category).toBe('idps');
    expect(f.hxl).toBe('#affected+idps');
  });

  it('adds a regular past-tense verb before a bare count to its label', () => {
    expect(first('Hygiene promotion sessions were attended by 1,240 women.').what).toBe('women attended');
    expect(first('Damaged schools in the district were renovated for 3,600 children.').what).toBe('children renovated');
  });

  it('adds the verb and its object when a preposition leads from them to a bare count', () => {
    expect(first('The mobile team delivered winter kits to 2,400 households.').what).toBe('households delivered winter kits');
    expect(first('The municipality will provide legal counselling for 900 people.').what).toBe('people provide legal counselling');
    expect(first('IOM addressed the accommodation needs of over 7,000 individuals.').what).toBe('individuals addressed the accommodation needs');
    expect(first('IOM Ukraine organized thematic exhibitions in 21 regions.').what).toBe('regions organized thematic exhibitions');
  });

  it('takes a participle the lexicon calls an adjective', () => {
    expect(first('The clinic was originally planned for 250 patients.').what).toBe('patients planned');
  });

  it('counts people something was done for as reached, past an abbreviated qualifier', () => {
    const [latrines, people] = extractFigures(statement('2,100 latrines built for approx. 9,000 people'));
    expect(latrines!.what).toBe('latrines built');
    expect(people).toMatchObject({ qualifier: 'approximately', category: 'people_reached' });
    expect(first('The dormitories were renovated for some 640 IDPs.').category).toBe('people_reached');
    expect(first('The dormitory hosts some 640 IDPs.').category).toBe('idps');
  });

  it('runs a label on through a comma between listed adjectives, but not past a noun', () => {
    const f = first('4,210 small, medium and large enterprises received start-up grants');
    expect(f.what).toBe('small, medium and large enterprises received start-up grants');
    expect(f.category).toBe('organisations');
    expect(first('1,300 pensioners, elderly and frail, were evacuated').what).toBe('pensioners');
  });

  it('counts the noun before an "-ing" modifier the lexicon calls an adjective', () => {
    expect(first('27 strikes damaging water facilities').category).toBe('incidents');
    expect(first('12 training sessions').category).toBe('activities');
  });

  it('takes no verb across a time phrase or from a clause joined by "and"', () => {
    expect(first('The workshop was held last month for 45 participants.').what).toBe('participants');
    expect(first('Bridges were damaged or destroyed and 12,000 people fled the area.').what).toBe('people fled the area');
  });

  it('adds the section to a generic key-figure label', () => {
    expect(first('616,945 people reached', 'keyfigure', 'MULTI-PURPOSE CASH ASSISTANCE').what).toBe('people reached (MULTI-PURPOSE CASH ASSISTANCE)');
    expect(first('4.2m people reached', 'keyfigure', 'WASH').what).toBe('people reached (WASH)');
  });

  it.each([
    ['Approximately 14.6 million people continue to be in need of humanitarian assistance', 'people_in_need', '#inneed+ind'],
    ['5.9 million refugees recorded as of end of 2023', 'refugees', '#affected+refugees'],
    ['approximately 4.5 million people have returned to their homes', 'returnees', '#affected+returnees'],
    ['Over 44,000 people displaced from their homes in flood-affected areas', 'idps', '#affected+idps'],
    ['including more than 10,000 killed', 'casualties', '#affected+killed'],
    ['almost one million crossings through the contact line', 'crossings', '#indicator+crossings+num'],
    ['149 attacks affecting medical transportation', 'incidents', '#indicator+incidents+num'],
    ['1,934 dialysis sessions', 'activities', '#output+activities+num'],
    ['172,747 emergency shelter kits distributed', 'items', '#output+items+num'],
    ['$108m provided through MPCA transfers', 'funding', '#value+funding+usd'],
    ['3,801 houses recorded as damaged', 'infrastructure', '#indicator+infrastructure+num'],
    ['over 80 partners in Ukraine', 'organisations', '#org+num'],
    ['50% of IDPs reported that they had fully integrated', 'share', '#indicator+pct'],
    ['almost five million foreign nationals were present in Ukraine', 'population', '#population+ind'],
    ['+40,000 households in Ukraine provided with cash for winter', 'people_reached', '#reached+hh'],
    ['8,393 received bottled water', 'people_reached', '#reached+ind'],
    ['299,227 collective centres residents reached with essential items', 'people_reached', '#reached+ind'],
    ['IOM distributed cash for shelter repair to 260 war-affected families', 'people_reached', '#reached+hh'],
    ['IOM played a pivotal role in delivering safe water to 3,200 individuals', 'people_reached', '#reached+ind'],
    ['IOM Moldova brought together 10 Moldovan women', 'people_reached', '#reached+ind'],
    ['Latvia has been hosting more than 35,000 refugees from Ukraine', 'refugees', '#affected+refugees'],
    ['14.6 million people require humanitarian assistance in 2024', 'people_in_need', '#inneed+ind'],
    ['37 LOCAL AUTHORITIES', 'organisations', '#org+num'],
    ['developing 150 local recovery plans', 'activities', '#output+activities+num'],
  ])('%s → %s', (text, category, hxl) => {
    const f = first(text);
    expect(f).toMatchObject({ category, hxl });
    expect(FigureRecord.shape.hxl.safeParse(f.hxl).success).toBe(true);
  });
});

describe('categories across clauses', () => {
  it('reads the need of the second clause, not the displacement of the first', () => {
    const figures = extractFigures(statement('3.7 million people remain internally displaced, and 14.6 million require humanitarian assistance in 2024.'));
    expect(figures.map((f) => f.category)).toEqual(['idps', 'people_in_need']);
  });
});

describe('units and categories across a statement', () => {
  it.each([
    ['Local authorities estimate that approximately 4,500 people remain in Kupiansk town and about 9,000 more in the hromadas east of the river.', [['people', 'population'], ['people', 'population']]],
    ['In Beryslav, fewer than 3,000 of the town\'s pre-war population of 12,000 remain.', [['people', 'population'], ['people', 'population']]],
    ['shelling injured five medical workers, while three ambulances were destroyed.', [['people', 'casualties'], ['count', 'other']]],
    ['In Kupiansk, 96 children were evacuated from frontline areas.', [['people', 'idps']]],
    ['some 13,400 people have left the area', [['people', 'idps']]],
    ['Romania recorded up to 12,000 entries per day at Siret', [['count', 'crossings']]],
    ['1,450 refugees attended Czech language classes and 380 completed vocational training', [['people', 'people_reached'], ['people', 'people_reached']]],
    ['IOM funded 2,150 nights of short-term stays near Siret', [['count', 'activities']]],
    ['Protection teams identified 1,870 persons at risk', [['people', 'people_in_need']]],
    ['As of 30 June 2023, USD 187.6m (46%) had been received.', [['USD', 'funding'], ['percent', 'funding']]],
    ['The appeal amounts to USD 31.5 million, of which 47 per cent had been received.', [['USD', 'funding'], ['percent', 'funding']]],
    ['In 2023, 47% of the 1,200 respondents received cash.', [['percent', 'share'], ['people', 'people_reached']]],
    ['The MRC network totals 34 structures across seven countries and 1,100 pallets of clothes.', [['count', 'infrastructure'], ['count', 'infrastructure'], ['count', 'items']]],
    ['seven IOM mobile medical teams have been working', [['count', 'organisations']]],
    ['In February–March, 3,120 vulnerable IDP households in Zaporizhzhia, Dnipropetrovsk and Kharkiv oblasts received cash grants.', [['households', 'people_reached']]],
  ])('%s', (text, expected) => {
    expect(extractFigures(statement(text)).map((f) => [f.unit, f.category])).toEqual(expected);
  });
});

describe('labels taken from a neighbouring figure', () => {
  it('labels a share of the figure after it with that figure', () => {
    expect(first('Some 15 per cent of the 4.7 million people targeted have been reached.').what).toBe('of the 4.7 million people targeted have been reached');
  });

  it('labels the end of a change with the label of its start', () => {
    const [from, to] = extractFigures(statement('The number of cholera cases rose from 1,500 in April to 4,200 in May.'));
    expect(to!.what).toBe(from!.what);
  });

  it('labels a figure compared with the one before it with that one\'s label', () => {
    const [now, before] = extractFigures(statement('The share of IDPs who had a paid job increased to 42% in March 2018 from 35% in June 2017.'));
    expect(before!.what).toBe(now!.what);
  });
});

describe('labels after a figure with a written unit', () => {
  it('never start inside the unit of the figure before (seed 004, past the gold lines)', () => {
    const figures = extractFigures(statement('Medical assistance came first with 48 per cent of requests, followed by jobs at 19 per cent, accommodation at 14 per cent, and language courses at 11 per cent.'));
    expect(figures.map((f) => f.text)).toEqual(['48 per cent', '19 per cent', '14 per cent', '11 per cent']);
    expect(figures.every((f) => !f.what?.startsWith('cent'))).toBe(true);
    expect(figures[1]!.what).toBe('jobs');
    expect(figures[2]!.what).toBe('accommodation');
    expect(figures[3]!.what).toBe('language courses');
  });

  it('name the item before "at" in a list of shares, not the next item', () => {
    const figures = extractFigures(statement('Shelter accounted for 41 per cent of needs, then cash at 22 per cent and health care at 9 per cent.'));
    expect(figures.slice(1).map((f) => f.what)).toEqual(['cash', 'health care']);
    expect(first('Unemployment among IDPs stood at 19 per cent and is rising.').what).not.toBe('stood');
    expect(first('and Sweden pledged SEK 150 million for 2024.').what).toBe('pledged');
    expect(first('The total reached 5,000.').what).not.toBe('reached');
    expect(first('The number of MRCs operated by IOM in Poland now stands at five.').what).toBe('number of MRCs operated by IOM in Poland');
  });

  it('stop at ", followed by" and at a half, quarter or fiscal year', () => {
    expect(first('Legal aid made up 37 per cent of all calls, followed by questions on transport.').what).not.toMatch(/followed|transport/);
    expect(first('Partners delivered 45 generators in H1 2023 to frontline hospitals.').what).toBe('generators delivered');
    expect(first('The project repaired 12 schools in Q3 2024 across the region.').what).not.toMatch(/Q3/);
    expect(first('The appeal funds 300 mobile teams in FY2025 alone.').what).not.toMatch(/FY/);
  });
});
