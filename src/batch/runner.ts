import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { UsageError } from '../errors.js';
import { readBytes } from '../read/index.js';
import { formatterFor, openSink, type Format, type Outcome } from '../write/index.js';
import type { CsvOptions } from '../write/csv.js';
import { expandInputs, readFileList, type Input } from './inputs.js';
import { failure, type ProcessOptions, type Task } from './process.js';
import { emptyTally, ProgressDisplay, summaryLine, type Tally } from './progress.js';
import { prepareCache } from './cache.js';
import { inShard, type Shard } from './shard.js';

export interface BatchOptions extends ProcessOptions {
  format: Format;
  output: string | undefined;
  quiet: boolean;
  csv: CsvOptions;
  /** Worker threads (default: the number of cores). */
  jobs?: number;
  /** Seconds one file may take before its worker is ended. */
  timeout?: number;
  failFast: boolean;
  shard?: Shard;
  include: readonly string[];
  exclude: readonly string[];
  /** A file listing inputs one per line ("-" for standard input). */
  filesFrom?: string;
}

/** Where a run's messages go: one line each, already naming the input. */
export type Reporter = (line: string) => void;

const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/** What a task's rejection means for its file: ended by the timeout, by an interrupt, or a crashed worker. */
function rejected(path: string, error: unknown, timeoutSeconds: number | undefined, timedOut: boolean): Outcome {
  if (timedOut) return failure(path, `timed out after ${timeoutSeconds} s (worker ended)`);
  return failure(path, `worker failed: ${error instanceof Error ? error.message : String(error)}`);
}

/** Standard input, read once up front (a worker cannot read it); a failure becomes the "-" input's problem. */
async function readStdin(options: BatchOptions): Promise<{ bytes?: Uint8Array; problem?: string }> {
  try {
    return { bytes: await readBytes('-', { maxBytes: options.maxBytes }) };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

async function listInputs(args: readonly string[], options: BatchOptions): Promise<Input[]> {
  const { filesFrom } = options;
  const listed = filesFrom
    ? await readFileList(filesFrom).catch((error: unknown) => {
        throw new UsageError(`--files-from ${filesFrom}: ${error instanceof Error ? error.message : String(error)}`);
      })
    : [];
  const inputs = await expandInputs([...args, ...listed], options);
  return options.shard ? inputs.filter((i) => i.path === '-' || inShard(i.path, options.shard!)) : inputs;
}

/**
 * Process every input on a pool of worker threads and write the records in input order as soon as the
 * documents before them are done, so memory stays bounded whatever the archive's size. A failing file
 * becomes an error record and a line on standard error; the rest of the batch goes on.
 * Resolves to the exit code: 0, 1 when any input failed, 130/143 when interrupted.
 */
export async function runBatch(args: readonly string[], options: BatchOptions, report: Reporter): Promise<number> {
  const started = performance.now();
  const listed = await listInputs(args, options);
  const stdin = listed.some((i) => i.path === '-') ? await readStdin(options) : undefined;
  const inputs = listed.map((i) => (i.path === '-' && stdin?.problem ? { ...i, problem: stdin.problem } : i));
  const formatter = formatterFor(options.format, options.csv);
  if (options.cache) {
    await prepareCache(options.cache).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`--cache ${options.cache}: cannot create the folder (${error.code ?? error.message})`);
    });
  }
  const sink = await openSink(options.output);
  const tally: Tally = emptyTally(inputs.length);
  const progress = process.stderr.isTTY && !options.quiet ? new ProgressDisplay(process.stderr, started) : undefined;

  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), inputs.length));
  const pool = new Piscina<Task, Outcome>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    // Under V8's default heap limit (about 4 GB on a large machine) a worker collects late, so its heap grew
    // with garbage as an archive went on (800 files, -j 2: peak RSS 426 MB; live heap about 41 MB per worker).
    // With 1 GB it collects earlier: 332 MB, no slower. A file that needs more fails alone (worker out of memory).
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
  });
  const stopAll = new AbortController();
  let interrupted: string | undefined;
  let stopped = false;
  const onSignal = (signal: string) => {
    interrupted ??= signal;
    stopped = true;
    stopAll.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const done = new Map<number, Outcome>();
  let written = 0;
  let index = 0;
  // Documents that may finish ahead of the oldest one not yet written. Wide enough that one long report
  // (a 40-page one takes as long as 20 short ones) does not leave the other workers idle; the results held
  // back are small.
  const window = jobs * 16;
  const processOptions: ProcessOptions = {
    maxPages: options.maxPages,
    maxBytes: options.maxBytes,
    reportDate: options.reportDate,
    debug: options.debug,
    cache: options.cache,
    version: options.version,
  };

  const record = (outcome: Outcome, path: string) => {
    tally.done++;
    if (outcome.ok) {
      tally.pages += outcome.result.document.pages ?? 1;
      tally.figures += outcome.result.figures.length;
      if (!options.quiet) for (const w of outcome.result.warnings) report(`${path}: warning: ${w.cause}`);
    } else {
      tally.failures++;
      progress?.clear();
      report(`${path}: ${outcome.error.cause}`);
      if (options.failFast) {
        stopped = true;
        stopAll.abort();
      }
    }
    progress?.update(tally);
  };

  const flush = async () => {
    while (done.has(written)) {
      await sink.write(formatter.outcome(done.get(written)!));
      done.delete(written);
      written++;
    }
  };

  const runOne = async (i: number): Promise<void> => {
    const input = inputs[i]!;
    let outcome: Outcome;
    if (input.problem) outcome = failure(input.path, input.problem);
    else {
      const timer = options.timeout ? AbortSignal.timeout(options.timeout * 1000) : undefined;
      const signal = timer ? AbortSignal.any([stopAll.signal, timer]) : stopAll.signal;
      const task: Task = { path: input.path, bytes: input.path === '-' ? stdin?.bytes : undefined, options: processOptions };
      try {
        outcome = await pool.run(task, { signal });
      } catch (error) {
        if (stopAll.signal.aborted && !timer?.aborted) return;
        outcome = rejected(input.path, error, options.timeout, timer?.aborted ?? false);
      }
    }
    record(outcome, input.path);
    done.set(i, outcome);
  };

  try {
    await sink.write(formatter.start());
    const running = new Set<Promise<void>>();
    // Two tasks per worker in flight: the next one waits in the pool's queue and is handed over as soon as the
    // worker's result arrives, instead of after this thread has written it. With --timeout, one: a task's clock
    // starts when it is handed to the pool, and must not run while it queues.
    const inFlight = jobs * (options.timeout ? 1 : 2);
    const fill = () => {
      while (!stopped && index < inputs.length && running.size < inFlight && index < written + window) {
        const p = runOne(index++).finally(() => running.delete(p));
        running.add(p);
      }
    };
    fill();
    while (running.size > 0) {
      await Promise.race(running);
      await flush();
      fill();
    }
    for (const i of [...done.keys()].sort((a, b) => a - b)) await sink.write(formatter.outcome(done.get(i)!));
    await sink.write(formatter.end());
    if (interrupted && options.output) await sink.abort();
    else await sink.commit();
  } catch (error) {
    await sink.abort();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    progress?.clear();
    await pool.destroy();
  }
  if (!options.quiet) report(summaryLine(tally, (performance.now() - started) / 1000));
  if (interrupted) {
    report(`interrupted by ${interrupted}: ${tally.done} of ${tally.total} files written`);
    return SIGNAL_EXIT[interrupted] ?? 1;
  }
  return tally.failures > 0 ? 1 : 0;
}
