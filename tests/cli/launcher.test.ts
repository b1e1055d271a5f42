/**
 * scripts/summit.mjs, what `npm run summit` runs: the command line from a bundle of the sources,
 * rebuilt when they change. It must print exactly what the sources print in process, and pass
 * the exit code on.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../support/cli.ts';

function launch(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/summit.mjs', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout.trimEnd(), err: r.stderr.trimEnd() };
}

describe('scripts/summit.mjs', () => {
  it('prints what the sources print, for check, analyze and simulate', () => {
    for (const args of [
      ['check', 'public/scenarios/tutorial.json', 'tests/fixtures/scenarios/tutorial-format-1.json'],
      ['analyze', 'public/scenarios/tutorial.json'],
      ['simulate', 'public/scenarios/tutorial.json', '--games', '20', '--seed', 'launcher'],
    ]) {
      const bundled = launch(...args);
      expect(bundled.err).toBe('');
      expect(bundled).toEqual({ code: 0, out: run(...args).out, err: '' });
    }
  }, 120_000);

  it('passes the exit code on: 1 for a problem, 2 for an unreadable file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-launcher-'));
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{ "format": 2 }');
    expect(launch('check', broken).code).toBe(1);
    const missing = launch('check', path.join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot read: no such file');
  }, 120_000);
});
