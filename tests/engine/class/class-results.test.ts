import { describe, expect, it } from 'vitest';
import { classStatistics, collect, encodeResultCode, recordLog, resultsCsv, verifyCode, type CompiledScenario } from '../../../src/engine/index.ts';
import { compiled, summit } from '../../support/summit-dsl.ts';

const P = (d: string, v: string, g: string, b: string) => ({ deconfliction: d, violence: v, geneva: g, 'buffer-zone': b });

/** One student's game: proposes `offer` until the computer accepts or the time runs out. */
function student(seed: string, offer: Record<string, string>, side: 0 | 1 = 0) {
  const t = summit('danang-2017').humanVs({ kind: 'computer', difficulty: 'normal' }, side).withSeed(seed).start();
  for (let k = 0; k < 10 && t.phase === 'negotiating'; k++) t.propose(offer);
  t.send({ type: 'debrief.open' });
  return encodeResultCode(t.c, recordLog(t.c, t.context, t.actor.getSnapshot().value));
}

const c = compiled('danang-2017');
const scenarios = (id: string): CompiledScenario | null => (id === c.scenario.id ? c : null);

describe('the class debrief', () => {
  const fair = student('s1', P('incident-review', 'amman-memo', 'un-elections', 'verified-zone'));
  const greedy = student('s2', P('euphrates-line', 'nationwide-ceasefire', 'constitutional-timetable', 'iran-leaves'));
  const asRussia = student('s3', P('incident-review', 'amman-memo', 'un-elections', 'exclusion-strip'), 1);
  const imported = collect([
    verifyCode(scenarios, fair, 'code 1'),
    verifyCode(scenarios, greedy, 'code 2'),
    verifyCode(scenarios, asRussia, 'code 3'),
    verifyCode(scenarios, fair, 'code 4'),
    verifyCode(scenarios, fair.slice(0, -4) + 'ZZZZ', 'code 5'),
    verifyCode(scenarios, 'not a code', 'code 6'),
  ]);

  it('verifies each code by replaying it, lists the invalid with a reason and recognises duplicates', () => {
    expect(imported.results.map((r) => r.source)).toEqual(['code 1', 'code 2', 'code 3']);
    expect(imported.duplicates).toEqual([{ source: 'code 4', sameAs: 'code 1' }]);
    expect(imported.invalid.map((i) => i.source)).toEqual(['code 5', 'code 6']);
    expect(imported.invalid[0].reason).toMatch(/does not check out/);
    expect(imported.results[2].humanSides).toEqual([1]);
  });

  it('computes the agreement rate, option shares beside the real outcome, and rankings', () => {
    const stats = classStatistics(c, imported.results);
    expect(stats.games).toBe(3);
    const agreements = imported.results.filter((r) => r.outcome.kind === 'agreement').length;
    expect(stats.agreementRate).toBeCloseTo(agreements / 3, 10);
    for (const item of stats.items) {
      const total = item.options.reduce((s, o) => s + o.share, 0);
      expect(agreements ? total : 0).toBeCloseTo(agreements ? 1 : 0, 10);
    }
    expect(stats.items.find((i) => i.id === 'buffer-zone')!.real).toBe('foreign-forces');
    expect(stats.byJointGain.map((r) => r.joint)).toEqual([...stats.byJointGain.map((r) => r.joint)].sort((a, b) => b - a));
    expect(stats.byOwnGain.find((r) => r.source === 'code 3')!.side).toBe(1);
    expect(stats.analysis.nash).not.toBeNull();
  });

  it('exports one CSV row per game, safe to open in a spreadsheet', () => {
    const csv = resultsCsv(c, imported.results);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('source,student side,opponent,seed,outcome,round,deconfliction,violence,geneva,buffer-zone');
    expect(lines[3]).toMatch(/^code 3,russia,/);
  });

  it('defuses file names that a spreadsheet would run as formulas', () => {
    const renamed = imported.results.map((r, k) => ({ ...r, source: k === 0 ? '=HYPERLINK("x")' : r.source }));
    const first = resultsCsv(c, renamed).split('\r\n')[1];
    expect(first.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
  });
});
