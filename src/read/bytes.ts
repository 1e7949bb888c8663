import { open, type FileHandle } from 'node:fs/promises';
import { looksLikePdf } from './detect.js';
import { InputError } from './types.js';

/** Text and HTML inputs above this many bytes are refused unless the caller sets another limit; PDFs are bounded by pages. */
export const DEFAULT_MAX_BYTES = 10_000_000;

export interface ByteLimit {
  /** Largest text or HTML input read, in bytes (default {@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number;
}

const size = (bytes: number) => (bytes < 1e6 ? `${bytes} bytes` : `${Number((bytes / 1e6).toFixed(1))} MB`);

/** The refusal of a text or HTML input above the limit; `size` is unknown when reading stopped at the limit. */
export function tooLarge(bytes: number | undefined, limit: number): InputError {
  return new InputError(`too large (${bytes === undefined ? `over ${size(limit)}` : size(bytes)}; text and HTML inputs are limited to ${size(limit)})`);
}

const CAUSES: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'symbolic link loop',
};

function unreadable(error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new InputError(CAUSES[code] ?? `cannot read (${code || (error as Error).message})`);
}

/** A stream's bytes, refused as soon as they pass the limit unless they start like a PDF. */
async function collect(stream: AsyncIterable<Uint8Array>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  let pdf: boolean | undefined;
  for await (const chunk of stream) {
    chunks.push(Buffer.from(chunk));
    size += chunk.length;
    if (size > limit) {
      pdf ??= looksLikePdf(Buffer.concat(chunks).subarray(0, 1024));
      if (!pdf) throw tooLarge(undefined, limit);
    }
  }
  return Buffer.concat(chunks);
}

/** A file's bytes; a regular file over the limit is refused from its size and first kilobyte, before it is read. */
async function readFileBytes(path: string, limit: number): Promise<Buffer> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch (error) {
    throw unreadable(error);
  }
  try {
    const info = await file.stat();
    if (info.isDirectory()) throw new InputError('is a directory');
    if (!info.isFile()) return await collect(file.createReadStream({ autoClose: false }), limit);
    if (info.size > limit) {
      const head = Buffer.alloc(1024);
      const { bytesRead } = await file.read(head, 0, head.length, 0);
      if (!looksLikePdf(head.subarray(0, bytesRead))) throw tooLarge(info.size, limit);
    }
    return await file.readFile();
  } catch (error) {
    throw unreadable(error);
  } finally {
    await file.close();
  }
}

/** The bytes of an input path, or of standard input for "-", within the size limit for text and HTML. */
export async function readBytes(path: string, options: ByteLimit = {}): Promise<Uint8Array> {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return path === '-' ? collect(process.stdin, limit) : readFileBytes(path, limit);
}
