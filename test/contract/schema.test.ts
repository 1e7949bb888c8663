import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMITTED } from '../robustness/corpus.js';
import { parseJsonl, ROOT, runCli } from '../robustness/cli.js';

/** Every fixture the tool is tested on: the seeds, the PDFs, and the bad-input corpus (errors and warnings are records too). */
const FIXTURES = [
  ...readdirSync(join(ROOT, 'fixtures/seeds')).filter((f) => f.endsWith('.txt')).map((f) => `fixtures/seeds/${f}`),
  ...readdirSync(join(ROOT, 'fixtures/pdf')).filter((f) => f.endsWith('.pdf')).map((f) => `fixtures/pdf/${f}`),
  ...COMMITTED.map((bad) => bad.path),
].sort();

/** A validator from the schema the tool publishes, compiled by ajv (independent of zod, which wrote it). */
async function publishedSchema(kind: 'json' | 'jsonl'): Promise<ValidateFunction> {
  const run = await runCli(['--schema', kind]);
  expect(run.code).toBe(0);
  return new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(run.stdout) as object);
}

const problems = (validate: ValidateFunction) => validate.errors?.map((e) => `${e.instancePath || '/'} ${e.message}`) ?? [];

describe('the output keeps the published JSON Schema (ajv, draft 2020-12)', () => {
  let json: ValidateFunction;
  let jsonl: ValidateFunction;
  beforeAll(async () => {
    [json, jsonl] = await Promise.all([publishedSchema('json'), publishedSchema('jsonl')]);
  });

  it('validates -f json over every fixture', async () => {
    const run = await runCli(['-f', 'json', ...FIXTURES]);
    const output = JSON.parse(run.stdout) as { document: string }[];
    expect(output.map((entry) => entry.document)).toEqual(FIXTURES);
    expect(json(output), problems(json).join('\n')).toBe(true);
  });

  it('validates every -f jsonl record over every fixture, each on its own', async () => {
    const run = await runCli(['-f', 'jsonl', ...FIXTURES]);
    const records = parseJsonl(run.stdout);
    expect(new Set(records.map((r) => r.type))).toEqual(new Set(['figure', 'document', 'warning', 'error']));
    expect(records.filter((r) => r.type === 'document' || r.type === 'error').map((r) => r.document)).toEqual(FIXTURES);
    const invalid = records.flatMap((record, i) => (jsonl(record as object) ? [] : [`record ${i + 1} (${record.type} of ${record.document}): ${problems(jsonl).join('; ')}`]));
    expect(invalid).toEqual([]);
  });

  it('rejects a record that breaks the schema, so the check can fail', () => {
    expect(jsonl({ type: 'error', schemaVersion: '1.0', document: 'x.pdf' })).toBe(false);
    expect(jsonl({ type: 'figure', schemaVersion: '1.0', document: 'x.pdf', page: 0, line: 1 })).toBe(false);
    expect(json([{ type: 'error', schemaVersion: '1.0', document: 'x.pdf', cause: 'empty file' }])).toBe(true);
  });
});
