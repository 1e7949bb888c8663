import { processDocument } from './pipeline.js';
import { InputError, readDocument } from './read/index.js';
import { SCHEMA_VERSION, type ErrorRecord } from './schema/index.js';
import { InvalidRecordError, validateError, validateResult } from './validate/index.js';
import { formatterFor, openSink, type Format, type Outcome } from './write/index.js';
import type { CsvOptions } from './write/csv.js';

export interface RunOptions {
  format: Format;
  output: string | undefined;
  quiet: boolean;
  debug: boolean;
  csv: CsvOptions;
  maxPages: number | undefined;
}

/** What a run reports on standard error: one line per message, each naming the input. */
export type Reporter = (line: string) => void;

function causeOf(error: unknown, debug: boolean): string {
  if (error instanceof InputError || error instanceof InvalidRecordError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return debug && error instanceof Error && error.stack ? `internal error: ${error.stack}` : `internal error: ${message}`;
}

/** Read, process and validate one input; never throws. */
export async function processInput(path: string, options: Pick<RunOptions, 'maxPages' | 'debug'>): Promise<Outcome> {
  try {
    const source = await readDocument(path, { maxPages: options.maxPages });
    return { ok: true, result: validateResult(processDocument(source)) };
  } catch (error) {
    const record: ErrorRecord = { type: 'error', schemaVersion: SCHEMA_VERSION, document: path, cause: causeOf(error, options.debug) };
    return { ok: false, error: validateError(record) };
  }
}

/** Process every input in order, writing each as it completes. Returns the exit code: 0, or 1 when any input failed. */
export async function run(inputs: readonly string[], options: RunOptions, report: Reporter): Promise<number> {
  const formatter = formatterFor(options.format, options.csv);
  const sink = openSink(options.output);
  let failures = 0;
  try {
    await sink.write(formatter.start());
    for (const [index, path] of inputs.entries()) {
      const outcome = await processInput(path, options);
      if (!outcome.ok) {
        failures++;
        report(`${path}: ${outcome.error.cause}`);
      } else if (!options.quiet) {
        for (const w of outcome.result.warnings) report(`${path}: warning: ${w.cause}`);
      }
      await sink.write(formatter.outcome(outcome, index));
    }
    await sink.write(formatter.end());
    await sink.commit();
  } catch (error) {
    await sink.abort();
    throw error;
  }
  return failures > 0 ? 1 : 0;
}
