import { readFile } from 'node:fs/promises';
import { detectKind, looksLikeHtml, looksLikePdf } from './detect.js';
import { htmlToText } from './html.js';
import { readPdf } from './pdf.js';
import { decodeText } from './text.js';
import { InputError, type SourceDocument } from './types.js';

export { InputError, type SourceDocument } from './types.js';

export interface ReadOptions {
  maxPages?: number;
}

/** The bytes of an input path, or of standard input for "-". */
export async function readBytes(path: string): Promise<Uint8Array> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const causes: Record<string, string> = {
      ENOENT: 'no such file',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EISDIR: 'is a directory',
      ELOOP: 'too many symbolic links (a link loop?)',
    };
    throw new InputError(causes[code ?? ''] ?? `cannot read (${code ?? (error as Error).message})`);
  }
}

/** Turn an input's bytes into its pages of text, choosing the reader by content and name. */
export async function decodeDocument(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<SourceDocument> {
  if (bytes.length === 0) throw new InputError('empty file');
  const kind = detectKind(name, bytes);
  switch (kind) {
    case 'pdf': {
      if (!looksLikePdf(bytes)) {
        throw new InputError(looksLikeHtml(bytes) ? 'not a PDF (looks like HTML)' : 'not a PDF (no %PDF- header)');
      }
      const { pages } = await readPdf(bytes, options);
      return { name, kind, pages, paged: true };
    }
    case 'html':
      return { name, kind, pages: [htmlToText(decodeText(bytes))], paged: false };
    case 'text':
      return { name, kind, pages: [decodeText(bytes)], paged: false };
  }
}

export async function readDocument(path: string, options: ReadOptions = {}): Promise<SourceDocument> {
  return decodeDocument(path, await readBytes(path), options);
}
