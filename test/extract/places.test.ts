import { describe, expect, it } from 'vitest';
import { extractPlaces, placesAboutFigures } from '../../src/extract/places/index.js';

const names = (text: string) => extractPlaces(text).map((p) => p.name);

/** [P-code, ISO 3166-2, three spellings reports use for the oblast]. */
const OBLASTS: readonly [string, string, string, string, string][] = [
  ['UA01', 'UA-43', 'Crimea', 'Autonomous Republic of Crimea', 'ARC'],
  ['UA05', 'UA-05', 'Vinnytsia Region', 'Vinnytska oblast', 'Vinnytsia Oblast'],
  ['UA07', 'UA-07', 'Volyn', 'Volynska', 'Volyn Oblast'],
  ['UA12', 'UA-12', 'Dnipropetrovsk', 'Dnipropetrovska oblast', 'Dnipro region'],
  ['UA14', 'UA-14', 'Donetsk Region', 'Donetska', 'Donetsk Oblast'],
  ['UA18', 'UA-18', 'Zhytomyr Region', 'Zhytomyrska', 'Zhytomyr oblast'],
  ['UA21', 'UA-21', 'Zakarpattia', 'Zakarpatska', 'Transcarpathia'],
  ['UA23', 'UA-23', 'Zaporizhia Region', 'Zaporizka', 'Zaporizhzhia Oblast'],
  ['UA26', 'UA-26', 'Ivano-Frankivsk Region', 'Ivano-Frankivska', 'Ivano-Frankivsk Oblast'],
  ['UA32', 'UA-32', 'Kyiv Region', 'Kyivska', 'Kyiv Oblast'],
  ['UA35', 'UA-35', 'Kirovohrad', 'Kirovohradska', 'Kirovohrad Oblast'],
  ['UA44', 'UA-09', 'Luhansk Region', 'Luhanska', 'Luhansk oblast'],
  ['UA46', 'UA-46', 'Lviv Region', 'Lvivska', 'Lviv Oblast'],
  ['UA48', 'UA-48', 'Mykolaiv Region', 'Mykolaivska', 'Mykolaiv Oblast'],
  ['UA51', 'UA-51', 'Odesa Region', 'Odeska', 'Odessa Oblast'],
  ['UA53', 'UA-53', 'Poltava Region', 'Poltavska', 'Poltava Oblast'],
  ['UA56', 'UA-56', 'Rivne Region', 'Rivnenska', 'Rivne Oblast'],
  ['UA59', 'UA-59', 'Sumy Region', 'Sumska', 'Sumy Oblast'],
  ['UA61', 'UA-61', 'Ternopil Region', 'Ternopilska', 'Ternopil Oblast'],
  ['UA63', 'UA-63', 'Kharkiv Region', 'Kharkivska', 'Kharkiv Oblast'],
  ['UA65', 'UA-65', 'Kherson Region', 'Khersonska', 'Kherson Oblast'],
  ['UA68', 'UA-68', 'Khmelnytskyi Region', 'Khmelnytska', 'Khmelnytskyi Oblast'],
  ['UA71', 'UA-71', 'Cherkasy Region', 'Cherkaska', 'Cherkasy Oblast'],
  ['UA73', 'UA-77', 'Chernivtsi Region', 'Chernivetska', 'Chernivtsi Oblast'],
  ['UA74', 'UA-74', 'Chernihiv Region', 'Chernihivska', 'Chernihiv Oblast'],
  ['UA80', 'UA-30', 'Kyiv', 'Kyiv City', 'Kiev'],
  ['UA85', 'UA-40', 'Sevastopol', 'Sevastopol City', 'Sebastopol'],
];

