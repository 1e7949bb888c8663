import { InputError } from './types.js';

export interface PdfOptions {
  /** Read at most this many pages (the rest are reported as skipped by the caller). */
  maxPages?: number;
}

export interface PdfText {
  pages: string[];
  total: number;
}

function describe(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password/i.test(message)) return 'PDF is encrypted (password required)';
  if (name === 'InvalidPDFException' || /invalid pdf|xref|startxref|trailer/i.test(message)) return `damaged or truncated PDF (${message.replace(/\.$/, '')})`;
  if (name === 'FormatError') return `malformed PDF (${message.replace(/\.$/, '')})`;
  return `could not read PDF (${message.replace(/\.$/, '') || name || 'unknown error'})`;
}

/** Text of each page of a PDF, in page order, via pdf-parse (loaded on first use: it is heavy). */
export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfText> {
  const { PDFParse, VerbosityLevel } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS });
  try {
    const result = await parser.getText({ pageJoiner: '', ...(options.maxPages ? { first: options.maxPages } : {}) });
    const pages = [...result.pages].sort((a, b) => a.num - b.num).map((p) => p.text);
    return { pages, total: result.total };
  } catch (error) {
    throw new InputError(describe(error));
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
