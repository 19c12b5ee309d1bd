// Shared plumbing of the JSON command-line tools (rules:check, pay:classify, ...): read the JSON
// file named on the command line, run a pure function on it, print the result as JSON on stdout.
// Invalid input prints a message naming the field and exits 2; never a stack trace.
import { readFileSync } from 'node:fs';
import { RosterDocumentError } from '../src/roster-document/roster-document-error';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_INVALID_INPUT = 2;

/** Thrown for bad input that is not a roster document problem (missing file, bad JSON, usage). */
export class CliInputError extends Error {}

export interface JsonCliOptions {
  /** Name shown in messages, e.g. "rules:check". */
  name: string;
  usage: string;
}

/** Reads and parses the JSON file at `path`. Throws CliInputError with a readable message. */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliInputError(
      code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? 'unknown error'})`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliInputError(`${path}: is not valid JSON (${(error as Error).message})`);
  }
}

/** The message and exit code for an error; internal errors show their message only. */
export function describeFailure(error: unknown): { message: string; exitCode: number } {
  if (error instanceof RosterDocumentError) return { message: error.message, exitCode: EXIT_INVALID_INPUT };
  if (error instanceof CliInputError) return { message: error.message, exitCode: EXIT_INVALID_INPUT };
  const text = error instanceof Error ? error.message : String(error);
  return { message: `internal error: ${text}`, exitCode: EXIT_INTERNAL };
}

/**
 * Runs a JSON → JSON command: `argv` are the arguments after the script name. Returns the exit
 * code; output goes through the writers so tests can capture it.
 */
export function runJsonCli(
  argv: readonly string[],
  options: JsonCliOptions,
  handler: (input: unknown) => unknown,
  io: { stdout: (text: string) => void; stderr: (text: string) => void } = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
): number {
  const files = argv.filter((a) => a !== '--');
  if (files.length !== 1 || files[0] === '--help' || files[0] === '-h') {
    io.stderr(`usage: ${options.usage}\n`);
    return EXIT_INVALID_INPUT;
  }
  try {
    const result = handler(readJsonFile(files[0]));
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return EXIT_OK;
  } catch (error) {
    const { message, exitCode } = describeFailure(error);
    io.stderr(`${options.name}: ${message}\n`);
    return exitCode;
  }
}

/** Entry point helper: run and set the process's exit code (stdout is flushed before exit). */
export function mainJsonCli(options: JsonCliOptions, handler: (input: unknown) => unknown): void {
  process.exitCode = runJsonCli(process.argv.slice(2), options, handler);
}
