import { InputError } from './types.js';

export interface PdfOptions {
  /** Read at most this many pages (the rest are reported as skipped by the caller). */
  maxPages?: number;
}

export interface PdfText {
  pages: string[];
  total: number;
}

/** A whole PDF ends with an `%%EOF` marker (trailing junk of a few hundred bytes is common). */
function endsWhole(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1').includes('%%EOF');
}

function plain(message: string): string {
  const trimmed = message.replace(/\.$/, '');
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

function describe(error: unknown, bytes: Uint8Array): string {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password/i.test(message)) return 'PDF is encrypted (password required)';
  if (!endsWhole(bytes)) return 'truncated PDF (the file ends early: an incomplete download?)';
  if (name === 'InvalidPDFException' || /invalid pdf|xref|startxref|trailer/i.test(message)) return `damaged PDF (${plain(message)})`;
  if (name === 'FormatError') return `malformed PDF (${plain(message)})`;
  return `could not read PDF (${plain(message) || name || 'unknown error'})`;
}

/** `Array.prototype.push` as the engine gives it, taken before pdf-parse is first loaded. */
const NATIVE_PUSH = Array.prototype.push;

/**
 * pdf-parse's pdf.js build (pdfjs-dist/legacy) carries core-js, which on Node before 22 (V8 before 12.2)
 * replaces `Array.prototype.push` for the whole thread with a JavaScript version that fixes two edge cases
 * of arrays longer than 2^32 − 1 or with a frozen length. That version is several times slower, and pdf.js
 * and every extractor push all the time; the engine's own is put back.
 */
function restoreNativePush(): void {
  if (Array.prototype.push !== NATIVE_PUSH) {
    Object.defineProperty(Array.prototype, 'push', { value: NATIVE_PUSH, writable: true, configurable: true, enumerable: false });
  }
}

/** pdf-parse, loaded on first use (it is heavy), with the engine's `push` kept. */
async function loadPdfParse(): Promise<typeof import('pdf-parse')> {
  const module = await import('pdf-parse');
  restoreNativePush();
  return module;
}

/** Text of each page of a PDF, in page order, via pdf-parse. */
export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfText> {
  const { PDFParse, VerbosityLevel } = await loadPdfParse();
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS });
  let text: PdfText;
  try {
    const result = await parser.getText({ pageJoiner: '', ...(options.maxPages ? { first: options.maxPages } : {}) });
    text = { pages: [...result.pages].sort((a, b) => a.num - b.num).map((p) => p.text), total: result.total };
  } catch (error) {
    throw new InputError(describe(error, bytes));
  } finally {
    await parser.destroy().catch(() => undefined);
  }
  if (text.total === 0) throw new InputError('PDF has no pages');
  return text;
}
