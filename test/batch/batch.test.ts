import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonl, runCli } from '../helpers/cli.js';

let archive: string;
const SEEDS = ['000_fc38fa5aff5da2fa.txt', '001_5144577c0499a864.txt', '002_0fab4d9569bda8d4.txt', '003_bbb93335b057b67c.txt'];

/** A small archive: the seeds several times over in nested folders, one PDF, and a file that is no report. */
beforeAll(() => {
  archive = mkdtempSync(join(tmpdir(), 'sitrep-batch-'));
  for (const [k, seed] of SEEDS.entries()) {
    cpSync(join('fixtures/seeds', seed), join(archive, `a${k}.txt`));
    cpSync(join('fixtures/seeds', seed), join(archive, 'nested', `b${k}.txt`), { recursive: true });
  }
  cpSync('fixtures/pdf/sample-report.pdf', join(archive, 'nested', 'deeper', 'report.pdf'), { recursive: true });
  writeFileSync(join(archive, 'notes.md'), 'not a report extension');
});

const documents = (out: string) => jsonl(out).filter((r) => r.type === 'document' || r.type === 'error').map((r) => r.document);

describe('batch inputs', () => {
  it('walks directories in sorted order, report extensions only, output in input order whatever the workers do', async () => {
    const one = await runCli([archive, '-f', 'jsonl', '-j', '1', '-q']);
    const two = await runCli([archive, '-f', 'jsonl', '-j', '2', '-q']);
    expect(one.code).toBe(0);
    const docs = documents(one.stdout);
    expect(docs).toEqual([...docs].sort());
    expect(docs).toHaveLength(9);
    expect(docs.some((d) => String(d).endsWith('notes.md'))).toBe(false);
    expect(two.stdout).toBe(one.stdout);
  });

  it('expands glob patterns and applies --exclude', async () => {
    const r = await runCli([`${archive}/**/*.txt`, '--exclude', '**/nested/**', '-f', 'jsonl', '-q']);
    expect(documents(r.stdout)).toEqual(SEEDS.map((_, k) => join(archive, `a${k}.txt`)));
  });

  it('reads the list of inputs from standard input with --files-from -', async () => {
    const list = [join(archive, 'a2.txt'), '', join(archive, 'a0.txt')].join('\n');
    const r = await runCli(['--files-from', '-', '-f', 'jsonl', '-q'], { input: list });
    expect(r.code).toBe(0);
    expect(documents(r.stdout)).toEqual([join(archive, 'a2.txt'), join(archive, 'a0.txt')]);
  });
});

