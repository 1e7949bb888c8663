import { describe, expect, it } from 'vitest';
import { extractDonors } from '../../src/extract/donors/index.js';

const donors = (text: string) => extractDonors(text).map((d) => [d.name, d.canonical, d.iso3, d.type]);

describe('extractDonors: the seeds’ funders', () => {
  it.each([
    ['IOM’s work in this field, funded by Global \nAffairs Canada, includes', 'Global Affairs Canada', 'Government of Canada', 'CAN', 'government'],
    ['completion of the Japan-funded IOM project', 'Government of Japan', 'Government of Japan', 'JPN', 'government'],
    ['renovated by IOM with funding from the Government of Japan.', 'Government of Japan', 'Government of Japan', 'JPN', 'government'],
    ['The grant from IOM and the British Embassy \nin Ukraine allowed', 'British Embassy in Ukraine', 'Government of the United Kingdom', 'GBR', 'government'],
    ['a new IOM project, funded by the UK Department for International Development.', 'UK Department for International Development', 'UK Department for International Development', 'GBR', 'government'],
    ['another livelihoods project funded by the EU, IOM is planning', 'EU', 'European Union', null, 'multilateral'],
    ['technical assistance provided by Canada and IOM.', 'Canada', 'Government of Canada', 'CAN', 'government'],
    ['a shelter programme supported by Airbnb is the first', 'Airbnb', 'Airbnb', null, 'private'],
    ['Amazon has donated over USD 8 million', 'Amazon', 'Amazon', null, 'private'],
    ['The Swiss Agency for Development and Cooperation (SDC) funded repairs to 1,200 homes', 'Swiss Agency for Development and Cooperation (SDC)', 'Swiss Agency for Development and Cooperation', 'CHE', 'government'],
    ['The Central Emergency Response Fund (CERF) allocated $22 million to the response', 'Central Emergency Response Fund (CERF)', 'Central Emergency Response Fund', null, 'multilateral'],
    ['A CERF allocation of USD 2.5 million received in April 2023 will allow IOM to pre-position 12,000 kits', 'CERF', 'Central Emergency Response Fund', null, 'multilateral'],
    ['In 2023, the UHF allocated over $196 million to 131 partners', 'UHF', 'Ukraine Humanitarian Fund', null, 'multilateral'],
    ['and Sweden pledged SEK 150 million (about $14.5 million) for 2024', 'Sweden', 'Government of Sweden', 'SWE', 'government'],
    ['380 completed vocational training, funded by Germany\'s Federal Foreign Office.', "Germany's Federal Foreign Office", 'German Federal Foreign Office', 'DEU', 'government'],
    ['supported by the generosity of Zalando, IOM Ukraine was able', 'Zalando', 'Zalando', null, 'private'],
    ['with the support of USAID’s Bureau for Humanitarian Assistance', 'USAID’s Bureau for Humanitarian Assistance', 'USAID Bureau for Humanitarian Assistance', 'USA', 'government'],
    ['thanks to the support of ECHO', 'ECHO', 'European Civil Protection and Humanitarian Aid Operations (ECHO)', null, 'multilateral'],
    ['a contribution from CERF', 'CERF', 'Central Emergency Response Fund', null, 'multilateral'],
    ['financed by BMZ through GIZ', 'BMZ', 'Federal Ministry for Economic Cooperation and Development (BMZ)', 'DEU', 'government'],
    ['with funding from UK aid', 'UK aid', 'Government of the United Kingdom', 'GBR', 'government'],
    ['with funding from FCDO', 'FCDO', 'Foreign, Commonwealth & Development Office', 'GBR', 'government'],
    ['donated by the IKEA Foundation', 'IKEA Foundation', 'IKEA Foundation', null, 'foundation'],
  ])('%s', (text, name, canonical, iso3, type) => {
    expect(donors(text)[0]).toEqual([name, canonical, iso3, type]);
  });

  it('reads a funder list', () => {
    const text =
      'projects, funded by the European Union, the British Embassy in Kyiv, and the U.S. Department of State Bureau on Population, Refugees, and Migration.';
    expect(extractDonors(text).map((d) => d.name)).toEqual([
      'European Union',
      'British Embassy in Kyiv',
      'U.S. Department of State Bureau on Population, Refugees, and Migration',
    ]);
    expect(extractDonors('with funding from the Government of Germany acting through KfW Development Bank.').map((d) => d.canonical)).toEqual([
      'Government of Germany',
      'KfW Development Bank',
    ]);
    expect(extractDonors('The woman starts her own business with the support of IOM and Germany.').map((d) => d.name)).toEqual(['Germany']);
  });

  it.each([
    ['The head of the hromada thanked the Government of Japan for its support to displaced families.', ['Government of Japan']],
    ['Local authorities thanked IOM and the European Union for their generous contribution to the repairs.', ['European Union']],
    ['IOM is grateful to Global Affairs Canada for funding the livelihoods component.', ['Global Affairs Canada']],
    ['We extend our gratitude to ECHO for its continued support in Zakarpattia.', ['ECHO']],
    ['The clinic reopened with the continued support of the EU and the IKEA Foundation.', ['EU', 'IKEA Foundation']],
    ['Thanks to the EU’s support, 300 homes were insulated before winter.', ['EU']],
    ['Japan’s generous contribution covered the cost of 40 generators.', ['Japan']],
    ['USAID provided funding for 12 mobile health teams.', ['USAID']],
    ['Last year Germany has provided EUR 4 million for winterization.', ['Germany']],
  ])('finds the funder in “%s”', (text, expected) => {
    expect(extractDonors(text).map((d) => d.name)).toEqual(expected);
  });

  it('takes an organisation missing from the lexicon after a sure funding phrase, without the full stop after it', () => {
    expect(extractDonors('visits along the contact line with support from the Swiss Confederation.').map((d) => d.name)).toEqual(['Swiss Confederation']);
    expect(donors('IOM Latvia, with support from The \nEducation Development Centre (EDC), provided')).toEqual([
      ['Education Development Centre (EDC)', 'Education Development Centre', null, 'private'],
    ]);
  });
});

