import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';

const NAME = 'sitrep-extract';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return n;
}

const EXAMPLES = `
Examples:
  $ ${NAME} report.pdf                       figures of one report, as JSON
  $ ${NAME} reports/*.pdf -f csv > out.csv   one CSV row per figure
  $ ${NAME} -f jsonl report.txt | head -1    one record per line
  $ cat report.txt | ${NAME} -               read standard input
  $ ${NAME} --schema                         the JSON Schema of the output

Exit codes: 0 every input processed, 1 at least one input failed (the others are still written), 2 usage error.`;

interface CliOptions {
  format: 'json' | 'jsonl' | 'csv';
  output?: string;
  quiet: boolean;
  debug: boolean;
  schema?: string | true;
  hxl: boolean;
  csvSafe: boolean;
  maxPages?: number;
}

function buildProgram(report: (line: string) => void, setCode: (code: number) => void): Command {
  const program = new Command(NAME)
    .description('Extract figures, dates, places and donors from humanitarian situation reports (PDF, text, HTML).')
    .version(version(), '-V, --version')
    .argument('[inputs...]', 'report files (.pdf, .txt, .html), or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'csv']).default('json'))
    .option('-o, --output <file>', 'write to FILE (written whole or not at all) instead of standard output')
    .option('-q, --quiet', 'no warnings on standard error, only errors', false)
    .option('--hxl', 'CSV: add a second header row of HXL hashtags', false)
    .option('--no-csv-safe', 'CSV: do not neutralize cells that start like spreadsheet formulas')
    .option('--max-pages <n>', 'read at most N pages of each PDF', positiveInteger)
    .option('--schema [format]', 'print the JSON Schema of the output (json, or jsonl for one record) and exit')
    .option('--debug', 'show stack traces of internal errors', false)
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
      if (inputs.length === 0) program.error('no inputs given', { exitCode: 2, code: 'sitrep.noInputs' });
      const { run } = await import('./run.js');
      setCode(
        await run(
          inputs,
          {
            format: options.format,
            output: options.output,
            quiet: options.quiet,
            debug: options.debug,
            csv: { safe: options.csvSafe, hxl: options.hxl },
            maxPages: options.maxPages,
          },
          report,
        ),
      );
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
    if (error instanceof InvalidArgumentError) {
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
