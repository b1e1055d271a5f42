/**
 * Issue 14: the command line meets files it must not read and text it must not echo raw.
 * Refused before reading: /dev/zero (grew memory without end), a FIFO (waited for ever), a file
 * over the game's own size limit (a 50 MB scenario was read and its title printed). Control
 * characters from a file (ESC, a right-to-left override) are printed as escapes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LOG_BYTES, MAX_SCENARIO_BYTES, recordLog } from '../../src/engine/index.ts';
import { printable } from '../../src/cli/io.ts';
import { run } from '../support/cli.ts';
import { summit } from '../support/summit-dsl.ts';

const DEFAULT = 'public/scenarios/danang-2017.json';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-hostile-'));
const scenario = () => JSON.parse(fs.readFileSync(DEFAULT, 'utf8'));

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}

function fifo(name: string): string {
  const p = path.join(dir, name);
  execFileSync('mkfifo', [p]);
  return p;
}

const ESC = '\u001b';
const RLO = '\u202e';

describe('summit refuses what is not a file it should read (exit 2, before reading)', () => {
  it('/dev/zero, for every command that reads a file', () => {
    for (const argv of [
      ['check', '/dev/zero'],
      ['analyze', '/dev/zero'],
      ['simulate', '/dev/zero', '--games', '1', '--seed', 's'],
      ['replay', '/dev/zero'],
    ]) {
      const r = run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toBe('/dev/zero: cannot read: not a regular file (a device, a pipe or a socket): summit reads only files');
    }
  });

  it('a FIFO (nothing ever writes to it)', () => {
    const pipe = fifo('pipe.json');
    expect(run('check', pipe)).toMatchObject({ code: 2, err: `${pipe}: cannot read: not a regular file (a device, a pipe or a socket): summit reads only files` });
    expect(run('replay', pipe).code).toBe(2);
  });

  it('a folder', () => {
    expect(run('check', dir)).toMatchObject({ code: 2, err: `${dir}: cannot read: it is a folder, not a file` });
  });

  it("a scenario over the game's own limit, its title never printed", () => {
    const s = scenario();
    s.title = 'T'.repeat(MAX_SCENARIO_BYTES);
    const big = file('big.json', JSON.stringify(s));
    const r = run('check', big);
    // The file is the limit's worth of title plus the rest of the scenario: a little over 2 MB.
    expect(r).toMatchObject({ code: 2, out: '', err: expect.stringMatching(/: cannot read: it is 2\.\d MB; a scenario file is at most 2\.0 MB$/) });
    expect(r.err.startsWith(`${big}: `)).toBe(true);
    expect(run('analyze', big).code).toBe(2);
  });

  it("a game log over the game's own limit", () => {
    const t = summit('danang-2017').humanVsHuman().start().walkAway();
    const log = recordLog(t.c, t.context, t.actor.getSnapshot().value);
    const big = file('big-log.json', JSON.stringify({ ...log, padding: ' '.repeat(MAX_LOG_BYTES) }));
    expect(run('replay', big)).toMatchObject({ code: 2, err: `${big}: cannot read: it is 1.0 MB; a game log is at most 1.0 MB` });
  });

  it('a scenario just under the limit is still read (and a long title is clipped)', () => {
    const s = scenario();
    s.title = 'Long '.repeat(100_000);
    const r = run('check', file('long-title.json', JSON.stringify(s)));
    expect(r.code).toBe(0);
    expect(r.out.length).toBeLessThan(1000);
  });
});

describe('summit prints control characters from its input as escapes', () => {
  it('JSON output stays JSON, reading back the same text', () => {
    expect(JSON.parse(printable(JSON.stringify({ title: `a${RLO}b${ESC}c` })))).toEqual({ title: `a${RLO}b${ESC}c` });
  });

  it('an ESC in a scenario title, in check and analyze (a right-to-left override is gone from it at load)', () => {
    const s = scenario();
    s.title = `Da Nang ${ESC}[2J${ESC}]0;owned${String.fromCharCode(7)} ${RLO}reversed`;
    const f = file('escapes.json', JSON.stringify(s));
    const check = run('check', f);
    expect(check.code).toBe(0);
    expect(check.out).toContain('"Da Nang \\u001B[2J\\u001B]0;owned\\u0007 reversed"');
    const analyze = run('analyze', f);
    expect(analyze.out).toContain('\\u001B[2J');
    for (const r of [check, analyze]) expect(r.out + r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('in problems quoted from the file and in file names', () => {
    const s = scenario();
    s.items[0][`colour${ESC}[31m`] = 'red';
    const f = file(`bad${ESC}[1m${RLO}.json`, JSON.stringify(s));
    const r = run('check', f);
    expect(r.code).toBe(1);
    expect(r.out).toContain('bad\\u001B[1m\\u202E.json');
    expect(r.out).toContain('colour\\u001B[31m');
    expect(r.out).not.toContain(ESC);
    const missing = run('check', path.join(dir, `none${ESC}[5m.json`));
    expect(missing.err).toContain('none\\u001B[5m.json: cannot read: no such file');
  });
});
