/**
 * GENIUS interop: the England–Zimbabwe reference domain (ANAC 2010) imported as a playable
 * scenario keeps its exact outcome space, and exported back it has the same frontier, read by
 * the independent test parser (tests/support/genius-xml.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analysis/analyze.ts';
import { analyzeScenario } from '../../src/engine/analysis/scenario-analysis.ts';
import { loadScenario } from '../../src/engine/index.ts';
import { loadOrExit } from '../../src/cli/io.ts';
import { run } from '../support/cli.ts';
import { loadGeniusDomain } from '../support/genius-xml.ts';

const FIXTURE = 'tests/fixtures/reference/england-zimbabwe';
const DOMAIN = path.join(FIXTURE, 'EnglandZimbabwe_domain.xml');
const A = path.join(FIXTURE, 'England.xml');
const B = path.join(FIXTURE, 'Zimbabwe.xml');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-genius-'));
const reference = analyze(loadGeniusDomain(FIXTURE, 'EnglandZimbabwe_domain.xml', ['England.xml', 'Zimbabwe.xml']));

type Point = { utilities: readonly [number, number] };
function expectSameFrontier(actual: readonly Point[], expected: readonly Point[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((p, k) => {
    expect(p.utilities[0]).toBeCloseTo(expected[k].utilities[0], 12);
    expect(p.utilities[1]).toBeCloseTo(expected[k].utilities[1], 12);
  });
}

const imported = path.join(dir, 'england-zimbabwe.json');
const importRun = run('import-genius', DOMAIN, A, B, '--out', imported, '--rounds', '6');

describe('summit import-genius', () => {
  it('writes a scenario that passes check, its placeholders marked and summarised', () => {
    expect(importRun.code).toBe(0);
    expect(importRun.out).toMatch(/^wrote .*england-zimbabwe\.json: "englandzimbabwe", 5 items, sides england and zimbabwe; \d+ texts marked "TODO:" for you to write$/);
    const r = run('check', imported);
    expect(r.code).toBe(0);
    expect(r.out).toContain('5 items, 576 outcomes, 0 third parties, 0 events, 6 rounds; walk-away england 0.00 / zimbabwe 0.00');
    expect(r.out.split('\n').filter((l) => l.includes('[warn.placeholder]'))).toHaveLength(1);
    const s = JSON.parse(fs.readFileSync(imported, 'utf8'));
    expect(s.sides.map((x: { name: string }) => x.name)).toEqual(['England', 'Zimbabwe']);
    expect(s.items[0]).toMatchObject({ id: 'size-of-fund', title: 'Size of Fund' });
    expect(s.items[0].options.map((o: { id: string; label: string }) => [o.id, o.label])).toEqual([
      ['n100-billion', '$100 Billion'],
      ['n50-billion', '$50 Billion'],
      ['n10-billion', '$10 billion'],
      ['no-agreement', 'No agreement'],
    ]);
  });

  it('keeps the outcome space exactly: the same 25-point frontier and Nash point as GENIUS', () => {
    const a = analyzeScenario(loadOrExit(imported));
    expect(a.outcomeCountText).toBe('576');
    expectSameFrontier(a.frontier, reference.frontier);
    expect(a.nash!.utilities[0]).toBeCloseTo(0.9109, 4);
    expect(a.nash!.utilities[1]).toBeCloseTo(0.7332, 4);
  });

  it('is playable: the game loads it and a simulation runs', () => {
    expect(loadScenario(fs.readFileSync(imported, 'utf8'), { warnings: false }).ok).toBe(true);
    const r = run('simulate', imported, '--games', '5', '--seed', 'genius', '--england', 'boulware', '--zimbabwe', 'conceder');
    expect(r.code).toBe(0);
    expect(r.out).toContain('5 games, seed "genius", england boulware vs zimbabwe conceder');
  });

  it('refuses bad input plainly, exit 1', () => {
    const broken = path.join(dir, 'broken.xml');
    fs.writeFileSync(broken, '<utility_space><objective><issue index="1" name="x"');
    const r = run('import-genius', DOMAIN, broken, B);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${broken}: not well-formed XML`);
    const noWeights = path.join(dir, 'no-weights.xml');
    fs.writeFileSync(noWeights, fs.readFileSync(A, 'utf8').replace(/<weight index="3"[^>]*>\s*<\/weight>/, ''));
    expect(run('import-genius', DOMAIN, noWeights, B).out).toBe(`${noWeights}: no <weight index="3"> for issue "Zimbabwe Trade Policy"`);
    expect(run('import-genius', DOMAIN, A).code).toBe(2);
  });
});

describe('summit export-genius', () => {
  it('writes the domain and profiles back with the same frontier (England–Zimbabwe round trip)', () => {
    const out = ['domain.xml', 'a.xml', 'b.xml'].map((f) => path.join(dir, f));
    const r = run('export-genius', imported, ...out);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`wrote ${out[0]} (5 issues), ${out[1]} (england), ${out[2]} (zimbabwe)`);
    const back = analyze(loadGeniusDomain(dir, 'domain.xml', ['a.xml', 'b.xml']));
    expect(back.outcomeCount).toBe(576n);
    expectSameFrontier(back.frontier, reference.frontier);
    // Imported again, it is the same scenario.
    const again = path.join(dir, 'again.json');
    run('import-genius', out[0], out[1], out[2], '--out', again, '--rounds', '6', '--id', 'englandzimbabwe');
    const strip = (f: string) => {
      const s = JSON.parse(fs.readFileSync(f, 'utf8'));
      delete s.title; // names its source file
      s.sides.forEach((x: { id?: string; name?: string }) => (delete x.id, delete x.name)); // named after the files
      return JSON.stringify(s)
        .replace(/"(england|a)"/g, '"A"')
        .replace(/"(zimbabwe|b)"/g, '"B"');
    };
    expect(strip(again)).toBe(strip(imported));
  });

  it('keeps labels with XML-special characters, and says what GENIUS cannot hold', () => {
    const s = JSON.parse(fs.readFileSync('public/scenarios/tutorial.json', 'utf8'));
    s.items[0].options[0].label = 'No "deal" <yet> & later';
    const file = path.join(dir, 'special.json');
    fs.writeFileSync(file, JSON.stringify(s));
    const out = ['s-domain.xml', 's-a.xml', 's-b.xml'].map((f) => path.join(dir, f));
    const r = run('export-genius', file, ...out);
    expect(r.out).toContain('left out (GENIUS has no place for them): third parties, events');
    expect(r.out).toMatch(/us: the status-quo walk-away is written as its utility, reservation value 0\.24/);
    const domain = loadGeniusDomain(dir, 's-domain.xml', ['s-a.xml', 's-b.xml']);
    expect(domain.optionIds[0][0]).toBe('No "deal" <yet> & later');
    const c = loadOrExit(file);
    expect(domain.reservation[0]).toBeCloseTo(c.domain.reservation[0], 12);
    expectSameFrontier(analyze(domain).frontier, analyzeScenario(c).frontier);
  });
});
