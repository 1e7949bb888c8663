import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_PDF, GOOD_TEXT, parseJsonl, recordsOf, runCli, STACK_LINE, stderrLines, type CliResult, type JsonlRecord } from './cli.js';
import { COMMITTED, makeInputs, type BadInput } from './corpus.js';

const made = makeInputs();
const CORPUS: readonly BadInput[] = [...COMMITTED, ...made.inputs];
const RUN_TIMEOUT = 60_000;

let baseline: JsonlRecord[];

beforeAll(async () => {
  const run = await runCli(['-j', '1', '-f', 'jsonl', GOOD_TEXT, GOOD_PDF]);
  expect(run.code).toBe(0);
  baseline = parseJsonl(run.stdout);
  for (const good of [GOOD_TEXT, GOOD_PDF]) expect(recordsOf(baseline, good).filter((r) => r.type === 'figure').length).toBeGreaterThan(0);
}, RUN_TIMEOUT);

afterAll(() => made.remove());

/** The one line the user reads about an input. */
const causeLine = (bad: BadInput) => `sitrep-extract: ${bad.path}: ${bad.outcome === 'warning' ? 'warning: ' : ''}${bad.cause}`;

/** Nothing but one-line messages on standard error, and no stack trace anywhere. */
function expectCleanMessages(run: CliResult): void {
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stdout).not.toMatch(STACK_LINE);
  expect(run.stderr).not.toContain('internal error');
  for (const line of stderrLines(run.stderr)) expect(line).toMatch(/^sitrep-extract: /);
}

/** The stderr lines that name one of these inputs. */
const linesNaming = (run: CliResult, paths: readonly string[]) =>
  stderrLines(run.stderr).filter((line) => paths.some((path) => line.startsWith(`sitrep-extract: ${path}: `)));

function expectBadRecords(bad: BadInput, records: readonly JsonlRecord[]): void {
  if (bad.outcome === 'error') {
    expect(records).toEqual([{ type: 'error', schemaVersion: '1.0', document: bad.path, cause: bad.cause }]);
    return;
  }
  expect(records.filter((r) => r.type === 'warning')).toEqual([
    { type: 'warning', schemaVersion: '1.0', document: bad.path, page: null, line: null, cause: bad.cause },
  ]);
  expect(records.at(-1)).toMatchObject({ type: 'document', document: bad.path, figures: 0 });
  expect(records.filter((r) => r.type === 'figure')).toEqual([]);
}

describe('each bad input between two good ones (-f jsonl)', () => {
  it.concurrent.each(CORPUS.map((bad) => [bad.path, bad] as const))(
    '%s',
    async (_, bad) => {
      const run = await runCli(['-j', '1', '-f', 'jsonl', GOOD_TEXT, bad.path, GOOD_PDF], bad.user ?? {});
      expectCleanMessages(run);
      expect(linesNaming(run, [GOOD_TEXT, bad.path, GOOD_PDF])).toEqual([causeLine(bad)]);
      expect(run.code).toBe(bad.outcome === 'error' ? 1 : 0);

      const records = parseJsonl(run.stdout);
      const good = (path: string) => recordsOf(baseline, path);
      expect(records).toEqual([...good(GOOD_TEXT), ...recordsOf(records, bad.path), ...good(GOOD_PDF)]);
      expectBadRecords(bad, recordsOf(records, bad.path));
    },
    RUN_TIMEOUT,
  );
});

describe('the whole corpus in one run (-f json)', () => {
  it(
    'gives an error entry or a warning for every bad input, in input order, and every good document whole',
    async () => {
      const user = CORPUS.find((bad) => bad.user)?.user;
      const paths = [GOOD_TEXT, ...CORPUS.map((bad) => bad.path), GOOD_PDF];
      const [alone, run] = await Promise.all([runCli(['-f', 'json', GOOD_TEXT, GOOD_PDF]), runCli(['-f', 'json', ...paths], user ? user : {})]);
      expectCleanMessages(run);
      expect(run.code).toBe(1);
      // Messages come as workers finish; the records below keep the input order.
      expect(linesNaming(run, paths).sort()).toEqual(CORPUS.map(causeLine).sort());

      const entries = JSON.parse(run.stdout) as { type: string; document: string; cause?: string; warnings?: { cause: string }[] }[];
      const [goodText, goodPdf] = JSON.parse(alone.stdout) as unknown[];
      expect(entries.map((e) => e.document)).toEqual(paths);
      expect(entries[0]).toEqual(goodText);
      expect(entries.at(-1)).toEqual(goodPdf);
      CORPUS.forEach((bad, i) => {
        const entry = entries[i + 1]!;
        if (bad.outcome === 'error') expect(entry).toEqual({ type: 'error', schemaVersion: '1.0', document: bad.path, cause: bad.cause });
        else expect(entry).toMatchObject({ type: 'document', figures: [], warnings: [{ cause: bad.cause }] });
      });
    },
    RUN_TIMEOUT,
  );
});

describe('a PDF with a broken cross-reference table', () => {
  it(
    'is rebuilt by the PDF reader and gives the same records as the intact file',
    async () => {
      const broken = 'fixtures/bad/broken-xref.pdf';
      const run = await runCli(['-j', '1', '-f', 'jsonl', GOOD_TEXT, broken]);
      expectCleanMessages(run);
      expect(linesNaming(run, [GOOD_TEXT, broken])).toEqual([]);
      expect(run.code).toBe(0);
      const records = parseJsonl(run.stdout);
      expect(recordsOf(records, GOOD_TEXT)).toEqual(recordsOf(baseline, GOOD_TEXT));
      expect(recordsOf(records, broken)).toEqual(recordsOf(baseline, GOOD_PDF).map((r) => ({ ...r, document: broken })));
    },
    RUN_TIMEOUT,
  );
});
