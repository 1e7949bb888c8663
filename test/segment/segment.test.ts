import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/segment/blocks.js';
import { MAX_STATEMENT, segment } from '../../src/segment/index.js';
import { classifyLine, isNumberLine } from '../../src/segment/lines.js';
import { splitSentences } from '../../src/segment/sentences.js';

const texts = (source: string) => segment(source).map((s) => [s.kind, s.text]);

describe('classifyLine', () => {
  it('tells bullets, headings, key-figure numbers, contacts and text apart', () => {
    expect(classifyLine('• IOM has assisted over ')).toBe('bullet');
    expect(classifyLine('● 953 security incidents')).toBe('bullet');
    expect(classifyLine('MULTI-PURPOSE CASH ASSISTANCE')).toBe('heading');
    expect(classifyLine('616,945')).toBe('number');
    expect(classifyLine(' $108m')).toBe('number');
    expect(classifyLine('+40,000')).toBe('number');
    expect(classifyLine('Over 2,000')).toBe('number');
    expect(classifyLine('https://www.iom.int/news/iom-rushes-aid-thousands-affected-ukraine-dam-destruction')).toBe('contact');
    expect(classifyLine('+38 044 568 50 15')).toBe('contact');
    expect(classifyLine('Contact: iomkyiv@iom.int')).toBe('contact');
    expect(classifyLine('people reached')).toBe('text');
    expect(isNumberLine('people reached')).toBe(false);
  });
});

describe('splitSentences', () => {
  const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
  it('ends sentences at full stops but not after abbreviations or initials', () => {
    expect(split('Funded by the U.S. Department of State. IOM helps. See e.g. the map.')).toEqual([
      'Funded by the U.S. Department of State.',
      'IOM helps.',
      'See e.g. the map.',
    ]);
    expect(split('H.E. Mr. Ole T. Horpestad spoke. Ms. Olena listened.')).toEqual(['H.E. Mr. Ole T. Horpestad spoke.', 'Ms. Olena listened.']);
    expect(split('Hotline No. 527 works. 12,000 calls came.')).toEqual(['Hotline No. 527 works.', '12,000 calls came.']);
  });
});

