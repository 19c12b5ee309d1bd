// `npm run payroll:export -- <roster.json> --format paxml|csv [--encoding UTF-8|ISO-8859-1]
// [--schedule] [--decimal-comma] [--rounding agreement|hundredths]`: the payroll file of a roster
// document on stdout, with the default pay-code mapping (RULES.md §6.4, docs/payroll.md). The
// whole file is built before anything is written, so a refusal leaves stdout empty. Exit 2 on
// invalid input or options, 1 on an internal error.
import { PayClassificationError } from '../src/pay/pay-classification-error';
import { concatChunks, exportPayroll, type PayrollExportOptions } from '../src/payroll/export-payroll';
import { PayrollExportError } from '../src/payroll/payroll-export-error';
import { parseRosterDocument } from '../src/roster-document/parse-roster-document';
import { CliInputError, EXIT_INVALID_INPUT, EXIT_OK, describeFailure, readJsonFile } from './cli-support';

const USAGE =
  'npm run payroll:export -- <roster.json> --format paxml|csv [--encoding UTF-8|ISO-8859-1] [--schedule] [--decimal-comma] [--rounding agreement|hundredths]';

function parseArgs(argv: readonly string[]): { file: string; options: PayrollExportOptions } {
  const args = argv.filter((a) => a !== '--');
  let file: string | null = null;
  const options: Partial<PayrollExportOptions> = {};
  const value = (i: number, name: string, allowed: readonly string[]): string => {
    const v = args[i + 1];
    if (v === undefined || !allowed.includes(v)) throw new CliInputError(`${name} needs one of ${allowed.join(', ')}`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format') options.format = value(i++, a, ['paxml', 'csv']) as PayrollExportOptions['format'];
    else if (a === '--encoding')
      options.encoding = value(i++, a, ['UTF-8', 'ISO-8859-1']) as PayrollExportOptions['encoding'];
    else if (a === '--rounding')
      options.rounding = value(i++, a, ['agreement', 'hundredths']) as PayrollExportOptions['rounding'];
    else if (a === '--schedule') options.schedule = true;
    else if (a === '--decimal-comma') options.decimal = ',';
    else if (a.startsWith('-')) throw new CliInputError(`unknown option ${a}`);
    else if (file === null) file = a;
    else throw new CliInputError(`only one roster file, got ${file} and ${a}`);
  }
  if (file === null) throw new CliInputError('no roster file given');
  if (options.format === undefined) throw new CliInputError('--format paxml|csv is required');
  return { file, options: options as PayrollExportOptions };
}

function main(argv: readonly string[]): number {
  try {
    const { file, options } = parseArgs(argv);
    const snapshot = parseRosterDocument(readJsonFile(file));
    const output = concatChunks(exportPayroll(snapshot, options).chunks);
    process.stdout.write(output);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof PayClassificationError || error instanceof PayrollExportError) {
      process.stderr.write(`payroll:export: ${error.message}\n`);
      return EXIT_INVALID_INPUT;
    }
    const { message, exitCode } = describeFailure(error);
    process.stderr.write(`payroll:export: ${message}\n`);
    if (error instanceof CliInputError) process.stderr.write(`usage: ${USAGE}\n`);
    return exitCode;
  }
}

process.exitCode = main(process.argv.slice(2));