describe('extractPlaces: Ukraine’s first-level units', () => {
  it.each(OBLASTS)('%s in three spellings', (pcode, iso, ...spellings) => {
    for (const spelling of spellings) {
      const found = extractPlaces(`IOM assisted IDPs in ${spelling} last year.`);
      expect(found.map((p) => [p.name, p.admin1Pcode, p.admin1Iso, p.iso3])).toEqual([[spelling, pcode, iso, 'UKR']]);
    }
  });

  it('reads a plain oblast name as its city, and as the oblast before "Region"', () => {
    const [city, oblast] = extractPlaces('She moved from Donetsk to Donetsk Region.');
    expect(city).toMatchObject({ name: 'Donetsk', level: 'city', canonical: 'Donetsk', admin1Pcode: 'UA14' });
    expect(oblast).toMatchObject({ name: 'Donetsk Region', level: 'admin1', canonical: 'Donetska', admin1Pcode: 'UA14' });
  });

  it('reads names in a list that ends in "regions" as oblasts, without the word', () => {
    const text = 'mainly in the East of Ukraine (Donetsk (government-controlled areas), Luhansk, Kharkiv, Zaporizhia, Odesa regions).';
    expect(extractPlaces(text).map((p) => [p.name, p.level])).toEqual([
      ['East of Ukraine', 'area'],
      ['Donetsk', 'admin1'],
      ['Luhansk', 'admin1'],
      ['Kharkiv', 'admin1'],
      ['Zaporizhia', 'admin1'],
      ['Odesa', 'admin1'],
    ]);
  });

  const units = (text: string) => extractPlaces(text).map((p) => [p.name, p.level, p.admin1Pcode]);

  it.each([
    ['Mobile teams visited 40 villages in Kherson and Donetsk regions in June.', [['Kherson', 'admin1', 'UA65'], ['Donetsk', 'admin1', 'UA14']]],
    ['Evacuations continued from Kharkiv, Sumy and Chernihiv oblasts.', [['Kharkiv', 'admin1', 'UA63'], ['Sumy', 'admin1', 'UA59'], ['Chernihiv', 'admin1', 'UA74']]],
    ['Shelters were winterized in Zaporizhzhia and Dnipropetrovsk Oblasts.', [['Zaporizhzhia', 'admin1', 'UA23'], ['Dnipropetrovsk', 'admin1', 'UA12']]],
    ['Cash was paid in Mykolaiv, Odesa, and Kyiv regions.', [['Mykolaiv', 'admin1', 'UA48'], ['Odesa', 'admin1', 'UA51'], ['Kyiv', 'admin1', 'UA32']]],
    ['Kits reached the Kharkiv and Sumy border regions.', [['Kharkiv', 'admin1', 'UA63'], ['Sumy', 'admin1', 'UA59']]],
    ['Teams worked in the oblasts of Luhansk and Donetsk.', [['Luhansk', 'admin1', 'UA44'], ['Donetsk', 'admin1', 'UA14']]],
    ['Needs were assessed in Kherson and Mykolaiv oblast.', [['Kherson', 'admin1', 'UA65'], ['Mykolaiv oblast', 'admin1', 'UA48']]],
  ])('reads a list of unit names closed or opened by a unit noun as oblasts: %s', (text, expected) => {
    expect(units(text)).toEqual(expected);
  });

  it('keeps a city before its own oblast and a list not closed by a unit noun', () => {
    expect(units('Offices opened in Dnipro, Dnipropetrovsk region, and in Sumy and Sumy region.')).toEqual([
      ['Dnipro', 'city', 'UA12'],
      ['Dnipropetrovsk region', 'admin1', 'UA12'],
      ['Sumy', 'city', 'UA59'],
      ['Sumy region', 'admin1', 'UA59'],
    ]);
    expect(units('Buses ran between Kharkiv, Sumy and Poltava every day.')).toEqual([
      ['Kharkiv', 'city', 'UA63'],
      ['Sumy', 'city', 'UA59'],
      ['Poltava', 'city', 'UA53'],
    ]);
    expect(units('She left Kharkiv for the Lviv region')).toEqual([
      ['Kharkiv', 'city', 'UA63'],
      ['Lviv region', 'admin1', 'UA46'],
    ]);
  });

  it('finds cities and towns with their oblast', () => {
    expect(extractPlaces('a 7% increase at Novotroitske and 11% at Maiorske, and in Sievierodonetsk').map((p) => p.admin1Pcode)).toEqual([
      'UA14',
      'UA14',
      'UA44',
    ]);
    expect(extractPlaces('fleeing from a village near Novа Kakhovka')[0]).toMatchObject({ canonical: 'Nova Kakhovka', admin1Pcode: 'UA65' });
    expect(extractPlaces('evacuated from Kupiansk, Velykyi Burluk and Vovchansk hromadas').map((p) => [p.canonical, p.admin1Pcode])).toEqual([
      ['Kupiansk', 'UA63'],
      ['Velykyi Burluk', 'UA63'],
      ['Vovchansk', 'UA63'],
    ]);
    expect(extractPlaces('refugees in Cahul and Ungheni, and at Tulcea').map((p) => [p.canonical, p.iso3])).toEqual([
      ['Cahul', 'MDA'],
      ['Ungheni', 'MDA'],
      ['Tulcea', 'ROU'],
    ]);
  });
});

