import { createWriteStream, type WriteStream } from 'node:fs';
import { access, constants, rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';

/** Where output goes: standard output, or a file that appears whole or not at all. */
export interface Sink {
  write(chunk: string): Promise<void>;
  /** Finish: flush, and for a file move it into place. */
  commit(): Promise<void>;
  /** Give up: for a file remove the partial temp file, leaving any earlier file untouched. */
  abort(): Promise<void>;
}

async function writeTo(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (chunk !== '' && !stream.write(chunk)) await once(stream, 'drain');
}

/** Standard output; a reader that goes away early (`| head`) ends the run quietly. */
function stdoutSink(): Sink {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    write: (chunk) => writeTo(process.stdout, chunk),
    commit: async () => undefined,
    abort: async () => undefined,
  };
}

/** A temp file beside the target, renamed over it on commit, so no reader ever sees half a file. */
function fileSink(path: string): Sink {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const stream: WriteStream = createWriteStream(temp);
  let failure: Error | undefined;
  stream.on('error', (error) => (failure = error));
  return {
    write: async (chunk) => {
      if (failure) throw failure;
      await writeTo(stream, chunk);
    },
    commit: async () => {
      stream.end();
      if (!failure) await once(stream, 'finish').catch((error: Error) => (failure = error));
      if (failure) throw failure;
      await rename(temp, path);
    },
    abort: async () => {
      stream.destroy();
      await rm(temp, { force: true });
    },
  };
}

/** Can a file be written at this path? Checked before any work, so a bad -o fails at once with a reason. */
async function checkWritable(path: string): Promise<void> {
  const folder = dirname(path);
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw new UsageError(`${path}: cannot write (no such folder: ${folder})`);
  if (await stat(path).then((s) => s.isDirectory(), () => false)) throw new UsageError(`${path}: cannot write (is a folder)`);
  await access(folder, constants.W_OK).catch(() => {
    throw new UsageError(`${path}: cannot write (permission denied)`);
  });
}

export async function openSink(path: string | undefined): Promise<Sink> {
  if (path === undefined || path === '-') return stdoutSink();
  await checkWritable(path);
  return fileSink(path);
}
