import { stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { readBytes } from '../read/index.js';

/** One input to process; `problem` says why an argument gave no file to read. */
export interface Input {
  path: string;
  problem?: string;
}

export interface InputOptions {
  /** Globs a file found in a directory or by a pattern must match (default: the report extensions). */
  include: readonly string[];
  /** Globs that leave a found file out. */
  exclude: readonly string[];
}

export const DEFAULT_INCLUDE = ['**/*.pdf', '**/*.txt', '**/*.html', '**/*.htm'];

function filter(options: InputOptions): (relative: string) => boolean {
  const include = picomatch(options.include.length > 0 ? [...options.include] : DEFAULT_INCLUDE, { nocase: true, dot: true, matchBase: false });
  const exclude = options.exclude.length > 0 ? picomatch([...options.exclude], { nocase: true, dot: true }) : () => false;
  return (relative) => include(relative) && !exclude(relative);
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The files below a directory that the include and exclude globs let through, sorted. */
async function walk(dir: string, keep: (relative: string) => boolean): Promise<string[]> {
  const found = await glob('**/*', { cwd: dir, onlyFiles: true, dot: false, followSymbolicLinks: false, expandDirectories: false });
  return found.filter(keep).sort(byPath).map((relative) => join(dir, relative));
}

/**
 * Turn command-line arguments into the list of files to read: files as named, directories walked,
 * shell-style patterns expanded; each expansion sorted, argument order kept, duplicates dropped.
 * An argument that names nothing readable stays in the list with its problem, so it is reported in order.
 */
export async function expandInputs(args: readonly string[], options: InputOptions): Promise<Input[]> {
  const keep = filter(options);
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ path: arg });
      continue;
    }
    const kind = await stat(arg).then(
      (s) => (s.isDirectory() ? 'dir' : 'file'),
      () => 'missing',
    );
    if (kind === 'file') inputs.push({ path: arg });
    else if (kind === 'dir') {
      const files = await walk(arg, keep);
      if (files.length === 0) inputs.push({ path: arg, problem: 'no report files (.pdf, .txt, .html) in this directory' });
      else inputs.push(...files.map((path) => ({ path })));
    } else if (isDynamicPattern(arg)) {
      const files = (await glob(arg, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) })).filter(keep).sort(byPath);
      if (files.length === 0) inputs.push({ path: arg, problem: 'no files match this pattern' });
      else inputs.push(...files.map((path) => ({ path })));
    } else inputs.push({ path: arg });
  }
  const seen = new Set<string>();
  return inputs.filter((i) => (seen.has(i.path) ? false : (seen.add(i.path), true)));
}

/** The arguments listed one per line in a file, or on standard input for "-". */
export async function readFileList(path: string): Promise<string[]> {
  const text = Buffer.from(await readBytes(path, { maxBytes: Number.MAX_SAFE_INTEGER })).toString('utf8');
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
