// The command line's options, read once with node's util.parseArgs (strict: an
// unknown or misspelt option is a usage error) and checked here, so the stages
// trust what they are given. Nothing heavy is imported: --help and --version
// answer at once. A usage error is one line, the problem, and a pointer to --help.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { YoyError, EXIT_DATA } from '../core/errors.js';

/** Parse argv strictly; every problem is a usage error (exit 2). */
export function strictArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  positionals = false,
) {
  try {
    return parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: boolean }>({
      args: argv,
      options,
      strict: true,
      allowPositionals: positionals,
    });
  } catch (e) {
    throw new YoyError('USAGE', (e as Error).message.split('. To specify')[0]);
  }
}

export function usageError(message: string): never {
  throw new YoyError('USAGE', message);
}

/** A number option within bounds, or the default when absent. */
export function numberOption(v: string | undefined, name: string, min: number, max: number, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max)
    usageError(`--${name} needs a number from ${min} to ${max}`);
  return n;
}

/** Paths given by the user are relative to where they ran npm (INIT_CWD), not to the project. */
export const userPath = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);

/** --input: the input directory; given its manifest.json instead, the directory that holds it. */
export function inputDir(v: string): string {
  const p = userPath(v);
  let file = false;
  try {
    file = fs.statSync(p).isFile();
  } catch {
    // missing: the loader says so
  }
  if (!file) return p;
  if (path.basename(p) === 'manifest.json') return path.dirname(p);
  return usageError(`--input takes the directory that holds manifest.json; "${v}" is a file`);
}

export interface MainOptions {
  /** how to ask for help, named after a usage error ("yoy --help") */
  help: string;
  /** errors as JSON lines on stdout, like the run's events (--json) */
  json?: boolean;
}

/**
 * Run a command's main and set the exit status: a YoyError's own (1 bad data, 2
 * wrong usage) with its message; anything else is a bug, reported with its stack.
 */
export async function runMain(
  name: string,
  main: () => number | Promise<number>,
  { help, json = false }: MainOptions,
): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (e) {
    const known = e instanceof YoyError;
    // not a case the contract names: a failed run (1), with the stack for a bug report
    const exit = known ? e.exitCode : EXIT_DATA;
    if (json) {
      const record = known
        ? { event: 'error', code: e.code, file: e.file ?? null, location: e.location ?? null, message: e.message }
        : { event: 'error', code: 'INTERNAL', file: null, location: null, message: String((e as Error).message ?? e) };
      process.stdout.write(JSON.stringify({ ...record, exit, ...(known ? {} : { stack: (e as Error).stack }) }) + '\n');
    } else if (known) {
      process.stderr.write(`${name}: ${e.toString()}\n${e.code === 'USAGE' ? `see ${help}\n` : ''}`);
    } else {
      process.stderr.write(`${name}: internal error (please report it): ${(e as Error).stack ?? e}\n`);
    }
    process.exitCode = exit;
  }
}