describe('extractPlaces: matching', () => {
  it('matches names across line breaks, with curly apostrophes, possessives and hyphen compounds', () => {
    expect(names('IDPs in Kyiv\ncity and Ukraine’s east, L’viv and Lviv-based NGOs')).toEqual(['Kyiv\ncity'.replace('\n', ' '), 'Ukraine', 'L’viv', 'Lviv']);
    expect(names('the Sea of\nAzov coast')).toEqual(['Sea of Azov']);
    expect(names('at the Poland-Ukraine border, a Lviv-Kyiv-bound train')).toEqual(['Poland', 'Ukraine', 'Lviv', 'Kyiv']);
    expect(names('partners such as UK-Med and Mid-2023 plans')).toEqual([]);
  });

  it('takes the longest name first and a name only from its first capital', () => {
    expect(extractPlaces('Nova Kakhovka and Kakhovka, not kakhovka')).toMatchObject([{ canonical: 'Nova Kakhovka' }, { canonical: 'Kakhovka' }]);
  });
});

describe('extractPlaces: countries', () => {
  it('finds countries by name and variant with ISO3', () => {
    const found = extractPlaces('(Belarus, Czechia, Republic of Moldova, Türkiye, Turkey, Czech Republic, Russian Federation)');
    expect(found.map((p) => p.iso3)).toEqual(['BLR', 'CZE', 'MDA', 'TUR', 'TUR', 'CZE', 'RUS']);
    expect(found[2]!.name).toBe('Republic of Moldova');
  });

  it('keeps the country of a direction', () => {
    expect(extractPlaces('IDPs from Crimea and eastern \nUkraine')[1]).toMatchObject({ name: 'eastern Ukraine', canonical: 'Eastern Ukraine', iso3: 'UKR', level: 'area' });
    expect(names('contact line in Eastern Ukraine')).toEqual(['Eastern Ukraine']);
    expect(names('over 50,000 residents of Ukraine’s conflict-affected east')).toEqual(['Ukraine']);
    expect(names('in 24 regions of Ukraine since 2014')).toEqual(['Ukraine']);
  });

  it('skips countries inside an organisation’s name', () => {
    expect(names('according to the Ministry of Social Policy of Ukraine')).toEqual([]);
    expect(names('The Ambassadors of Norway and Denmark and the Embassies of Sweden and Lithuania')).toEqual([]);
    expect(names('IOM Moldova has been supporting 1,166 refugees from Ukraine')).toEqual(['Moldova', 'Ukraine']);
    expect(names('outlined in the IOM Appeal for Ukraine and Neighbouring Countries (2023)')).toEqual([]);
    expect(names('the Humanitarian Response Plan for Ukraine')).toEqual([]);
  });

  it('names an area by its name without a descriptive "region"', () => {
    expect(names('armed groups in the Donbas region of eastern Ukraine')).toEqual(['Donbas', 'eastern Ukraine']);
  });
});

describe('placesAboutFigures', () => {
  const about = (text: string) => placesAboutFigures(text, extractPlaces(text)).map((p) => p.name);

  it('leaves out the yardstick of a comparison', () => {
    expect(about('the 427-km contact line – equivalent to the length of the Germany–France border – in Ukraine')).toEqual(['Ukraine']);
    expect(about('an area the size of Belgium was flooded in Kherson')).toEqual(['Kherson']);
  });

  it('leaves out the places describing a person given as an example', () => {
    expect(about('51 cancer patients in Slovakia, including Svitlana, a mother of four from Kramatorsk, Ukraine.')).toEqual(['Slovakia']);
    expect(about('5,535 individuals, including Larisa, who was residing in Ukraine')).toEqual([]);
    expect(about('500 people in towns, including Kharkiv, the second city of Ukraine')).toEqual(['Kharkiv', 'Ukraine']);
  });
});

describe('extractPlaces: ambiguity', () => {
  it('takes no person names and no common words', () => {
    expect(names('A child neurologist Olena worked with Maria and Oksana at Nova Poshta')).toEqual([]);
    expect(names('Sofia said the Georgia project')).toEqual(['Georgia']);
    expect(names('she moved to Sofia')).toEqual(['Sofia']);
    expect(names('crossed into neighbouring countries, including Chad, Egypt and South Sudan')).toEqual(['Chad', 'Egypt', 'South Sudan']);
    expect(names('Chad and his team visited Egypt')).toEqual(['Egypt']);
  });

  it('takes capitalised names only, and all-caps abbreviations only outside headings', () => {
    expect(names('the turkey and chad were served; the UK funds')).toEqual(['UK']);
    expect(names('UK AID SUPPORTS')).toEqual([]);
  });

  it('never throws', () => {
    for (const text of ['', '’s', '-', 'Region', '((((', '\uD800', 'Ukraine'.repeat(500), 'Ukraine’s Donetsk', 'L’VIV'.repeat(3)]) {
      expect(() => extractPlaces(text)).not.toThrow();
    }
  });
});
