import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-startup-'));
const log = join(dir, 'loaded.txt');
const hooks = join(dir, 'hooks.mjs');
const register = join(dir, 'register.mjs');
// A module-loader hook that writes every module URL the CLI loads (its threads included) to `log`.
writeFileSync(hooks, `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(log)}, url + '\\n');\n  return next(url, context);\n}\n`);
writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The module URLs loaded by one run of the shipped CLI. */
function loadedBy(args: readonly string[]): string[] {
  writeFileSync(log, '');
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

describe('start-up', () => {
  it.each([['--version'], ['--help'], ['--schema']])('%s loads the bundled CLI and none of the extractors, pdf-parse, chrono or compromise', (flag) => {
    const loaded = loadedBy([flag]);
    expect(loaded.some((url) => url.endsWith('/dist/bundle/cli.js'))).toBe(true);
    expect(loaded.filter((url) => /pdf-parse|pdfjs|chrono|compromise|\/pipeline[-.]/.test(url))).toEqual([]);
  });

  it('a text file loads the extractors but not pdf-parse, and no module from outside the bundle but the few kept outside', () => {
    const loaded = loadedBy([join(ROOT, 'fixtures', 'seeds', '000_fc38fa5aff5da2fa.txt'), '-q', '-j', '1']);
    expect(loaded.some((url) => /\/dist\/bundle\/pipeline-/.test(url))).toBe(true);
    expect(loaded.filter((url) => /pdf-parse|pdfjs/.test(url))).toEqual([]);
    const outside = loaded.filter((url) => url.startsWith('file:') && !url.includes('/dist/bundle/') && url !== pathToFileURL(BIN).href);
    expect(outside.filter((url) => !/\/node_modules\/(piscina|word-list)\//.test(url) && !url.startsWith(pathToFileURL(dir).href))).toEqual([]);
  });
});
