import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, decodeDocument, readBytes } from '../../src/read/index.js';
import { looksLikeUtf16WithoutBom } from '../../src/read/text.js';
import { GOOD_PDF, ROOT } from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REPORT = 'IOM reached 12,026 IDPs in Kharkiv oblast.';

describe('text in UTF-16 without a byte-order mark', () => {
  it('is told apart from binary data in either byte order', async () => {
    const le = Buffer.from(REPORT, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(looksLikeUtf16WithoutBom(le)).toBe(true);
    expect(looksLikeUtf16WithoutBom(be)).toBe(true);
    await expect(decodeDocument('report.txt', be)).rejects.toThrow('UTF-16 text without a byte-order mark (save it as UTF-8)');
    const binary = Buffer.from([0x00, 0x01, 0x00, 0x00, 0xff, 0x00, 0x13, 0x37, 0x00, 0x00]);
    expect(looksLikeUtf16WithoutBom(binary)).toBe(false);
    await expect(decodeDocument('data.bin', binary)).rejects.toThrow('binary data (NUL bytes), not text');
  });
});

describe('an HTML page named .pdf', () => {
  it('is not read as HTML: the name promised a PDF', async () => {
    await expect(decodeDocument('report.pdf', Buffer.from('<!DOCTYPE html><html><body>Not Found</body></html>'))).rejects.toThrow('not a PDF (looks like HTML)');
    await expect(decodeDocument('report.html', Buffer.from('<!DOCTYPE html><html><body>Not Found</body></html>'))).resolves.toMatchObject({ kind: 'html' });
  });
});

describe('the size limit on text input', () => {
  it('is 10 MB unless the caller sets another', () => {
    expect(DEFAULT_MAX_BYTES).toBe(10_000_000);
  });

  it('refuses text and HTML over the limit, naming both sizes, and never a PDF', async () => {
    const text = Buffer.from(REPORT.repeat(100));
    await expect(decodeDocument('report.txt', text, { maxBytes: 1000 })).rejects.toThrow(`too large (${text.length} bytes; text and HTML inputs are limited to 1000 bytes)`);
    await expect(decodeDocument('report.html', text, { maxBytes: 1000 })).rejects.toThrow('too large');
    await expect(decodeDocument('report.txt', text, { maxBytes: text.length })).resolves.toMatchObject({ kind: 'text' });
    const pdf = readFileSync(join(ROOT, GOOD_PDF));
    await expect(decodeDocument('report.pdf', pdf, { maxBytes: 1000 })).resolves.toMatchObject({ kind: 'pdf' });
  });

  it('stops reading a file before it is loaded, and a pipe once it passes the limit', async () => {
    const big = join(dir, 'big.txt');
    const fifo = join(dir, 'pipe.txt');
    writeFileSync(big, 'x'.repeat(5000));
    await expect(readBytes(big, { maxBytes: 4000 })).rejects.toThrow('too large (5000 bytes; text and HTML inputs are limited to 4000 bytes)');
    await expect(readBytes(join(ROOT, GOOD_PDF), { maxBytes: 1000 })).resolves.toHaveLength(readFileSync(join(ROOT, GOOD_PDF)).length);

    execFileSync('mkfifo', [fifo]);
    const writer = createWriteStream(fifo);
    writer.on('error', () => undefined);
    writer.end('x'.repeat(100_000));
    await expect(readBytes(fifo, { maxBytes: 4000 })).rejects.toThrow('too large (over 4000 bytes; text and HTML inputs are limited to 4000 bytes)');
    writer.destroy();
  });

  it('names the cause of a path that cannot be read', async () => {
    await expect(readBytes(join(dir, 'missing.txt'))).rejects.toThrow('no such file');
    await expect(readBytes(dir)).rejects.toThrow('is a directory');
  });
});
