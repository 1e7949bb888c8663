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

/** Text of each page of a PDF, in page order, via pdf-parse (loaded on first use: it is heavy). */
export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfText> {
  const { PDFParse, VerbosityLevel } = await import('pdf-parse');
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
