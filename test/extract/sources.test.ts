import { describe, expect, it } from 'vitest';
import { extractSource } from '../../src/extract/sources/index.js';

describe('extractSource', () => {
  it.each([
    ['Ukraine is 1,363,754 as of 25 March 2019, according to the Ministry of Social Policy of Ukraine.', 'Ministry of Social Policy of Ukraine'],
    ['According to the latest IOM survey on the situation of IDPs, 50% of IDPs reported', 'IOM'],
    ['According to the latest IOM Ukraine monitoring report, close to 40% of IDPs', 'IOM Ukraine'],
    ['at least eight people died near the EECPs, UN OCHA reports.', 'UN OCHA'],
    ['the State Border Guard Service (SBGS) of Ukraine recently reported a 7% increase', 'State Border Guard Service (SBGS) of Ukraine'],
    ['including more than 10,000 killed, according to the Office of the UN High Commissioner for Human Rights (OHCHR).', 'Office of the UN High Commissioner for Human Rights (OHCHR)'],
    ['14.6 million people continue to be in need of assistance (OCHA).', 'OCHA'],
    ['Over 600 civilians were killed and 1,900 injured in February alone, according to OHCHR.', 'OHCHR'],
    ['Data from the Protection Cluster show that 62% of returnees lack safe water.', 'Protection Cluster'],
    ['According to Round 9 of the National Monitoring System (NMS) conducted in March 2018, 47% of IDPs', 'National Monitoring System (NMS)'],
    ['according to the latest survey by the Protection Cluster, 40% of returnees', 'Protection Cluster'],
    ['Local authorities estimate that approximately 4,500 people remain in Kupiansk town', 'Local authorities'],
    ['some 350 people were evacuated, according to the regional military administration.', 'regional military administration'],
    ['Humanitarian partners estimate that an additional $700 million will be needed', 'Humanitarian partners'],
    ['The National Monitoring System (NMS) Report, Round 9, showed that 46% of IDPs have been living', 'National Monitoring System (NMS)'],
    ['5.9 million refugees recorded as of end of 2023 (UNHCR).', 'UNHCR'],
    ['almost five million foreign nationals were present in Ukraine before the war (UN DESA).', 'UN DESA'],
    ['displaced as of 25 July 2023 (DTM’s Mobility & Needs Assessment)', 'DTM'],
    ['3,801 houses recorded as damaged (Ministry for the Restoration of Ukraine)', 'Ministry for the Restoration of Ukraine'],
    ['As of December 2023, IOM estimated 3.7 million persons', 'IOM'],
    ['In October 2023, IOM data indicates that 65 per cent', 'IOM'],
    ['As of December 2023, WHO reported that 1,482 health care facilities', 'WHO'],
    ['In 2023 the National Police registered 120 cases of trafficking', 'National Police'],
    ['OHCHR verified 10,191 civilian deaths', 'OHCHR'],
  ])('%s', (text, name) => {
    const source = extractSource(text);
    expect(source?.name).toBe(name);
    expect(text.slice(source!.start, source!.end)).toContain(name.split(' ')[0]);
  });

  it.each([
    'internally displaced persons (IDPs) and conflict-affected people',
    '50% of IDPs reported that they had fully integrated',
    'Two additional DTM reports to assess the impact were produced.',
    'IOM has assisted over 381,000 IDPs since 2014.',
    'according to their needs and established criteria',
  ])('no source in: %s', (text) => {
    expect(extractSource(text)).toBeNull();
  });

  it('never throws', () => {
    for (const text of ['', '(', '()', 'according to', 'According to the', '(OCHA'.repeat(100)]) expect(() => extractSource(text)).not.toThrow();
  });
});
