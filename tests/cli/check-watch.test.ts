/**
 * `summit check` as a designer meets it while editing: repeated warnings as one line, and
 * `--watch` checking the file again on every save (a real temporary file, real fs.watch).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchCheck } from '../../src/cli/commands/check.ts';
import { run } from '../support/cli.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-watch-'));
const tutorial = fs.readFileSync('public/scenarios/tutorial.json', 'utf8');

function withGerman(): string {
  const s = JSON.parse(tutorial);
  s.languages.push('de');
  return JSON.stringify(s, null, 2);
}

describe('summit check prints repeated warnings once', () => {
  it('a language added to "languages" gives one line with the count; --all lists each', () => {
    const file = path.join(dir, 'german.json');
    fs.writeFileSync(file, withGerman());
    const r = run('check', file);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n').filter((l) => l.includes('warn.missing-translation'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/: \$\.title: warning: no "de" text here .* — \d+ places like this, from \$\.title to \$\.\S+ \(summit check --all lists each\)/);
    const all = run('check', file, '--all');
    expect(all.out.split('\n').filter((l) => l.includes('warn.missing-translation')).length).toBeGreaterThan(50);
  });
});

describe('summit check --watch', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  /** Resolves once a printed line matches, or fails after `ms`. */
  function waitFor(lines: string[], pattern: RegExp, from = 0, ms = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (lines.slice(from).some((l) => pattern.test(l))) clearInterval(poll), resolve();
        else if (Date.now() - started > ms) clearInterval(poll), reject(new Error(`no line matched ${pattern}:\n${lines.join('\n')}`));
      }, 20);
    });
  }

  it('checks again each time the file is saved, including a save that breaks it and one that fixes it', async () => {
    const file = path.join(dir, 'watched.json');
    fs.writeFileSync(file, tutorial);
    const lines: string[] = [];
    stop = watchCheck([file], (l) => lines.push(l), { settleMs: 30 }).close;
    expect(lines[0]).toMatch(/watched\.json: ok: "First contact/);
    expect(lines[1]).toMatch(/^watching .*watched\.json for changes/);

    fs.writeFileSync(file, tutorial.replace('"rounds": 4', '"rounds": "four"'));
    await waitFor(lines, /\$\.deadline\.rounds: expected a number, found the text "four"/);
    expect(lines).toContain(`${file}: changed; checking again`);

    // Editors that save by renaming a new file over the old one are seen too.
    const tmp = path.join(dir, 'watched.json.tmp');
    fs.writeFileSync(tmp, tutorial);
    fs.renameSync(tmp, file);
    const seen = lines.length;
    await waitFor(lines, /watched\.json: ok: "First contact/, seen);
  });

  it('a file deleted while watched is reported, not fatal', async () => {
    const file = path.join(dir, 'gone.json');
    fs.writeFileSync(file, tutorial);
    const lines: string[] = [];
    stop = watchCheck([file], (l) => lines.push(l), { settleMs: 30 }).close;
    fs.rmSync(file);
    await waitFor(lines, /gone\.json: cannot read: no such file/);
    const seen = lines.length;
    fs.writeFileSync(file, tutorial);
    await waitFor(lines, /gone\.json: ok:/, seen);
  });
});
