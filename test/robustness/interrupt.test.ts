import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonl, ROOT, runCli, STACK_LINE, type JsonlRecord } from './cli.js';

/** The largest seed (about 1 s of work each on one worker), copied often enough that a run is still busy when signalled. */
const SOURCE = join(ROOT, 'fixtures/seeds/004_e2310b87b11d1797.txt');
const COPIES = 30;

const dir = mkdtempSync(join(tmpdir(), 'sitrep-interrupt-'));
const archive = join(dir, 'archive');
const inputs = Array.from({ length: COPIES }, (_, i) => join(archive, `report-${String(i).padStart(2, '0')}.txt`));
mkdirSync(archive);
for (const path of inputs) copyFileSync(SOURCE, path);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run over the archive to standard output and send `signal` as soon as the first record is out. */
function interruptedRun(signal: NodeJS.Signals) {
  return runCli(['-j', '1', '-f', 'jsonl', ...inputs], { started: (child) => child.stdout?.once('data', () => child.kill(signal)) });
}

/** The temp file a run writes `-o FILE` to, once it exists. */
async function tempFileOf(output: string): Promise<string> {
  const name = basename(output);
  for (;;) {
    const temp = readdirSync(dir).find((f) => f.startsWith(`.${name}.`) && f.endsWith('.tmp'));
    if (temp) return temp;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Records grouped by document, in output order; each group must close with its document record. */
function expectWholeDocuments(records: readonly JsonlRecord[]): string[] {
  const documents: string[] = [];
  let group: JsonlRecord[] = [];
  for (const record of records) {
    group.push(record);
    if (record.type !== 'document') {
      expect(record.document).toBe(group[0]!.document);
      continue;
    }
    expect(group.every((r) => r.document === record.document)).toBe(true);
    expect(group.filter((r) => r.type === 'figure')).toHaveLength(record.figures!);
    documents.push(record.document);
    group = [];
  }
  expect(group, 'no records of a document left without its document record').toEqual([]);
  return documents;
}

describe('an interrupted batch', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('on %s writes only whole documents, in input order, and exits %i', async (signal, code) => {
    const run = await interruptedRun(signal);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.code).toBe(code);
    const documents = expectWholeDocuments(parseJsonl(run.stdout));
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.length).toBeLessThan(COPIES);
    expect(documents).toEqual(inputs.filter((path) => documents.includes(path)));
  });

  it('leaves an earlier output file untouched and no temp file behind with -o', async () => {
    const output = join(dir, 'out.jsonl');
    writeFileSync(output, 'earlier run\n');
    let temp: string | undefined;
    const run = await runCli(['-j', '1', '-f', 'jsonl', '-o', output, ...inputs], {
      started: (child) => {
        void tempFileOf(output).then((found) => {
          temp = found;
          setTimeout(() => child.kill('SIGINT'), 2000);
        });
      },
    });
    expect(temp, 'the run had started writing').toBeDefined();
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.code).toBe(130);
    expect(readFileSync(output, 'utf8')).toBe('earlier run\n');
    expect(readdirSync(dir).sort()).toEqual(['archive', 'out.jsonl']);
  });
});
