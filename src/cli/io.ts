/**
 * Shared plumbing for the command line: exit codes, reading files, loading scenarios.
 * Exit codes: 0 ok, 1 invalid input or a problem found, 2 usage error or unreadable file.
 */
import fs from 'node:fs';
import { formatProblem, loadScenario, MAX_SCENARIO_BYTES, type CompiledScenario, type Problem } from '../engine/index.ts';

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

const megabytes = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

/**
 * Reads a file given on the command line, refusing before reading anything that is not a
 * regular file (/dev/zero would grow memory without end, a FIFO would wait for ever) or that is
 * over `limit` bytes, the game's own limit for that kind of file.
 */
export function readText(file: string, limit = MAX_SCENARIO_BYTES, kind = 'a scenario file'): string {
  const refuse = (why: string): never => {
    throw new CliExit(EXIT_USAGE, `${file}: cannot read: ${why}`);
  };
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    return refuse((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message);
  }
  if (st.isDirectory()) refuse('it is a folder, not a file');
  if (!st.isFile()) refuse('not a regular file (a device, a pipe or a socket): summit reads only files');
  if (st.size > limit) refuse(`it is ${megabytes(st.size)}; ${kind} is at most ${megabytes(limit)}`);
  let fd: number | undefined;
  try {
    // Non-blocking, and checked again once open: the path may have been swapped since the check.
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    if (!fs.fstatSync(fd).isFile()) refuse('not a regular file (a device, a pipe or a socket): summit reads only files');
    // In chunks, stopping one byte past the limit: a file that grew since the check is refused too.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(65_536, limit + 1 - length));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (length > limit) refuse(`it is over ${megabytes(limit)}; ${kind} is at most that`);
    }
    return Buffer.concat(chunks, length).toString('utf8');
  } catch (e) {
    if (e instanceof CliExit) throw e;
    return refuse((e as Error).message);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

// C0 and C1 controls but tab and new line, DEL, and the bidirectional embeddings, overrides and
// isolates, which reorder the rest of the line.
const UNPRINTABLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * What the command line prints may quote its input (file names, titles, reasons): an ESC from a
 * scenario would drive the terminal, a right-to-left override would reverse the line. Each such
 * character is shown as its escape (\u001B), which JSON output reads back as the same character.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
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
