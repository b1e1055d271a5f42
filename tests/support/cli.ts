/** Runs the command line in-process and captures what it prints; no run may print a stack trace. */
import { expect } from 'vitest';
import { main } from '../../src/cli/summit.ts';

export function run(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  const result = { code, out: out.join('\n'), err: err.join('\n') };
  expect(result.out + result.err).not.toMatch(/\n\s+at |internal error/);
  return result;
}
