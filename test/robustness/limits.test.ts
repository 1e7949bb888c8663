import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GOOD_TEXT, parseJsonl, recordsOf, runCli, STACK_LINE, stderrLines } from './cli.js';
import { HUGE_TEXT_BYTES, SENTENCE, singleLine } from './corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A generous bound for a loaded 2-core machine (the run takes about 4 s idle); one that scales badly with line length blows through it. */
const SECONDS = 30;

describe('bounded time and memory on huge text', () => {
  it(
    'refuses a 20 MB single-line text piped to standard input by its size, and still writes the good file',
    async () => {
      const run = await runCli(['-j', '1', '-f', 'jsonl', '-', GOOD_TEXT], { input: singleLine(HUGE_TEXT_BYTES) });
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(stderrLines(run.stderr).filter((l) => l.startsWith('sitrep-extract: -: '))).toEqual([
        'sitrep-extract: -: too large (over 10 MB; text and HTML inputs are limited to 10 MB)',
      ]);
      expect(run.code).toBe(1);
      const records = parseJsonl(run.stdout);
      expect(recordsOf(records, '-')).toEqual([{ type: 'error', schemaVersion: '1.0', document: '-', cause: 'too large (over 10 MB; text and HTML inputs are limited to 10 MB)' }]);
      expect(recordsOf(records, GOOD_TEXT).at(-1)).toMatchObject({ type: 'document' });
    },
    SECONDS * 1000 * 2,
  );

  it(
    'reads a 1 MB single-line text, under the size limit, in bounded time',
    async () => {
      const path = join(dir, 'single-line-1mb.txt');
      writeFileSync(path, singleLine(1_000_000));
      const run = await runCli(['-j', '1', '-f', 'jsonl', path]);
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(run.stderr).not.toContain('internal error');
      expect(run.code).toBe(0);
      expect(run.ms).toBeLessThan(SECONDS * 1000);
      const records = parseJsonl(run.stdout);
      expect(records.at(-1)).toMatchObject({ type: 'document', document: path });
      expect(records.filter((r) => r.type === 'figure').length).toBeGreaterThanOrEqual(2 * Math.floor(1_000_000 / SENTENCE.length));
    },
    SECONDS * 1000 * 2,
  );
});
