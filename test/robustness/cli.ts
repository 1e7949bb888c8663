import type { JsonlRecord } from '../helpers/cli.js';

export { jsonl as parseJsonl, ROOT, runCli, type CliResult, type JsonlRecord } from '../helpers/cli.js';

/** Two small good inputs, a text and a PDF, placed around each bad one. */
export const GOOD_TEXT = 'fixtures/seeds/002_0fab4d9569bda8d4.txt';
export const GOOD_PDF = 'fixtures/pdf/sample-report.pdf';

export const recordsOf = (records: readonly JsonlRecord[], document: string) => records.filter((r) => r.document === document);

/** Lines of standard error, without the closing newline. */
export const stderrLines = (stderr: string) => stderr.split('\n').filter((l) => l !== '');

/** A stack trace line, as Node prints them: these must never reach the user without --debug. */
export const STACK_LINE = /^\s+at /m;
