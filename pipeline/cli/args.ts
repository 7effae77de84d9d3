// The command line's options, read once with node's util.parseArgs (strict: an
// unknown or misspelt option is a usage error) and checked here, so the stages
// trust what they are given. Nothing heavy is imported: --help and --version
// answer at once.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { YoyError, EXIT_DATA } from '../core/errors.js';

/** Parse argv strictly; every problem is a usage error (exit 2) with the usage text. */
export function strictArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  usage: string,
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
    throw new YoyError('USAGE', `${(e as Error).message.split('. To specify')[0]}\n\n${usage}`);
  }
}

export function usageError(message: string, usage: string): never {
  throw new YoyError('USAGE', `${message}\n\n${usage}`);
}

/** A number option within bounds, or the default when absent. */
export function numberOption(
  v: string | undefined,
  name: string,
  min: number,
  max: number,
  dflt: number,
  usage: string,
): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max)
    usageError(`--${name} needs a number from ${min} to ${max}`, usage);
  return n;
}

/** Paths given by the user are relative to where they ran npm (INIT_CWD), not to the project. */
export const userPath = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);

/** --input: the input directory; given its manifest.json instead, the directory that holds it. */
export function inputDir(v: string, usage: string): string {
  const p = userPath(v);
  let file = false;
  try {
    file = fs.statSync(p).isFile();
  } catch {
    // missing: the loader says so
  }
  if (!file) return p;
  if (path.basename(p) === 'manifest.json') return path.dirname(p);
  return usageError(`--input takes the directory that holds manifest.json; "${v}" is a file`, usage);
}

/**
 * Run a command's main and set the exit status: a YoyError's own (1 bad data, 2
 * wrong usage) with its message; anything else is a bug, reported with its stack.
 */
export async function runMain(name: string, main: () => number | Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (e) {
    if (e instanceof YoyError) {
      process.stderr.write(`${name}: ${e.toString()}\n`);
      process.exitCode = e.exitCode;
    } else {
      // not a case the contract names: a failed run (1), with the stack for a bug report
      process.stderr.write(`${name}: internal error (please report it): ${(e as Error).stack ?? e}\n`);
      process.exitCode = EXIT_DATA;
    }
  }
}
