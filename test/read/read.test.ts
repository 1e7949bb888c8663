import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/read/detect.js';
import { htmlToText } from '../../src/read/html.js';
import { decodeDocument, readDocument } from '../../src/read/index.js';
import { decodeText } from '../../src/read/text.js';

describe('decodeText', () => {
  it('reads UTF-8, dropping a BOM', () => {
    expect(decodeText(Buffer.from('\uFEFFIDPs: 1,363,754', 'utf8'))).toBe('IDPs: 1,363,754');
  });
  it('reads UTF-16 with a BOM, either byte order', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kyiv 2024', 'utf16le')]);
    expect(decodeText(le)).toBe('Kyiv 2024');
    const be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Kyiv', 'utf16le').swap16()]));
    expect(decodeText(be)).toBe('Kyiv');
  });
  it('refuses bytes that are not text, with a plain reason', () => {
    expect(() => decodeText(Buffer.from([0x49, 0x44, 0xff, 0x50]))).toThrow('not UTF-8 text');
    expect(() => decodeText(Buffer.from([0x49, 0x00, 0x44]))).toThrow('binary data');
  });
});

describe('detectKind', () => {
  it('takes a .pdf name at its word (the reader then says what it really is); otherwise content first, then extension', () => {
    expect(detectKind('report.txt', Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(detectKind('page.pdf', Buffer.from('<!DOCTYPE html><html>'))).toBe('pdf');
    expect(detectKind('report', Buffer.from('<html><body>x'))).toBe('html');
    expect(detectKind('notes.htm', Buffer.from('just text'))).toBe('html');
    expect(detectKind('notes.md', Buffer.from('just text'))).toBe('text');
  });
});

describe('htmlToText', () => {
  it('drops scripts, styles and navigation, and puts blocks on lines of their own', () => {
    const html = '<html><head><title>T</title><style>p{}</style></head><body><nav>Home | About</nav><h1>UKRAINE</h1><p>Over 6.5&nbsp;million people<br>reached.</p><script>var x = 1;</script><ul><li>953 incidents</li><li>12 casualties</li></ul></body></html>';
    expect(htmlToText(html)).toBe('UKRAINE\n\nOver 6.5\u00A0million people\nreached.\n\n• 953 incidents\n\n• 12 casualties');
  });
});

describe('decodeDocument', () => {
  it('refuses an empty input, and an HTML page or text named .pdf', async () => {
    await expect(decodeDocument('x.pdf', new Uint8Array())).rejects.toThrow('empty file');
    await expect(decodeDocument('x.pdf', Buffer.from('<!-- saved --> <html><body>Not found</body></html>'))).rejects.toThrow('not a PDF (looks like HTML)');
    await expect(decodeDocument('x.pdf', Buffer.from('Not Found\n'))).rejects.toThrow('not a PDF (no %PDF- header)');
  });
  it('refuses a truncated PDF', async () => {
    const { readFileSync } = await import('node:fs');
    const pdf = readFileSync('fixtures/pdf/sample-report.pdf');
    await expect(decodeDocument('cut.pdf', pdf.subarray(0, Math.floor(pdf.length / 2)))).rejects.toThrow(/PDF/);
  });
  it('names the cause of an unreadable path', async () => {
    await expect(readDocument('fixtures/no-such-file.txt')).rejects.toThrow('no such file');
    await expect(readDocument('fixtures')).rejects.toThrow('is a directory');
  });
  it('reads a PDF page by page', async () => {
    const doc = await readDocument('fixtures/pdf/sample-report.pdf');
    expect(doc).toMatchObject({ kind: 'pdf', paged: true });
    expect(doc.pages).toHaveLength(2);
    expect(doc.pages[1]).toContain('616,945');
  });
});
