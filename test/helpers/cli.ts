import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The project root: the compiled CLI runs from here, so input paths in tests are relative to it. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/sitrep-extract.js', import.meta.url));

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
  cwd?: string;
  /** Added to the environment. */
  env?: NodeJS.ProcessEnv;
  /** Run as this user and group (only root may ask). */
  uid?: number;
  gid?: number;
  /** Called once the process has started, e.g. to signal it later. */
  started?: (child: ChildProcess) => void;
}

/** Run the compiled CLI (build first: `npm test` does) as a child process and collect everything it prints. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const begun = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
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
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - begun }),
    );
  });
}

export interface JsonlRecord {
  type: 'figure' | 'warning' | 'document' | 'error';
  document: string;
  cause?: string;
  /** On a document record: how many figure records came before it. */
  figures?: number;
  [field: string]: unknown;
}

/** Every line of JSONL output as a record; fails on output that does not end in a newline or a line that is not JSON. */
export function jsonl(stdout: string): JsonlRecord[] {
  if (stdout === '') return [];
  expect(stdout.endsWith('\n'), 'JSONL output ends with a newline').toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as JsonlRecord);
}
