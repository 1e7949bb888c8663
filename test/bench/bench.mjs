// `npm run bench`: issue 5's performance report, run against the compiled dist/ and bin/.
// Builds a synthetic PDF archive in a temp folder, runs the CLI and pdf-parse alone over it, and prints
// medians of BENCH_RUNS runs (default 3) against the targets. A missed target is reported, not
// fatal; a CLI run that fails ends the bench with exit code 1. `node bench.mjs --floor ours|plain LIST` is
// the pdf-parse-alone child it spawns.
import { spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'sitrep-extract.js');
const SEEDS = join(ROOT, 'fixtures', 'seeds');
const BIG_SEED = join(SEEDS, '004_e2310b87b11d1797.txt');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
const FIXED = new Date(Date.UTC(2024, 0, 1));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * The floor child: the PDFs listed one per line, read with pdf-parse and nothing else, and the pages read
 * printed. `reader` is "ours" for dist/read/pdf.js's readPdf (pdf-parse as the tool calls it, with the
 * engine's Array.prototype.push put back after loading) or "plain" for pdf-parse called as its README shows.
 */
async function floorChild(reader, listFile) {
  const read = reader === 'ours' ? (await import(pathToFileURL(join(ROOT, 'dist', 'read', 'pdf.js')).href)).readPdf : await plainReader();
  let pages = 0;
  for (const path of (await readFile(listFile, 'utf8')).split('\n').filter(Boolean)) pages += (await read(new Uint8Array(await readFile(path)))).total;
  process.stdout.write(`${pages}\n`);
}

async function plainReader() {
  const { PDFParse, VerbosityLevel } = await import('pdf-parse');
  return async (data) => {
    const parser = new PDFParse({ data, verbosity: VerbosityLevel.ERRORS });
    try {
      return await parser.getText();
    } finally {
      await parser.destroy();
    }
  };
}

// ---- the synthetic archive ----

/** mulberry32: a small seeded generator, so the archive is the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The standard PDF fonts draw Latin-1 and a few typographic marks (WinAnsi); anything else gets a look-alike or `?`. */
const WIN_ANSI_EXTRA = '‘’“”–—•…€™';
const LOOK_ALIKE = { С: 'C', с: 'c', І: 'I', і: 'i', а: 'a', ț: 't', '●': '•', '■': '•' };
const drawable = (text) => text.replace(/[^\x00-\xff]/gu, (c) => (WIN_ANSI_EXTRA.includes(c) ? c : (LOOK_ALIKE[c] ?? '?')));

/** pdfkit, imported by the bench alone: the pdf-parse child must not pay for loading it. */
let PDFDocument;

/** One PDF as bytes; `write(doc, pages)` lays out the text (`pages()`: pages so far); resolves with the bytes and the page count. */
function pdf(write) {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { CreationDate: FIXED, ModDate: FIXED, Producer: 'sitrep-extract bench', Creator: 'sitrep-extract bench' } });
    const chunks = [];
    let pages = 1;
    doc.on('pageAdded', () => pages++);
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve({ bytes: Buffer.concat(chunks), pages }));
    doc.on('error', reject);
    doc.font('Helvetica').fontSize(10);
    write(doc, () => pages);
    doc.end();
  });
}

/**
 * Archive file i: every 50th (from 7) a large one-column report of 20–40 pages from seed 004; otherwise a
 * slice of a random seed, a third of them as two columns of flowing paragraphs, the rest line by line.
 */
async function makeReport(i, seeds) {
  const rnd = random(0x5eed + i);
  if (i % 50 === 7) {
    const lines = seeds.at(-1);
    const target = 20 + Math.floor(rnd() * 21);
    return pdf((doc, pages) => {
      for (let k = Math.floor(rnd() * 200); pages() < target; k = (k + 1) % lines.length) doc.text(lines[k].trimEnd() || ' ');
    });
  }
  const lines = seeds[Math.floor(rnd() * seeds.length)];
  const count = Math.min(lines.length, 20 + Math.floor(rnd() * 280));
  const start = Math.floor(rnd() * (lines.length - count + 1));
  const slice = lines.slice(start, start + count);
  if (rnd() < 1 / 3) {
    const text = slice.join('\n').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
    return pdf((doc) => doc.text(text || ' ', { columns: 2, columnGap: 20, align: 'left' }));
  }
  return pdf((doc) => {
    for (const line of slice) doc.text(line.trimEnd() || ' ');
  });
}

