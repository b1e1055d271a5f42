/**
 * Keeps the designer guide true: every `$ npm run summit -- …` command quoted in a console block
 * of docs/designer-guide.md is run, and the lines the guide quotes must be what it prints (in
 * order; "…" stands for lines left out). Also checks the guide's balance table and that the
 * generated field reference is up to date.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldsDocText, DOCS_PATH } from '../../src/cli/write-docs.ts';
import { balanceRun, pairsWon } from '../../src/engine/balance.ts';
import { loadScenario } from '../../src/engine/index.ts';
import { run } from '../support/cli.ts';
import { LARGE_ARGS } from '../support/large-scenario.ts';

const GUIDE = fs.readFileSync('docs/designer-guide.md', 'utf8');
const PROMPT = '$ npm run summit -- ';
const GAP = '…';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-guide-'));

interface Quoted {
  command: string;
  expected: string[];
}

/** Every command in a ```console block, with the output lines quoted under it. */
function quotedCommands(markdown: string): Quoted[] {
  const out: Quoted[] = [];
  for (const block of markdown.matchAll(/```console\n([\s\S]*?)```/g)) {
    for (const line of block[1].split('\n')) {
      if (line.startsWith('$ ')) {
        expect(line.startsWith(PROMPT), `a console block runs something other than summit: ${line}`).toBe(true);
        out.push({ command: line.slice(PROMPT.length), expected: [] });
      } else if (line !== '') out.at(-1)!.expected.push(line);
    }
  }
  return out;
}

/** Splits a command line as a shell would here: words, and "double-quoted words". */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

/** Checks `actual` against quoted lines: in order; consecutive unless "…" stands between; anchored at the ends unless "…" starts or ends the quote. */
function matchesQuote(actual: string[], expected: string[]): string | null {
  let at = 0;
  let gap = expected[0] === GAP;
  for (const line of expected) {
    if (line === GAP) {
      gap = true;
      continue;
    }
    const found = gap ? actual.indexOf(line, at) : actual[at] === line ? at : -1;
    if (found < 0) return `expected ${gap ? 'somewhere after' : 'right at'} output line ${at + 1}: ${line}\n--- actual output ---\n${actual.join('\n')}`;
    at = found + 1;
    gap = false;
  }
  if (!gap && at !== actual.length) return `the quote stops at line ${at} but the output goes on: ${actual[at]}`;
  return null;
}

describe('docs/designer-guide.md', () => {
  const quoted = quotedCommands(GUIDE);

  it('quotes commands, and the quote matcher is strict (sanity checks)', () => {
    expect(quoted.length).toBeGreaterThanOrEqual(12);
    const out = ['a', 'b', 'c', 'd'];
    expect(matchesQuote(out, ['a', 'b', 'c', 'd'])).toBeNull();
    expect(matchesQuote(out, ['a', GAP, 'd'])).toBeNull();
    expect(matchesQuote(out, [GAP, 'c', GAP])).toBeNull();
    expect(matchesQuote(out, ['a', 'c', GAP])).not.toBeNull(); // not consecutive
    expect(matchesQuote(out, ['a', 'b'])).not.toBeNull(); // output goes on
    expect(matchesQuote(out, ['b', GAP])).not.toBeNull(); // not the first line
    expect(matchesQuote(out, ['a', GAP, 'x'])).not.toBeNull();
  });

  it.each(quoted.map((q) => [q.command, q] as const))(
    '$ npm run summit -- %s prints what the guide quotes',
    (_, q) => {
      const args = words(q.command);
      // Reports go to a scratch folder, not into the repository.
      const k = args.indexOf('--report');
      const report = k >= 0 ? args[k + 1] : null;
      if (report) args[k + 1] = path.join(dir, report);
      const r = run(...args);
      expect(r.code, r.out + r.err).toBe(0);
      const output = report ? r.out.replaceAll(path.join(dir, report), report) : r.out;
      expect(matchesQuote(output.split('\n'), q.expected)).toBeNull();
    },
    120_000,
  );

  it('the balance table: pairs where each side comes out ahead, as analyze measures them', () => {
    const won = ['lopsided', 'walk-away-fixed', 'tuned'].map((name) => {
      const r = loadScenario(fs.readFileSync(`docs/examples/${name}.json`, 'utf8'));
      if (!r.ok) throw new Error(`${name} does not load`);
      return pairsWon(balanceRun(r.compiled));
    });
    expect(won).toEqual([
      [1, 5],
      [1, 5],
      [4, 2],
    ]);
    expect(GUIDE).toContain('| Balance pairs where the US / Russia comes out ahead | 1 / 5 | 1 / 5 | 4 / 2 |');
  }, 120_000);

  it('gives the command that made the shipped stress test', () => {
    const shown = LARGE_ARGS.map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' ');
    expect(GUIDE).toContain(`npm run summit -- ${shown} --out public/scenarios/large-10x6.json`);
  });

  it('links only to files that exist', () => {
    for (const [, target] of GUIDE.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)) if (!/^https?:/.test(target)) expect(fs.existsSync(path.join('docs', target)), target).toBe(true);
  });
});

describe('docs/scenario-fields.md', () => {
  it('is up to date with the schema (run `npm run docs` if not)', () => {
    expect(fs.readFileSync(DOCS_PATH, 'utf8')).toBe(fieldsDocText());
  });

  it('documents every top-level field', () => {
    const text = fieldsDocText();
    for (const field of ['format', 'languages', 'sides', 'items', 'thirdParties', 'deadline', 'rules', 'events', 'personalities', 'debrief']) expect(text).toContain(`| \`${field}\` |`);
  });
});
