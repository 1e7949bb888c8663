import { decodeDocument, InputError, readBytes } from '../read/index.js';
import { SCHEMA_VERSION, type ErrorRecord } from '../schema/index.js';
import { InvalidRecordError, validateError, validateResult } from '../validate/index.js';
import type { Outcome } from '../write/index.js';
import { cacheKey, readCached, writeCached } from './cache.js';

/** What changes a document's records besides its bytes: part of the cache key. */
export interface ProcessOptions {
  maxPages?: number;
  /** Largest text or HTML input read, in bytes. */
  maxBytes?: number;
  reportDate?: string;
  debug: boolean;
  /** Cache folder; no caching when absent. */
  cache?: string;
  /** The tool's version, so a new release never serves an old release's records. */
  version: string;
}

/** One input to process: a path, and for standard input the bytes already read. */
export interface Task {
  path: string;
  bytes?: Uint8Array;
  options: ProcessOptions;
}

function causeOf(error: unknown, debug: boolean): string {
  if (error instanceof InputError || error instanceof InvalidRecordError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${debug && error instanceof Error && error.stack ? error.stack : message}`;
}

export function failure(path: string, cause: string): Outcome {
  const record: ErrorRecord = { type: 'error', schemaVersion: SCHEMA_VERSION, document: path, cause };
  return { ok: false, error: validateError(record) };
}

/** Read, process and validate one input, through the cache when one is given. Never throws. */
export async function processTask({ path, bytes: given, options }: Task): Promise<Outcome> {
  try {
    const bytes = given ?? (await readBytes(path, { maxBytes: options.maxBytes }));
    const key = options.cache ? cacheKey(bytes, {
          version: options.version,
          schema: SCHEMA_VERSION,
          maxPages: options.maxPages ?? null,
          maxBytes: options.maxBytes ?? null,
          reportDate: options.reportDate ?? null,
        }) : null;
    if (options.cache && key) {
      const cached = await readCached(options.cache, key, path);
      if (cached) return { ok: true, result: cached };
    }
    // Loaded on first use: the main thread (which imports this module for `failure`) and files served from
    // the cache never need the extractors, whose start-up (compromise, chrono) costs most of a second.
    const { processDocument } = await import('../pipeline.js');
    const result = validateResult(processDocument(await decodeDocument(path, bytes, { maxPages: options.maxPages, maxBytes: options.maxBytes }), { reportDate: options.reportDate }));
    if (options.cache && key) await writeCached(options.cache, key, result);
    return { ok: true, result };
  } catch (error) {
    return failure(path, causeOf(error, options.debug));
  }
}
