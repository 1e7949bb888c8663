import { DEFAULT_MAX_BYTES, readBytes, tooLarge, type ByteLimit } from './bytes.js';
import { detectKind, looksLikeHtml, looksLikePdf } from './detect.js';
import { htmlToText } from './html.js';
import { readPdf } from './pdf.js';
import { decodeText } from './text.js';
import { InputError, type SourceDocument } from './types.js';

export { DEFAULT_MAX_BYTES, readBytes } from './bytes.js';
export { InputError, type SourceDocument } from './types.js';

export interface ReadOptions extends ByteLimit {
  maxPages?: number;
}

/** Turn an input's bytes into its pages of text, choosing the reader by content and name. */
export async function decodeDocument(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<SourceDocument> {
  if (bytes.length === 0) throw new InputError('empty file');
  const kind = detectKind(name, bytes);
  if (kind === 'pdf') {
    if (!looksLikePdf(bytes)) {
      throw new InputError(looksLikeHtml(bytes) ? 'not a PDF (looks like HTML)' : 'not a PDF (no %PDF- header)');
    }
    const { pages } = await readPdf(bytes, options);
    return { name, kind, pages, paged: true };
  }
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > limit) throw tooLarge(bytes.length, limit);
  const text = decodeText(bytes);
  return { name, kind, pages: [kind === 'html' ? htmlToText(text) : text], paged: false };
}

export async function readDocument(path: string, options: ReadOptions = {}): Promise<SourceDocument> {
  return decodeDocument(path, await readBytes(path, options), options);
}