describe('extractDonors: not donors', () => {
  it('takes no implementing partners, NGOs or country offices', () => {
    expect(extractDonors('in cooperation with the Lviv-based NGO “Development Foundation”, arranged')).toEqual([]);
    expect(extractDonors('IDPs have been supported by IOM with micro-business training')).toEqual([]);
    expect(extractDonors('thanks to assistance from IOM Romania’s medical team')).toEqual([]);
    expect(extractDonors('in partnership with the Government of Romania, who transport the aid')).toEqual([]);
    expect(extractDonors('IOM-supported entrepreneurs and the Japanese culture in Japan')).toEqual([]);
    expect(extractDonors('IOM Romania supported 21,600 refugees with accommodation')).toEqual([]);
  });

  it('takes no thanked partner, authority or host government, and no thanks for something else', () => {
    expect(extractDonors('The mayor thanked IOM and the regional administration for their support.')).toEqual([]);
    expect(extractDonors('Participants thanked the Ministry of Social Policy for its support.')).toEqual([]);
    expect(extractDonors('She thanked the European Union for the warm welcome in Brussels, and the support staff.')).toEqual([]);
    expect(extractDonors('Poland’s support to refugees includes free public transport.')).toEqual([]);
    expect(extractDonors('IOM’s support reached 5,000 people, and the Government of Ukraine’s assistance continued.')).toEqual([]);
    expect(extractDonors('IOM provided funding to 30 local NGOs; Moldova provided shelter to refugees.')).toEqual([]);
  });

  it('ignores URLs', () => {
    expect(extractDonors('https://ukraine.iom.int/news#:~:text=Funded%20by%20the%20German%20Federal')).toEqual([]);
  });

  it('never throws', () => {
    for (const text of ['', 'funded by', 'funded by the', '-funded', 'Japan-', 'funded by '.repeat(300)]) expect(() => extractDonors(text)).not.toThrow();
  });
});
