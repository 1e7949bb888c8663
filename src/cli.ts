import { existsSync, readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UsageError } from './errors.js';

const NAME = 'sitrep-extract';

/** The tool's version, from its package.json: one folder above dist/cli.js, two above the bundled dist/bundle/cli.js. */
function version(): string {
  const file = ['../package.json', '../../package.json'].map((path) => new URL(path, import.meta.url)).find((url) => existsSync(url));
  if (!file) return 'unknown';
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return n;
}

const EXAMPLES = `
Examples:
  $ ${NAME} report.pdf                              figures of one report, as JSON
  $ ${NAME} reports/ -f csv > figures.csv           a whole archive, one CSV row per figure
  $ ${NAME} 'reports/**/*.pdf' -j 2 --cache .cache  in parallel, skipping unchanged files
  $ ${NAME} reports/ --shard 2/4 -f jsonl           the second of four CI shards
  $ ${NAME} -f jsonl report.txt | head -1           one record per line
  $ cat report.txt | ${NAME} -                      read standard input
  $ ${NAME} --schema                                the JSON Schema of the output

Exit codes: 0 every input processed, 1 at least one input failed (the others are still written), 2 usage error.`;

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a number of seconds above 0');
  return n;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

function reportDate(value: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(value)) throw new InvalidArgumentError('must be YYYY-MM or YYYY-MM-DD');
  return value;
}

interface CliOptions {
  format: 'json' | 'jsonl' | 'csv';
  output?: string;
  quiet?: boolean;
  debug?: boolean;
  schema?: string | true;
  hxl?: boolean;
  csvSafe: boolean;
  records: 'figures' | 'places' | 'donors' | 'dates';
  reportDate?: string;
  maxPages?: number;
  maxBytes?: number;
  jobs?: number;
  timeout?: number;
  failFast?: boolean;
  cache?: string;
  shard?: string;
  include?: string[];
  exclude?: string[];
  filesFrom?: string;
}

function buildProgram(report: (line: string) => void, setCode: (code: number) => void): Command {
  const toolVersion = version();
  const program = new Command(NAME)
    .description('Extract figures, dates, places and donors from humanitarian situation reports (PDF, text, HTML).')
    .version(toolVersion, '-V, --version')
    .argument('[inputs...]', 'report files (.pdf, .txt, .html), directories, glob patterns, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'csv']).default('json'))
    .option('-o, --output <file>', 'write to FILE (written whole or not at all) instead of standard output')
    .option('-q, --quiet', 'no warnings on standard error, only errors')
    .option('--report-date <date>', 'the period the reports cover (YYYY-MM or YYYY-MM-DD), for dates written without a year', reportDate)
    .addOption(new Option('--records <kind>', 'CSV: which table to write').choices(['figures', 'places', 'donors', 'dates']).default('figures'))
    .option('--hxl', 'CSV: add a second header row of HXL hashtags')
    .option('--no-csv-safe', 'CSV: do not neutralize cells that start like spreadsheet formulas')
    .option('--max-pages <n>', 'read at most N pages of each PDF', positiveInteger)
    .option('--max-bytes <n>', 'refuse text and HTML inputs larger than N bytes (default: 10000000)', positiveInteger)
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)', positiveInteger)
    .option('--timeout <seconds>', 'end the work on one file after this many seconds and report it', positiveNumber)
    .option('--fail-fast', 'stop at the first file that fails')
    .option('--cache <dir>', 'reuse the records of files already processed with the same tool version and options')
    .option('--shard <i/n>', 'process only the files of shard i of n (auto/n: i from JOB_COMPLETION_INDEX)')
    .option('--include <glob>', 'in directories and patterns, take files matching GLOB (repeatable; default: *.pdf *.txt *.html *.htm)', collect)
    .option('--exclude <glob>', 'in directories and patterns, leave out files matching GLOB (repeatable)', collect)
    .option('--files-from <file>', 'read more inputs from FILE, one per line (- for standard input)')
    .option('--schema [format]', 'print the JSON Schema of the output (json, or jsonl for one record) and exit')
    .option('--debug', 'show stack traces of internal errors')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ outputError: (message, write) => write(`${NAME}: ${message.replace(/^error: /, '')}`) })
    .action(async (inputs: string[], options: CliOptions) => {
      if (options.schema !== undefined) {
        const { jsonSchema } = await import('./schema/json-schema.js');
        const kind = options.schema === true ? 'json' : options.schema;
        if (kind !== 'json' && kind !== 'jsonl') throw new InvalidArgumentError(`--schema takes json or jsonl, not "${kind}"`);
        process.stdout.write(JSON.stringify(jsonSchema(kind), null, 2) + '\n');
        return;
      }
      if (options.records !== 'figures' && options.format !== 'csv') throw new InvalidArgumentError('--records goes with -f csv (JSON and JSONL carry every record type)');
      if (inputs.length === 0 && !options.filesFrom) program.error('no inputs given', { exitCode: 2, code: 'sitrep.noInputs' });
      const [{ runBatch }, { parseShard }] = await Promise.all([import('./batch/runner.js'), import('./batch/shard.js')]);
      const shard = options.shard === undefined ? undefined : parseShard(options.shard);
      if (typeof shard === 'string') throw new InvalidArgumentError(shard);
      setCode(
        await runBatch(
          inputs,
          {
            format: options.format,
            output: options.output,
            quiet: options.quiet === true,
            debug: options.debug === true,
            csv: { safe: options.csvSafe, hxl: options.hxl === true, records: options.records },
            maxPages: options.maxPages,
            maxBytes: options.maxBytes,
            reportDate: options.reportDate,
            jobs: options.jobs,
            timeout: options.timeout,
            failFast: options.failFast === true,
            cache: options.cache,
            shard,
            include: options.include ?? [],
            exclude: options.exclude ?? [],
            filesFrom: options.filesFrom,
            version: toolVersion,
          },
          report,
        ),
      );
    });
  program
    .command('eval')
    .description('score the tool, and a plain compromise numbers() baseline, against hand-checked gold annotations')
    .requiredOption('--gold <dir>', 'folder of gold JSONL files (one per document, named after it)')
    .argument('<files...>', 'the report texts the gold annotates')
    .option('-v, --verbose', 'list every missed and extra figure, and every wrong field of a matched one')
    .action(async (files: string[], options: { gold: string; verbose?: boolean }) => {
      const { evaluate, formatEvaluation } = await import('./eval/index.js');
      process.stdout.write(formatEvaluation(await evaluate(options.gold, files), options.verbose === true));
    });
  return program;
}

/** Run the command line; resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let code = 0;
  const report = (line: string) => process.stderr.write(`${NAME}: ${line}\n`);
  const program = buildProgram(report, (c) => (code = c));
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    if (error instanceof InvalidArgumentError || error instanceof UsageError) {
      report(error.message);
      return 2;
    }
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2;
    }
    report(`internal error: ${error instanceof Error ? (argv.includes('--debug') ? error.stack : error.message) : String(error)}`);
    return 1;
  }
}