describe('per-file isolation', () => {
  it('reports a failing file in the middle of a batch and completes the rest', async () => {
    const broken = join(archive, 'broken.pdf');
    writeFileSync(broken, '%PDF-1.7\n1 0 obj << /Type /Catalog');
    const r = await runCli([join(archive, 'a0.txt'), broken, join(archive, 'a1.txt'), '-f', 'jsonl', '-j', '2']);
    expect(r.code).toBe(1);
    const records = jsonl(r.stdout);
    expect(records.filter((x) => x.type === 'error')).toEqual([expect.objectContaining({ document: broken, cause: expect.stringMatching(/PDF/) })]);
    expect(documents(r.stdout)).toEqual([join(archive, 'a0.txt'), broken, join(archive, 'a1.txt')]);
    expect(r.stderr).toMatch(new RegExp(`^sitrep-extract: ${broken}: .*PDF`, 'm'));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('ends the work on a file that runs past --timeout, reports it, and completes the others', async () => {
    const slow = join(archive, 'slow.txt');
    // About 8 MB of figure-dense text: some twenty seconds of work, far past the limit.
    writeFileSync(slow, Array.from({ length: 150_000 }, (_, i) => `In March 2024, ${i + 1} people were reached in Kharkiv.`).join('\n'));
    const started = performance.now();
    const r = await runCli([join(archive, 'a0.txt'), slow, join(archive, 'a1.txt'), '-f', 'jsonl', '-j', '2', '--timeout', '5']);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^sitrep-extract: ${slow}: timed out after 5 s \\(worker ended\\)$`, 'm'));
    expect(documents(r.stdout)).toEqual([join(archive, 'a0.txt'), slow, join(archive, 'a1.txt')]);
    expect(jsonl(r.stdout).filter((x) => x.type === 'figure' && x.document === join(archive, 'a1.txt')).length).toBeGreaterThan(0);
  });

  it('reads only the first --max-pages pages of a PDF', async () => {
    const pdf = join(archive, 'nested/deeper/report.pdf');
    const all = jsonl((await runCli([pdf, '-f', 'jsonl', '-q'])).stdout);
    const first = jsonl((await runCli([pdf, '-f', 'jsonl', '-q', '--max-pages', '1'])).stdout);
    expect(all.find((x) => x.type === 'document')).toMatchObject({ pages: 2 });
    expect(first.find((x) => x.type === 'document')).toMatchObject({ pages: 1 });
    expect(first.filter((x) => x.type === 'figure').every((x) => x.page === 1)).toBe(true);
    expect(all.some((x) => x.type === 'figure' && x.page === 2)).toBe(true);
  });

  it('stops at the first failure with --fail-fast', async () => {
    const r = await runCli([join(archive, 'missing.txt'), join(archive, 'a0.txt'), join(archive, 'a1.txt'), '-f', 'jsonl', '-j', '1', '--fail-fast']);
    expect(r.code).toBe(1);
    expect(documents(r.stdout)[0]).toBe(join(archive, 'missing.txt'));
    expect(documents(r.stdout)).not.toContain(join(archive, 'a1.txt'));
  });
});

describe('--shard', () => {
  it('splits an archive into shards whose union is the whole run', async () => {
    const whole = documents((await runCli([archive, '-f', 'jsonl', '-q'])).stdout);
    const parts = await Promise.all([1, 2, 3].map((i) => runCli([archive, '-f', 'jsonl', '-q', '--shard', `${i}/3`])));
    const shards = parts.map((p) => documents(p.stdout));
    expect(shards.flat().sort()).toEqual([...whole].sort());
    expect(new Set(shards.flat()).size).toBe(whole.length);
    expect(shards.filter((s) => s.length > 0).length).toBeGreaterThan(1);
  });

  it('takes the shard from JOB_COMPLETION_INDEX with auto/n, and refuses a bad spec', async () => {
    const viaEnv = await runCli([archive, '-f', 'jsonl', '-q', '--shard', 'auto/3'], { env: { JOB_COMPLETION_INDEX: '1' } });
    const explicit = await runCli([archive, '-f', 'jsonl', '-q', '--shard', '2/3']);
    expect(viaEnv.stdout).toBe(explicit.stdout);
    const bad = await runCli([archive, '--shard', '4/3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^sitrep-extract: --shard 4\/3/m);
  });
});

describe('--cache', () => {
  it('serves unchanged files from the cache byte-identically, and ignores and rewrites a damaged entry', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'sitrep-cache-'));
    const inputs = [join(archive, 'a0.txt'), join(archive, 'nested/deeper/report.pdf')];
    const plain = await runCli([...inputs, '-f', 'jsonl', '-q']);
    const first = await runCli([...inputs, '-f', 'jsonl', '-q', '--cache', cache]);
    const entries = readdirSync(cache, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(entries).toHaveLength(2);
    const second = await runCli([...inputs, '-f', 'jsonl', '-q', '--cache', cache]);
    expect(first.stdout).toBe(plain.stdout);
    expect(second.stdout).toBe(plain.stdout);

    const entry = join(entries[0]!.parentPath, entries[0]!.name);
    writeFileSync(entry, '{"key": "damaged');
    const third = await runCli([...inputs, '-f', 'jsonl', '-q', '--cache', cache]);
    expect(third.stdout).toBe(plain.stdout);
    expect(JSON.parse(readFileSync(entry, 'utf8'))).toHaveProperty('key');
  });

  it('misses when the file changes, and names the file by the path given', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'sitrep-cache-'));
    const copy = join(archive, 'copy-of-a0.txt');
    cpSync(join(archive, 'a0.txt'), copy);
    await runCli([join(archive, 'a0.txt'), '-f', 'jsonl', '-q', '--cache', cache]);
    const hit = jsonl((await runCli([copy, '-f', 'jsonl', '-q', '--cache', cache])).stdout);
    expect(hit.every((r) => r.document === copy)).toBe(true);
    writeFileSync(copy, 'Over 2,000 people were reached in March 2024.\n');
    const miss = jsonl((await runCli([copy, '-f', 'jsonl', '-q', '--cache', cache])).stdout);
    expect(miss.filter((r) => r.type === 'figure')).toHaveLength(1);
  });
});