/** Writes files 0..n-1 into `dir` (copying the first `reuse.length` from an earlier archive); resolves to total pages. */
async function makeArchive(dir, n, seeds, reuse = []) {
  await mkdir(dir, { recursive: true });
  const pages = [];
  for (let i = 0; i < n; i++) {
    const name = `report-${String(i).padStart(3, '0')}.pdf`;
    if (i < reuse.length) {
      await copyFile(reuse[i].path, join(dir, name));
      pages.push({ path: join(dir, name), pages: reuse[i].pages });
      continue;
    }
    const report = await makeReport(i, seeds);
    await writeFile(join(dir, name), report.bytes);
    pages.push({ path: join(dir, name), pages: report.pages });
  }
  return pages;
}

// ---- running the CLI ----

/** How the child's peak RSS is read: GNU time's report, or the child's own process.resourceUsage() at exit. */
function rssProbe(tmp) {
  if (spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size')) {
    return { how: '/usr/bin/time -v (max RSS of the CLI process, worker threads included)', wrap: (args) => ['/usr/bin/time', ['-v', ...args]], parse: (err) => Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1]) };
  }
  const preload = join(tmp, 'maxrss.mjs');
  return {
    how: 'process.resourceUsage().maxRSS printed by the CLI process at exit (worker threads included)',
    setup: () => writeFile(preload, "process.on('exit', () => process.stderr.write(`BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\\n`));\n"),
    wrap: ([node, ...rest]) => [node, ['--import', pathToFileURL(preload).href, ...rest]],
    // The preload also runs in each worker thread; the figure is the process's either way: take the highest.
    parse: (err) => Math.max(...[...err.matchAll(/BENCH_MAXRSS_KB=(\d+)/g)].map((m) => Number(m[1]))),
  };
}

let probe;

