import { describe, expect, it } from 'vitest';
import { classStatistics, collect, encodeResultCode, NO_NAME, recordLog, resultsCsv, verifyCode, verifyLog, type CompiledScenario, type GameSetup } from '../../../src/engine/index.ts';
import { compiled, summit } from '../../support/summit-dsl.ts';

const P = (d: string, v: string, g: string, b: string) => ({ deconfliction: d, violence: v, geneva: g, 'buffer-zone': b });

/** One student's game: proposes `offer` until the computer accepts or the time runs out. */
function student(seed: string, offer: Record<string, string>, side: 0 | 1 = 0, name?: string) {
  const t = summit('danang-2017');
  const computer = { kind: 'computer', difficulty: 'normal' } as const;
  const setup: GameSetup = { seed, players: side === 0 ? [{ kind: 'human' }, computer] : [computer, { kind: 'human' }] };
  if (name) setup.names = side === 0 ? [name, null] : [null, name];
  t.send({ type: 'game.setup', setup }).send({ type: 'briefing.done' });
  for (let k = 0; k < 10 && t.phase === 'negotiating'; k++) t.propose(offer);
  t.send({ type: 'debrief.open' });
  return encodeResultCode(t.c, recordLog(t.c, t.context, t.actor.getSnapshot().value));
}

/** The code with one character in its middle changed: still base32 (the last character's spare bits untouched), but it no longer checks out. */
const mistyped = (code: string) => {
  const k = code.length >> 1;
  return code.slice(0, k) + (code[k] === 'Z' ? 'Y' : 'Z') + code.slice(k + 1);
};

const c = compiled('danang-2017');
const scenarios = (id: string): CompiledScenario | null => (id === c.scenario.id ? c : null);

describe('the class debrief', () => {
  const fair = student('s1', P('incident-review', 'amman-memo', 'un-elections', 'verified-zone'), 0, 'Ada Lovelace');
  const greedy = student('s2', P('euphrates-line', 'nationwide-ceasefire', 'constitutional-timetable', 'iran-leaves'));
  const asRussia = student('s3', P('incident-review', 'amman-memo', 'un-elections', 'exclusion-strip'), 1, 'Boris, "the bear"');
  const imported = collect([
    verifyCode(scenarios, fair, 'code 1'),
    verifyCode(scenarios, greedy, 'code 2'),
    verifyCode(scenarios, asRussia, 'code 3'),
    verifyCode(scenarios, fair, 'code 4'),
    verifyCode(scenarios, mistyped(fair), 'code 5'),
    verifyCode(scenarios, 'not a code', 'code 6'),
  ]);

  it('verifies each code by replaying it, lists the invalid with a reason and recognises duplicates', () => {
    expect(imported.results.map((r) => r.source)).toEqual(['code 1', 'code 2', 'code 3']);
    expect(imported.duplicates).toEqual([{ source: 'code 4', sameAs: 'code 1', kind: 'same', name: 'Ada Lovelace', sameAsName: 'Ada Lovelace', padding: 0 }]);
    expect(imported.invalid.map((i) => i.source)).toEqual(['code 5', 'code 6']);
    expect(imported.invalid[0].reason).toMatch(/does not check out/);
    expect(imported.results[2].humanSides).toEqual([1]);
  });

  it('recognises the same game handed in as a code and as a file', () => {
    const t = summit('danang-2017').humanVs({ kind: 'computer', difficulty: 'easy' }).withSeed('twice').start();
    for (let k = 0; k < 10 && t.phase === 'negotiating'; k++) t.propose(P('incident-review', 'amman-memo', 'un-elections', 'verified-zone'));
    const log = recordLog(t.c, t.context, t.actor.getSnapshot().value);
    const both = collect([verifyLog(c, log, 'ada.json'), verifyCode(scenarios, encodeResultCode(c, log), 'code 9')]);
    expect(both.results).toHaveLength(1);
    expect(both.duplicates).toEqual([{ source: 'code 9', sameAs: 'ada.json', kind: 'same', name: NO_NAME, sameAsName: NO_NAME, padding: 0 }]);
  });

  it('names whose game each result is, from inside the checked code', () => {
    expect(imported.results.map((r) => r.name)).toEqual(['Ada Lovelace', NO_NAME, 'Boris, "the bear"']);
    const stats = classStatistics(c, imported.results);
    expect(stats.bySide[1].find((r) => r.source === 'code 3')!.name).toBe('Boris, "the bear"');
    expect(stats.byJointGain.map((r) => r.name).sort()).toEqual([NO_NAME, 'Ada Lovelace', 'Boris, "the bear"']);
    expect(stats.deals.map((d) => d.name)).toEqual(['Ada Lovelace', NO_NAME, 'Boris, "the bear"']);
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
    expect(stats.bySide[1].find((r) => r.source === 'code 3')!.side).toBe(1);
    expect(stats.analysis.nash).not.toBeNull();
  });

  it('handles an empty class without dividing by zero', () => {
    const stats = classStatistics(c, []);
    expect(stats.games).toBe(0);
    expect(stats.agreementRate).toBe(0);
    expect(stats.items.every((i) => i.options.every((o) => o.share === 0))).toBe(true);
    expect(resultsCsv(c, []).trim().split('\r\n')).toHaveLength(1);
  });

  it('exports one CSV row per game, safe to open in a spreadsheet', () => {
    const csv = resultsCsv(c, imported.results);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('name,source,seat,student side,opponent,seed,outcome,round,deconfliction,violence,geneva,buffer-zone');
    expect(lines[1]).toMatch(/^Ada Lovelace,code 1,,us,/);
    expect(lines[2]).toMatch(/^\(no name\),code 2,,us,/);
    expect(lines[3]).toMatch(/^"Boris, ""the bear""",code 3,,russia,/);
  });

  it('defuses names and file names that a spreadsheet would run as formulas', () => {
    const renamed = imported.results.map((r, k) => ({ ...r, name: k === 0 ? '@SUM(A1)' : r.name, source: k === 0 ? '=HYPERLINK("x")' : r.source }));
    const first = resultsCsv(c, renamed).split('\r\n')[1];
    expect(first.startsWith(`'@SUM(A1),"'=HYPERLINK(""x"")"`)).toBe(true);
  });
});