describe('segment', () => {
  it('reflows PDF lines of a bullet into one statement (seed 000)', () => {
    const source = '• IOM has assisted over \n381,000 vulnerable  \ninternally displaced  \npersons (IDPs) and \nconflict-affected people \nin 24 regions of Ukraine  \nsince 2014.\n\n• The total number of IDPs \nfrom Crimea.';
    expect(texts(source)).toEqual([
      ['bullet', 'IOM has assisted over 381,000 vulnerable internally displaced persons (IDPs) and conflict-affected people in 24 regions of Ukraine since 2014.'],
      ['bullet', 'The total number of IDPs from Crimea.'],
    ]);
  });

  it('joins a key-figure box, label after the number, under its heading (seed 004)', () => {
    const source = 'MULTI-PURPOSE CASH ASSISTANCE\n\n616,945\npeople reached\n\n $108m provided through MPCA transfers\n';
    expect(segment(source).map((s) => [s.kind, s.text, s.section])).toEqual([
      ['heading', 'MULTI-PURPOSE CASH ASSISTANCE', null],
      ['keyfigure', '616,945 people reached', 'MULTI-PURPOSE CASH ASSISTANCE'],
      ['sentence', '$108m provided through MPCA transfers', 'MULTI-PURPOSE CASH ASSISTANCE'],
    ]);
  });

  it('takes an ALL-CAPS label that runs over lines into the box (seed 004)', () => {
    const source = '123,906 \nSERVICES DELIVERED IN 14 REGIONS \nAND 49 DISTRICTS SINCE THE START \nOF THE WAR\n\n• 4,705 people supported';
    expect(texts(source)[0]).toEqual(['keyfigure', '123,906 SERVICES DELIVERED IN 14 REGIONS AND 49 DISTRICTS SINCE THE START OF THE WAR']);
  });

  it('reads a bulleted or starred number as a key figure, its label running on over lines and names (seed 004)', () => {
    expect(texts('  ● 749\npeople benefitted from \nin-kind assistance to \nCommunity Support \nGroups (CSGs)\n\n ● 6,900\npeople benefitted')).toEqual([
      ['keyfigure', '749 people benefitted from in-kind assistance to Community Support Groups (CSGs)'],
      ['keyfigure', '6,900 people benefitted'],
    ]);
    expect(texts('**5.8m*\nTOTAL:\n\npeople reached \nsince february 2022\n\nWASH')[0]).toEqual(['keyfigure', '5.8m* TOTAL: people reached since february 2022']);
  });

  it('ends a label where a new statement starts, and never takes a paragraph of running text as one (seeds 001, 004)', () => {
    expect(texts('6,684\nbeneficiaries have been supported \nwith grants for micro-business, \nself-employment or vocational training\n Tetiana, a retired piano teacher, and \nOksana moved.')).toEqual([
      ['keyfigure', '6,684 beneficiaries have been supported with grants for micro-business, self-employment or vocational training'],
      ['sentence', 'Tetiana, a retired piano teacher, and Oksana moved.'],
    ]);
    expect(texts('2%\n\nIOM has formed 14 \ncooperation agreements.')).toEqual([
      ['keyfigure', '2%'],
      ['sentence', 'IOM has formed 14 cooperation agreements.'],
    ]);
  });

  it('takes the label above a number when nothing follows it', () => {
    expect(texts('Boats delivered\n43\n')).toEqual([['keyfigure', 'Boats delivered 43']]);
    expect(texts('regions covered \nin Ukraine\n\n ● 17 \n\nBENEFICIARY FEEDBACK')[0]).toEqual(['keyfigure', 'regions covered in Ukraine 17']);
  });

  it('keeps a bullet together across a blank line when the text plainly runs on (seed 004)', () => {
    expect(texts('• 66,909 people  benefitted from \n\nwater trucking\n• 18,408 people')).toEqual([
      ['bullet', '66,909 people benefitted from water trucking'],
      ['bullet', '18,408 people'],
    ]);
  });

  it('starts a statement at each item of a numbered list, without its number, but keeps a count wrapped to a line start', () => {
    expect(texts('1. General information (18.6%)\n2. Work of different organizations,\nincluding embassies (7.1%)\n3. Receiving social support (2.3%)').map(([, t]) => t)).toEqual([
      'General information (18.6%)',
      'Work of different organizations, including embassies (7.1%)',
      'Receiving social support (2.3%)',
    ]);
    expect(texts('The number of partners grew to\n15. In addition, IOM trained staff.').map(([, t]) => t)).toEqual(['The number of partners grew to 15.', 'In addition, IOM trained staff.']);
  });

  it('drops URL and phone lines', () => {
    expect(texts('Call us.\nhttps://www.iom.int/news/2023/06/1137422\n+38 044 568 50 15\n')).toEqual([['sentence', 'Call us.']]);
  });

  it('keeps a wrapped sentence whose last line is a number and a full stop', () => {
    expect(texts('the plan received $2.8 billion by the end of\n2023.\n')).toEqual([['sentence', 'the plan received $2.8 billion by the end of 2023.']]);
  });

  it('drops running headers and footers with a page number', () => {
    expect(texts('Coordination Saves Lives | www.unocha.org/ukraine        1\nIOM Update | June 2023      Page 4 of 6\nCall us.')).toEqual([['sentence', 'Call us.']]);
  });

  it('ends a sentence at a footnote number after its full stop', () => {
    expect(texts('funded, according to the Financial Tracking Service (FTS).3 By comparison, the plan received more.').map(([, t]) => t)).toEqual([
      'funded, according to the Financial Tracking Service (FTS).3',
      'By comparison, the plan received more.',
    ]);
  });

  it('maps each statement character back to its source offset', () => {
    const source = 'Header line\n\n• IOM has assisted over \n381,000 vulnerable IDPs.';
    const bullet = segment(source).find((s) => s.kind === 'bullet')!;
    const at = bullet.text.indexOf('381,000');
    expect(source.slice(bullet.map[at]!, bullet.map[at]! + 7)).toBe('381,000');
  });

  it('maps the space that joins two lines to the end of the first, with or without spaces around the lines', () => {
    for (const source of ['IOM reached\n5,000 people in\nKharkiv.', 'IOM reached  \n  5,000 people in \nKharkiv.']) {
      const [statement] = segment(source);
      expect(statement!.text).toBe('IOM reached 5,000 people in Kharkiv.');
      const { text, map } = statement!;
      expect([...text].every((c, i) => source[map[i]!] === c || (c === ' ' && /\s/.test(source[map[i]!]!)))).toBe(true);
      expect(map[text.indexOf(' 5,000')]).toBe(source.indexOf('reached') + 'reached'.length);
      expect(map[text.length]).toBe(source.length);
    }
  });

  it('ends a paragraph at a page break unless the sentence plainly runs on to the next page', () => {
    expect(buildBlocks('First page ends here.\n\f\nSecond page text').map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(texts('The hotline operates in\n\f\nthe east of Ukraine.')).toEqual([['sentence', 'The hotline operates in the east of Ukraine.']]);
  });

  it('keeps a sentence whole across a short line that ends in a word that cannot end it (seed 000)', () => {
    const source = 'The trainings were held in Poltava, Odesa, Zaporizhia \nand Kherson with funding from the \nGovernment of Germany acting through \nKfW Development Bank. ';
    expect(texts(source)).toEqual([['sentence', 'The trainings were held in Poltava, Odesa, Zaporizhia and Kherson with funding from the Government of Germany acting through KfW Development Bank.']]);
  });

  it('starts a new paragraph after a short last line, and after a list lead-in ending in a colon', () => {
    const source = 'Crimean Tatar family, displaced to Vinnytsia, was\nsupported by IOM with an oven\nfor sale\nIOM continues its efforts to foster income\nExamples are as follows:\nSports activities: festivals;';
    expect(texts(source).map(([, t]) => t)).toEqual([
      'Crimean Tatar family, displaced to Vinnytsia, was supported by IOM with an oven for sale',
      'IOM continues its efforts to foster income Examples are as follows:',
      'Sports activities: festivals;',
    ]);
  });
});

describe('statement length', () => {
  it('cuts text that runs on past MAX_STATEMENT at spaces, losing nothing', () => {
    const row = Array.from({ length: 3000 }, (_, i) => `cell ${i}`).join(' ');
    const statements = segment(row);
    expect(statements.length).toBeGreaterThan(5);
    expect(Math.max(...statements.map((s) => s.text.length))).toBeLessThanOrEqual(MAX_STATEMENT);
    expect(statements.map((s) => s.text).join(' ')).toBe(row);
  });
});
