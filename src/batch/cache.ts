import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { DocumentResult } from '../pipeline.js';
import { DocumentRecord, FigureRecord, WarningRecord } from '../schema/index.js';

/** A cache entry: the key it was stored under (checked again on read) and the document's records. */
const Entry = z.object({
  key: z.string(),
  result: z.object({ document: DocumentRecord, figures: z.array(FigureRecord), warnings: z.array(WarningRecord) }),
});

/** The content hash of a file together with everything else that shapes its records. */
export function cacheKey(bytes: Uint8Array, shaping: Record<string, string | number | null>): string {
  const hash = createHash('sha256').update(bytes);
  hash.update(JSON.stringify(shaping));
  return hash.digest('hex');
}

const entryPath = (dir: string, key: string) => join(dir, key.slice(0, 2), `${key}.json`);

/** Give the cached records the path this run names the file by. */
function renamed(result: DocumentResult, path: string): DocumentResult {
  return {
    document: { ...result.document, document: path },
    figures: result.figures.map((f) => ({ ...f, document: path })),
    warnings: result.warnings.map((w) => ({ ...w, document: path })),
  };
}

/** The cached records for a key, or undefined when there are none or the entry is damaged (it is then rewritten). */
export async function readCached(dir: string, key: string, path: string): Promise<DocumentResult | undefined> {
  let text: string;
  try {
    text = await readFile(entryPath(dir, key), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const entry = Entry.safeParse(JSON.parse(text));
    return entry.success && entry.data.key === key ? renamed(entry.data.result, path) : undefined;
  } catch {
    return undefined;
  }
}

/** Create a folder that may exist already. */
async function ensureFolder(path: string): Promise<void> {
  await mkdir(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
}

/**
 * Create the cache folder and the folders above it, one level at a time: Node 20's recursive mkdir never
 * returns for some paths (under /proc, say), and a run must fail with a reason instead.
 */
export async function prepareCache(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let path = resolve(dir); path !== dirname(path); path = dirname(path)) missing.unshift(path);
  for (const path of missing) await ensureFolder(path);
  if (!(await stat(dir)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
}

/** Store a document's records; written to a temp file and renamed, so a reader never sees half an entry. */
export async function writeCached(dir: string, key: string, result: DocumentResult): Promise<void> {
  const path = entryPath(dir, key);
  await ensureFolder(join(dir, key.slice(0, 2)));
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temp, JSON.stringify({ key, result }));
  await rename(temp, path);
}
