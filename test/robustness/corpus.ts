import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One input of the bad-input corpus and what the CLI must say about it. */
export interface BadInput {
  /** The path as given on the command line. */
  path: string;
  /** An error fails the input (exit 1); a warning alone keeps exit 0 and the document record. */
  outcome: 'error' | 'warning';
  cause: string;
  /** Run the CLI as this user, so a permission is really checked (root reads everything). */
  user?: { uid: number; gid: number };
}

const NOT_READ = 'no report files (.pdf, .txt, .html) in this directory';
const TRUNCATED = 'truncated PDF (the file ends early: an incomplete download?)';

/** The committed corpus, made by fixtures/make-bad.mjs. */
export const COMMITTED: readonly BadInput[] = [
  { path: 'fixtures/bad/truncated-10.pdf', outcome: 'error', cause: TRUNCATED },
  { path: 'fixtures/bad/truncated-50.pdf', outcome: 'error', cause: TRUNCATED },
  { path: 'fixtures/bad/truncated-90.pdf', outcome: 'error', cause: TRUNCATED },
  { path: 'fixtures/bad/encrypted.pdf', outcome: 'error', cause: 'PDF is encrypted (password required)' },
  { path: 'fixtures/bad/zero-pages.pdf', outcome: 'error', cause: 'PDF has no pages' },
  { path: 'fixtures/bad/image-only.pdf', outcome: 'warning', cause: 'no extractable text (scanned images? OCR is not supported)' },
  { path: 'fixtures/bad/html-page.pdf', outcome: 'error', cause: 'not a PDF (looks like HTML)' },
  { path: 'fixtures/bad/random.bin', outcome: 'error', cause: 'binary data (NUL bytes), not text' },
  { path: 'fixtures/bad/empty.pdf', outcome: 'error', cause: 'empty file' },
  { path: 'fixtures/bad/empty.txt', outcome: 'error', cause: 'empty file' },
  { path: 'fixtures/bad/blank.txt', outcome: 'warning', cause: 'no text' },
  { path: 'fixtures/bad/utf16-no-bom.txt', outcome: 'error', cause: 'UTF-16 text without a byte-order mark (save it as UTF-8)' },
  { path: 'fixtures/bad/nul-bytes.txt', outcome: 'error', cause: 'binary data (NUL bytes), not text' },
  { path: 'fixtures/bad/no-readable-files', outcome: 'error', cause: NOT_READ },
];

/** Size of the generated single-line text: over the default limit of 10 MB for text input. */
export const HUGE_TEXT_BYTES = 20_000_000;

/** A sentence of report prose with two figures in it. */
export const SENTENCE = 'As of 15 May, IOM reached 12,026 IDPs and local community members in Kharkiv oblast with over 1.2 million USD in cash. ';

/** The sentence repeated to `bytes` bytes with no line break. */
export function singleLine(bytes: number): string {
  return SENTENCE.repeat(Math.ceil(bytes / SENTENCE.length)).slice(0, bytes);
}

export interface MadeInputs {
  dir: string;
  inputs: BadInput[];
  remove(): void;
}

const NOBODY = { uid: 65534, gid: 65534 };

/**
 * Inputs git cannot hold or that are too big to commit, made in a temp folder: a missing path, a file
 * nobody may read, a symbolic link loop and a 20 MB single-line text. The folder is readable by all,
 * because as root the unreadable file is checked by running the CLI as the user nobody.
 */
export function makeInputs(): MadeInputs {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bad-'));
  chmodSync(dir, 0o755);
  const locked = join(dir, 'locked.txt');
  writeFileSync(locked, 'IOM reached 1,200 people.\n');
  chmodSync(locked, 0o000);
  symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
  symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
  const huge = join(dir, 'single-line-20mb.txt');
  writeFileSync(huge, singleLine(HUGE_TEXT_BYTES));
  return {
    dir,
    inputs: [
      { path: join(dir, 'does-not-exist.pdf'), outcome: 'error', cause: 'no such file' },
      { path: locked, outcome: 'error', cause: 'permission denied', ...(process.getuid?.() === 0 ? { user: NOBODY } : {}) },
      { path: join(dir, 'loop-a.txt'), outcome: 'error', cause: 'symbolic link loop' },
      { path: huge, outcome: 'error', cause: 'too large (20 MB; text and HTML inputs are limited to 10 MB)' },
    ],
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
