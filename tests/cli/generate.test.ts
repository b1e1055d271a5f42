/**
 * `summit generate` and the shipped stress-test scenario it produced.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../support/cli.ts';
import { LARGE, LARGE_ARGS } from '../support/large-scenario.ts';

describe('summit generate', () => {
  it('the shipped 10 × 6 stress test is exactly what the generator writes (regenerate it if this fails)', () => {
    const r = run(...LARGE_ARGS);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(LARGE, 'utf8')).toBe(`${r.out}\n`);
  });

  it('the stress test checks clean: 10 items, 6^10 outcomes, no warnings', () => {
    const r = run('check', LARGE);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${LARGE}: ok: "Stress test: ten-item agenda" (large-10x6, format 2): 10 items, 60466176 outcomes, 3 third parties, 1 events, 10 rounds; walk-away us 0.10 / russia 0.11`);
  });

  it('same arguments, same bytes; another seed, another scenario', () => {
    const a = run('generate', '--items', '3', '--options', '4', '--seed', 'x');
    expect(run('generate', '--items', '3', '--options', '4', '--seed', 'x').out).toBe(a.out);
    expect(run('generate', '--items', '3', '--options', '4', '--seed', 'y').out).not.toBe(a.out);
    expect(JSON.parse(a.out)).toMatchObject({ id: 'generated-3x4', format: 2, languages: ['en'] });
  });

  it('refuses bad sizes and a missing seed with exit 2', () => {
    expect(run('generate', '--items', '0', '--options', '6', '--seed', 'x').code).toBe(2);
    expect(run('generate', '--items', '10', '--options', '1', '--seed', 'x').code).toBe(2);
    expect(run('generate', '--items', '10', '--options', '6').code).toBe(2);
    expect(run('generate', '--items', '10', '--options', '6', '--seed', 'x', '--id', 'Not An Id').code).toBe(2);
  });
});
