/**
 * The repository's house rules, checked on every run: files small enough to read in one sitting,
 * and nothing that reaches outside the clone (a user's copy has nothing beside it).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const tracked = (...patterns: string[]): string[] =>
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', ...patterns], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);

const MAX_LINES = 300;

describe('house rules', () => {
  it(`keeps every source file at ${MAX_LINES} lines or fewer`, () => {
    const long = tracked('src').flatMap((file) => {
      const lines = readFileSync(resolve(ROOT, file), 'utf8').split('\n').length - 1;
      return lines > MAX_LINES ? [`${file}: ${lines} lines`] : [];
    });
    expect(long).toEqual([]);
  });

  it('reads nothing from outside the repository (no ../shared)', () => {
    const outside = tracked('src', 'tests', 'bench', 'scripts', 'build', '.ci', 'package.json', '*.ts').filter((file) => {
      if (file === 'tests/repo/house-rules.test.ts') return false;
      return /\.\.\/shared\b|shared\/reference/.test(readFileSync(resolve(ROOT, file), 'utf8'));
    });
    expect(outside).toEqual([]);
  });
});
