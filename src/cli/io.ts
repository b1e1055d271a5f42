/**
 * Shared plumbing for the command line: exit codes, reading files, loading scenarios.
 * Exit codes: 0 ok, 1 invalid input or a problem found, 2 usage error or unreadable file.
 */
import fs from 'node:fs';
import { formatProblem, loadScenario, type CompiledScenario, type Problem } from '../engine/index.ts';

export const EXIT_OK = 0;
export const EXIT_PROBLEM = 1;
export const EXIT_USAGE = 2;

export class CliExit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    throw new CliExit(EXIT_USAGE, `${file}: cannot read: ${why}`);
  }
}

/** Loads a scenario or exits 1 listing every problem as `file: json-path: message`. */
export function loadOrExit(file: string): CompiledScenario {
  return loadWithWarnings(file).compiled;
}

/** As loadOrExit, keeping the loader's notices and warnings (format upgrade, translations, static checks). */
export function loadWithWarnings(file: string): { compiled: CompiledScenario; warnings: Problem[] } {
  const result = loadScenario(readText(file));
  if (!result.ok) throw new CliExit(EXIT_PROBLEM, result.problems.map((p) => formatProblem(p, file)).join('\n'));
  return result;
}

export function fixed(x: number, digits = 4): string {
  return x.toFixed(digits);
}
