import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, jsonl, ROOT, runCli } from '../helpers/cli.js';

const SEED = 'fixtures/seeds/002_0fab4d9569bda8d4.txt';
const PDF = 'fixtures/pdf/sample-report.pdf';

describe('output formats', () => {
  it('prints one JSON document per input, with its figures located by page and line', async () => {
    const r = await runCli([PDF, SEED]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { document: string; type: string; pages: number | null; figures: { page: number | null; line: number; text: string }[] }[];
    expect(out.map((d) => [d.document, d.type, d.pages])).toEqual([
      [PDF, 'document', 2],
      [SEED, 'document', null],
    ]);
    const box = out[0]!.figures.find((f) => f.text === '616,945');
    expect(box).toMatchObject({ page: 2, line: 2 });
  });

  it('writes JSON Lines, each record carrying its type and document', async () => {
    const r = await runCli([SEED, '-f', 'jsonl']);
    const records = jsonl(r.stdout);
    expect(records.length).toBeGreaterThan(1);
    expect(records.every((x) => typeof x.type === 'string' && x.document === SEED)).toBe(true);
    expect(records.at(-1)!.type).toBe('document');
  });

  it('writes RFC 4180 CSV with one row per figure, and an HXL row on request', async () => {
    const r = await runCli([SEED, '-f', 'csv', '--hxl']);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toMatch(/^document,page,line,text,value,/);
    expect(lines[1]).toMatch(/^#meta\+document,#meta\+page,/);
    const figures = jsonl((await runCli([SEED, '-f', 'jsonl'])).stdout).filter((x) => x.type === 'figure');
    expect(lines.filter((l) => l !== '')).toHaveLength(2 + figures.length);
  });

  it('neutralizes CSV cells a spreadsheet would run as formulas, unless --no-csv-safe', async () => {
    const input = '=HYPERLINK("http://x") +40,000 households in Ukraine provided with cash for winter.\n';
    const safe = await runCli(['-', '-f', 'csv'], { input });
    const rows = safe.stdout.split('\r\n');
    expect(rows[1]).toContain(`,"'+40,000",40000,`);
    expect(rows[1]).toContain(`,households,'+,lower,`);
    expect(rows[1]).toMatch(/,"'=HYPERLINK\(""http:\/\/x""\) \+40,000 households/);
    const raw = await runCli(['-', '-f', 'csv', '--no-csv-safe'], { input });
    expect(raw.stdout.split('\r\n')[1]).toContain(',"+40,000",40000,');
    expect(raw.stdout).not.toContain("'=");
  });

  it('writes -o FILE whole, and nothing but data goes to standard output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-out-'));
    const file = join(dir, 'out.jsonl');
    const r = await runCli([SEED, '-f', 'jsonl', '-o', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe((await runCli([SEED, '-f', 'jsonl'])).stdout);
  });

  it('ends quietly when the reader of standard output goes away (| head -1)', async () => {
    const result = await new Promise<{ code: number | null; stderr: string; first: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'fixtures/seeds/004_e2310b87b11d1797.txt', '-f', 'jsonl'], { cwd: ROOT });
      let stderr = '';
      let first = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.once('data', (d: Buffer) => {
        first = d.toString().split('\n')[0]!;
        child.stdout.destroy();
      });
      child.on('close', (code) => resolve({ code, stderr, first }));
    });
    expect(JSON.parse(result.first)).toHaveProperty('type', 'figure');
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  });
});

describe('bad inputs in a run', () => {
  it('reports each bad input in one line naming the path and the cause, exits 1, and still writes the good ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bad-'));
    const empty = join(dir, 'empty.txt');
    const fake = join(dir, 'page.pdf');
    const cut = join(dir, 'cut.pdf');
    writeFileSync(empty, '');
    writeFileSync(fake, 'Not Found: the server has no such report.\n');
    const pdf = readFileSync(PDF);
    writeFileSync(cut, pdf.subarray(0, Math.floor(pdf.length * 0.5)));
    const missing = join(dir, 'missing.pdf');
    const r = await runCli([missing, SEED, empty, fake, cut, '-f', 'jsonl']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        `sitrep-extract: ${missing}: no such file`,
        `sitrep-extract: ${empty}: empty file`,
        `sitrep-extract: ${fake}: not a PDF (no %PDF- header)`,
        expect.stringMatching(new RegExp(`^sitrep-extract: ${cut}: (?:damaged or )?truncated PDF`)),
      ]),
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const records = jsonl(r.stdout);
    expect(records.filter((x) => x.type === 'error').map((x) => x.document)).toEqual([missing, empty, fake, cut]);
    expect(records.some((x) => x.type === 'figure' && x.document === SEED)).toBe(true);
  });
});

describe('command line', () => {
  it('prints help with examples, the version, and refuses bad usage with exit code 2', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const bad = await runCli([SEED, '-f', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^sitrep-extract: option '-f, --format <format>' argument 'xml' is invalid/);
    const none = await runCli([]);
    expect(none.code).toBe(2);
  });

  it('refuses an output, list or cache it cannot use, at once, in one line, with exit code 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['-o', '/nonexistent/dir/out.json'], /^sitrep-extract: \/nonexistent\/dir\/out.json: cannot write \(no such folder: \/nonexistent\/dir\)$/],
      [['-o', 'fixtures'], /^sitrep-extract: fixtures: cannot write \(is a folder\)$/],
      [['--files-from', 'fixtures/no-such-list.txt'], /^sitrep-extract: --files-from fixtures\/no-such-list.txt: no such file$/],
      [['--cache', '/proc/sitrep-cache'], /^sitrep-extract: --cache \/proc\/sitrep-cache: cannot create the folder \(\w+\)$/],
      [['--cache', SEED], /^sitrep-extract: --cache .*: cannot create the folder \(ENOTDIR\)$/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli([SEED, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim()).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });

  it('prints the JSON Schema of the output', async () => {
    const r = await runCli(['--schema']);
    const schema = JSON.parse(r.stdout) as { type: string };
    expect(schema.type).toBe('array');
    const record = JSON.parse((await runCli(['--schema', 'jsonl'])).stdout) as { oneOf?: unknown[]; anyOf?: unknown[] };
    expect((record.oneOf ?? record.anyOf)?.length).toBe(4);
  });

  it('refuses text inputs over --max-bytes, from a file or standard input, and goes on with the others', async () => {
    const r = await runCli([SEED, '-', PDF, '--max-bytes', '1000', '-f', 'jsonl'], { input: 'x'.repeat(1001) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^sitrep-extract: ${SEED}: too large \\(\\d+ bytes; text and HTML inputs are limited to 1000 bytes\\)$`, 'm'));
    expect(r.stderr).toMatch(/^sitrep-extract: -: too large/m);
    expect(jsonl(r.stdout).some((x) => x.type === 'document' && x.document === PDF)).toBe(true);
  });

  it('reads standard input with -', async () => {
    const r = await runCli(['-', '-f', 'jsonl'], { input: 'IOM has assisted over 381,000 IDPs since 2014.\n' });
    const figure = jsonl(r.stdout).find((x) => x.type === 'figure');
    expect(figure).toMatchObject({ document: '-', value: 381000, qualifier: 'over', line: 1 });
  });

  it('writes -o FILE with the error records when every input fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-out-'));
    const file = join(dir, 'out.json');
    const r = await runCli([join(dir, 'none.txt'), '-o', file]);
    expect(r.code).toBe(1);
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([expect.objectContaining({ type: 'error' })]);
  });
});
