import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The project root: the compiled CLI runs from here, so input paths in tests are relative to it. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = join(ROOT, 'bin', 'sitrep-extract.js');

/** Two small good inputs, a text and a PDF, placed around each bad one. */
export const GOOD_TEXT = 'fixtures/seeds/002_0fab4d9569bda8d4.txt';
export const GOOD_PDF = 'fixtures/pdf/sample-report.pdf';

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time of the run, in milliseconds. */
  ms: number;
}

export interface CliOptions {
  /** Bytes written to the CLI's standard input (else it is closed at once). */
  input?: Uint8Array | string;
  /** Run as this user and group (only root may ask). */
  uid?: number;
  gid?: number;
  /** Called once the process has started, e.g. to signal it later. */
  started?: (child: ChildProcess) => void;
}

/** Run the compiled CLI as a child process and collect everything it prints. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const begun = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
    options.started?.(child);
    child.on('close', (code, signal) =>
      resolvePromise({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - begun }),
    );
  });
}

export interface JsonlRecord {
  type: 'figure' | 'warning' | 'document' | 'error';
  document: string;
  cause?: string;
  figures?: number;
  [field: string]: unknown;
}

/** Every line of JSONL output as a record; throws on a line that is not a whole JSON object. */
export function parseJsonl(stdout: string): JsonlRecord[] {
  if (stdout === '') return [];
  expect(stdout.endsWith('\n'), 'JSONL output ends with a newline').toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as JsonlRecord);
}

export const recordsOf = (records: readonly JsonlRecord[], document: string) => records.filter((r) => r.document === document);

/** Lines of standard error, without the closing newline. */
export const stderrLines = (stderr: string) => stderr.split('\n').filter((l) => l !== '');

/** A stack trace line, as Node prints them: these must never reach the user without --debug. */
export const STACK_LINE = /^\s+at /m;