/** Run a node script; resolves to wall seconds, peak RSS (MB) and its output. Rejects on a non-zero exit. */
function run(args) {
  const [command, argv] = probe.wrap([process.execPath, ...args]);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited with ${code ?? signal}:\n${stderr.slice(-2000)}`));
      else resolve({ seconds, rssMB: probe.parse(stderr) / 1024, stdout, stderr });
    });
  });
}

/** Checks one CLI output (JSONL): a document record for each file, no error records; returns the pages it counted. */
async function checkOutput(path, files) {
  const records = (await readFile(path, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const errors = records.filter((r) => r.type === 'error');
  const documents = records.filter((r) => r.type === 'document');
  if (errors.length > 0 || documents.length !== files) throw new Error(`CLI output ${path}: ${documents.length} documents for ${files} files, ${errors.length} errors (${errors[0]?.cause ?? ''})`);
  return documents.reduce((sum, d) => sum + d.pages, 0);
}

/** Runs of several command lines at once: their joint wall time. */
async function together(...argss) {
  const started = performance.now();
  const results = await Promise.all(argss.map(run));
  return { seconds: (performance.now() - started) / 1000, rssMB: Math.max(...results.map((r) => r.rssMB)), stdout: '' };
}

/** Runs each named measurement (a command line, or a function) RUNS times, round-robin so noise spreads over all of them; medians per name. */
async function measure(commands) {
  const results = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let r = 0; r < RUNS; r++) {
    for (const [name, command] of Object.entries(commands)) {
      const result = await (typeof command === 'function' ? command() : run(command));
      results[name].push(result);
      process.stderr.write(`  ${name} run ${r + 1}/${RUNS}: ${result.seconds.toFixed(2)} s, ${result.rssMB.toFixed(0)} MB\n`);
    }
  }
  return Object.fromEntries(
    Object.entries(results).map(([k, rs]) => [k, { seconds: median(rs.map((x) => x.seconds)), rssMB: median(rs.map((x) => x.rssMB)), all: rs }]),
  );
}

// ---- the extract stage alone ----

/** MB/s of text through processDocument and through segment alone, on seed 004, in this process (one core). */
async function extractSpeed() {
  const dist = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;
  const [{ processDocument }, { readDocument }, { segment }, { PAGE_BREAK }] = await Promise.all([
    import(dist('pipeline.js')),
    import(dist('read/index.js')),
    import(dist('segment/index.js')),
    import(dist('locate.js')),
  ]);
  const source = await readDocument(BIG_SEED);
  const megabytes = Buffer.byteLength(source.pages.join(PAGE_BREAK)) / 1e6;
  const time = (fn) => {
    for (let k = 0; k < 2; k++) fn();
    const times = [];
    for (let k = 0; k < Math.max(5, RUNS); k++) {
      const started = performance.now();
      fn();
      times.push((performance.now() - started) / 1000);
    }
    return megabytes / median(times);
  };
  return { megabytes, extract: time(() => processDocument(source)), segment: time(() => segment(source.pages.join(PAGE_BREAK))) };
}

// ---- the report ----

/** The newest modification time under dist/: a build during the bench (the tree is shared) mixes two builds. */
async function distStamp() {
  const files = await readdir(join(ROOT, 'dist'), { recursive: true });
  const times = await Promise.all(files.map(async (f) => (await stat(join(ROOT, 'dist', f))).mtimeMs));
  return Math.max(...times);
}

function table(rows) {
  const header = ['measure', 'value', 'target', ''];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells) => `| ${header.map((_, c) => String(cells[c] ?? '').padEnd(widths[c])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const mark = (ok) => (ok ? 'PASS' : 'FAIL');
const s = (x) => `${x.toFixed(2)} s`;
const mb = (x) => `${x.toFixed(0)} MB`;

async function bench() {
  PDFDocument = (await import('pdfkit')).default;
  const tmp = await mkdtemp(join(tmpdir(), 'sitrep-bench-'));
  const built = await distStamp();
  try {
    probe = rssProbe(tmp);
    await probe.setup?.();
    const seeds = await Promise.all(
      ['000_fc38fa5aff5da2fa', '001_5144577c0499a864', '002_0fab4d9569bda8d4', '003_bbb93335b057b67c', '004_e2310b87b11d1797'].map(async (name) =>
        drawable(await readFile(join(SEEDS, `${name}.txt`), 'utf8')).split('\n'),
      ),
    );
    process.stderr.write('bench: generating the archives…\n');
    const generating = performance.now();
    const a200 = await makeArchive(join(tmp, 'a200'), 200, seeds);
    const a400 = await makeArchive(join(tmp, 'a400'), 400, seeds, a200);
    const generated = (performance.now() - generating) / 1000;
    const pages200 = a200.reduce((sum, f) => sum + f.pages, 0);
    const pages400 = a400.reduce((sum, f) => sum + f.pages, 0);
    process.stderr.write(`bench: ${a200.length} + ${a400.length - a200.length} PDFs, ${pages200} / ${pages400} pages, made in ${generated.toFixed(1)} s\n`);
    const lists = { all: a200, first: a200.slice(0, 100), second: a200.slice(100) };
    for (const [name, files] of Object.entries(lists)) await writeFile(join(tmp, `${name}.list`), files.map((f) => f.path).join('\n') + '\n');
    const floor = (name, reader = 'ours') => [fileURLToPath(import.meta.url), '--floor', reader, join(tmp, `${name}.list`)];

    const cli = (dir, out, ...more) => [BIN, dir, '-f', 'jsonl', '-q', '-o', join(tmp, out), ...more];
    process.stderr.write('bench: extract stage alone…\n');
    const speed = await extractSpeed();
    process.stderr.write(`bench: ${RUNS} runs each, round-robin…\n`);
    const m = await measure({
      default: cli(join(tmp, 'a200'), 'default.jsonl'),
      j1: cli(join(tmp, 'a200'), 'j1.jsonl', '-j', '1'),
      j2: cli(join(tmp, 'a200'), 'j2.jsonl', '-j', '2'),
      a400j2: cli(join(tmp, 'a400'), 'a400.jsonl', '-j', '2'),
      floor: floor('all'),
      floorPlain: floor('all', 'plain'),
      floorHalves: () => together(floor('first'), floor('second')),
    });
    for (const out of ['default', 'j1', 'j2']) {
      const counted = await checkOutput(join(tmp, `${out}.jsonl`), 200);
      if (counted !== pages200) throw new Error(`${out}: the CLI counted ${counted} pages, the archive has ${pages200}`);
    }
    await checkOutput(join(tmp, 'a400.jsonl'), 400);
    const floorPages = Number(m.floor.all[0].stdout.trim());
    if (floorPages !== pages200) throw new Error(`pdf-parse alone read ${floorPages} pages, the archive has ${pages200}`);

    process.stderr.write('bench: cached re-run (the first run fills the cache)…\n');
    const cacheDir = join(tmp, 'cache');
    await run(cli(join(tmp, 'a200'), 'cached.jsonl', '--cache', cacheDir));
    const cached = await measure({ cached: cli(join(tmp, 'a200'), 'cached.jsonl', '--cache', cacheDir) });
    const identical = (await readFile(join(tmp, 'cached.jsonl'), 'utf8')) === (await readFile(join(tmp, 'default.jsonl'), 'utf8'));

    const versions = [];
    for (let k = 0; k < 10; k++) versions.push((await run([BIN, '--version'])).seconds);
    const version = median(versions);

    const ratio = m.j1.seconds / m.floor.seconds;
    const speedup = m.j1.seconds / m.j2.seconds;
    const machine = m.floor.seconds / m.floorHalves.seconds;
    const peak = Math.max(m.j2.rssMB, m.a400j2.rssMB);
    const growth = m.a400j2.rssMB / m.j2.rssMB;
    const rows = [
      ['files / pages (200-file archive)', `${a200.length} / ${pages200}`],
      ['files / pages (400-file archive)', `${a400.length} / ${pages400}`],
      [`wall, default -j (${availableParallelism()})`, `${s(m.default.seconds)}  ${(pages200 / m.default.seconds).toFixed(0)} pages/s`],
      ['wall, -j 1', `${s(m.j1.seconds)}  ${(pages200 / m.j1.seconds).toFixed(0)} pages/s`],
      ['wall, -j 2', `${s(m.j2.seconds)}  ${(pages200 / m.j2.seconds).toFixed(0)} pages/s`],
      ['floor: pdf-parse alone as the tool calls it (1 process)', `${s(m.floor.seconds)}  ${(pages200 / m.floor.seconds).toFixed(0)} pages/s`],
      ['pdf-parse called plainly (core-js push left in place)', `${s(m.floorPlain.seconds)}  ${(pages200 / m.floorPlain.seconds).toFixed(0)} pages/s`],
      ['end-to-end -j 1 / floor', `${ratio.toFixed(2)}×`, '≤ 1.30×', mark(ratio <= 1.3)],
      ['speedup t(-j 1) / t(-j 2)', `${speedup.toFixed(2)}×`, '≥ 1.70×', mark(speedup >= 1.7)],
      ['machine now: pdf-parse alone, halves in 2 processes', `${machine.toFixed(2)}× (the most -j 2 can show)`],
      [`extract stage (seed 004, ${speed.megabytes.toFixed(2)} MB)`, `${speed.extract.toFixed(2)} MB/s`, '≥ 1 MB/s', mark(speed.extract >= 1)],
      ['segmentation alone (seed 004)', `${speed.segment.toFixed(2)} MB/s`],
      ['peak RSS, 200 files, -j 2', mb(m.j2.rssMB)],
      ['peak RSS, 400 files, -j 2', mb(m.a400j2.rssMB)],
      ['peak RSS, worst of the two', mb(peak), '≤ 400 MB', mark(peak <= 400)],
      ['RSS growth 200 → 400 files', `${growth.toFixed(2)}×`, '≤ 1.10× (no growth)', mark(growth <= 1.1)],
      ['cached re-run, 200 files', s(cached.cached.seconds), '< 2 s', mark(cached.cached.seconds < 2)],
      ['cached output = uncached output', identical ? 'yes' : 'no', 'yes', mark(identical)],
      ['--version start-up (median of 10)', s(version), '≤ 0.30 s', mark(version <= 0.3)],
    ];
    process.stdout.write(
      `\nsitrep-extract bench — medians of ${RUNS} runs (BENCH_RUNS), ${availableParallelism()} cores, node ${process.version}\n` +
        `wall time: performance.now() around the child process; peak RSS: ${probe.how}\n` +
        `archive generation (pdfkit, in-process): ${generated.toFixed(1)} s\n\n${table(rows)}\n`,
    );
    if ((await distStamp()) !== built) process.stdout.write('\nwarning: dist/ was rebuilt during the bench (another build in this tree): the runs mix two builds.\n');
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--floor') await floorChild(process.argv[3], process.argv[4]);
else await bench().catch((error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = 1;
});
