/**
 * Issue 14's class debrief rules in the engine: rankings per side by gain over that side's
 * walk-away, a two-player game once, red-line crossings flagged, the CSV in screen points with
 * seat, clock, time and defused cells, and the clock and seat carried by result codes (old codes still verify).
 */
import { describe, expect, it } from 'vitest';
import {
  classStatistics,
  collect,
  decodeResultCode,
  encodeResultCode,
  recordLog,
  redLineCrossings,
  resultsCsv,
  setupFor,
  verifyCode,
  verifyLog,
  type ClassSession,
  type GameSetup,
} from '../../../src/engine/index.ts';
import { compiled, summit } from '../../support/summit-dsl.ts';

const c = compiled('danang-2017');
const P = (d: string, v: string, g: string, b: string) => ({ deconfliction: d, violence: v, geneva: g, 'buffer-zone': b });
const FAIR = P('incident-review', 'amman-memo', 'un-elections', 'verified-zone');

function finish(setup: GameSetup, play: (t: ReturnType<typeof summit>) => void) {
  const t = summit('danang-2017');
  t.send({ type: 'game.setup', setup }).send({ type: 'briefing.done' });
  play(t);
  if (t.phase === 'negotiating') t.walkAway();
  t.send({ type: 'debrief.open' });
  return recordLog(t.c, t.context, t.actor.getSnapshot().value);
}

const computer = { kind: 'computer', difficulty: 'normal' } as const;
const solo = (seed: string, side: 0 | 1, name: string, offer: Record<string, string> | null) =>
  finish({ seed, players: side === 0 ? [{ kind: 'human' }, computer] : [computer, { kind: 'human' }], names: side === 0 ? [name, null] : [null, name] }, (t) => {
    for (let k = 0; offer && k < 10 && t.phase === 'negotiating'; k++) t.propose(offer);
  });

/** A package crossing side 0's own red line, accepted by a classmate playing side 1. */
function crossingPackage(): Record<string, string> {
  const out: Record<string, string> = { ...FAIR };
  const i = c.forbidden[0].findIndex((opts) => opts.some(Boolean));
  out[c.domain.itemIds[i]] = c.domain.optionIds[i][c.forbidden[0][i].indexOf(true)];
  return out;
}
const pair = finish({ seed: 'pair-1', players: [{ kind: 'human' }, { kind: 'human' }], names: ['Ann', 'Bob'] }, (t) => t.propose(crossingPackage()).accept());

const logs = [solo('a1', 0, 'Ada', FAIR), solo('a2', 1, 'Boris', FAIR), solo('a3', 1, 'Chen', null), solo('a4', 0, 'Dora', null), pair];
const imported = collect(logs.map((l, k) => verifyLog(c, l, `code ${k + 1}`)));
const stats = classStatistics(c, imported.results);

describe('class rankings', () => {
  it('rank each side on its own, by gain over that side’s walk-away', () => {
    for (const side of [0, 1] as const) {
      const rows = stats.bySide[side];
      expect(rows.every((r) => r.side === side)).toBe(true);
      for (const r of rows) expect(r.gain).toBeCloseTo(r.own - r.walkAway, 12);
      expect(rows.map((r) => r.gain)).toEqual([...rows.map((r) => r.gain)].sort((a, b) => b - a));
      expect(new Set(rows.map((r) => r.walkAway)).size).toBe(1);
    }
    // A no-deal is worth exactly the walk-away: gain 0, never above a deal better than walking away.
    const noDeal = stats.bySide[1].find((r) => r.name === 'Chen')!;
    expect(noDeal.gain).toBeCloseTo(0, 12);
    expect(stats.bySide[0][0].walkAway).not.toBeCloseTo(stats.bySide[1][0].walkAway, 6);
  });

  it('a two-player game appears once in the joint ranking and once per side, under each side’s student', () => {
    expect(stats.byJointGain.filter((r) => r.source === 'code 5')).toHaveLength(1);
    expect(stats.bySide[0].filter((r) => r.source === 'code 5').map((r) => r.name)).toEqual(['Ann']);
    expect(stats.bySide[1].filter((r) => r.source === 'code 5').map((r) => r.name)).toEqual(['Bob']);
  });

  it('a student’s red-line crossing is flagged in their side’s ranking', () => {
    const r = imported.results.find((x) => x.source === 'code 5')!;
    expect(r.outcome.kind).toBe('agreement');
    expect(redLineCrossings(c, r)).toEqual([0]);
    expect(stats.bySide[0].find((x) => x.source === 'code 5')!.crossedRedLine).toBe(true);
    expect(stats.bySide[1].find((x) => x.source === 'code 5')!.crossedRedLine).toBe(false);
    expect(stats.bySide[0].filter((x) => x.source !== 'code 5').every((x) => !x.crossedRedLine)).toBe(true);
  });
});

describe('the CSV', () => {
  const LONG = 'a-very-long-file-name-of-a-student-result-handed-in-by-Ada-kept-whole.json';
  const named = imported.results.map((r, k) => ({ ...r, source: k === 0 ? LONG : r.source, handedIn: '2026-11-29T14:05:00.000Z' }));
  const lines = resultsCsv(c, named).trim().split('\r\n');
  const head = lines[0].split(',');
  const row = (k: number) => lines[k + 1].split(',');
  const col = (name: string) => head.indexOf(name);

  it('gives points 0–100 as the screens do, the full source, the red-line flag and the time handed in', () => {
    const r = imported.results[0];
    expect(row(0)[col('points us')]).toBe(String(Math.round(r.outcome.utilities[0] * 1000) / 10));
    expect(Number(row(0)[col('joint points')])).toBeGreaterThan(1);
    expect(row(0)[col('source')]).toBe(LONG);
    expect(lines.join('\n')).not.toContain('…');
    expect(row(4)[col('crossed own red line')]).toBe('us');
    expect(row(0)[col('crossed own red line')]).toBe('no');
    expect(row(0)[col('handed in')]).toBe('2026-11-29T14:05:00.000Z');
    expect(head).toEqual(expect.arrayContaining(['seat', 'seconds per turn', 'own gain over walk-away']));
  });

  it('defuses every cell a spreadsheet could read as a formula, leading spaces and tabs included', () => {
    const hostile = [' =1+2', '\t=1+2', '  +SUM(A1)', ' -2+3', '@cmd', '\r=x', '＝1+1'];
    for (const text of hostile) {
      const csv = resultsCsv(c, [{ ...imported.results[0], name: text, seed: text, source: text }]);
      const cells = csv.split('\r\n')[1];
      expect(cells.startsWith(`'`) || cells.startsWith(`"'`)).toBe(true);
      expect(cells.match(/'/g)!.length).toBeGreaterThanOrEqual(3);
    }
    expect(
      resultsCsv(c, [{ ...imported.results[0], name: 'Ada -> ok' }])
        .split('\r\n')[1]
        .startsWith('Ada -> ok,'),
    ).toBe(true);
  });
});

describe('the clock and the seat in the result', () => {
  const session: ClassSession = {
    scenario: 'minimal',
    sides: 'alternate',
    mode: 'computer',
    opponent: { kind: 'difficulty', difficulty: 'normal' },
    seed: { kind: 'class', value: 'v3-new' },
    rounds: 3,
    secondsPerRound: 60,
    revealReal: true,
  };
  const m = compiled('minimal');
  const forMinimal = (id: string) => (id === 'minimal' ? m : null);

  it('a class game records the time limit per turn and the seat, and its code carries both', () => {
    const setup = setupFor(session, 0, 'unused', 'Ada', 7);
    expect(setup).toMatchObject({ secondsPerRound: 60, seat: 7 });
    const t = summit('minimal');
    t.send({ type: 'game.setup', setup }).send({ type: 'briefing.done' });
    for (let k = 0; k < 10 && t.phase === 'negotiating'; k++) t.pass();
    t.send({ type: 'debrief.open' });
    const code = encodeResultCode(m, recordLog(m, t.context, t.actor.getSnapshot().value));
    const v = verifyCode(forMinimal, code, 'code 1');
    expect(v.ok && v.result.setup).toMatchObject({ secondsPerRound: 60, seat: 7 });
    const csv = resultsCsv(m, v.ok ? [v.result] : []).split('\r\n');
    const head = csv[0].split(',');
    expect(csv[1].split(',')[head.indexOf('seconds per turn')]).toBe('60');
    expect(csv[1].split(',')[head.indexOf('seat')]).toBe('7');
  });

  it('a version-3 code made before the clock was recorded still verifies', () => {
    // Made by main at eaf7752 (setup flags 1|4: a name and the session id), a class game on the minimal fixture.
    const old = 'S0C3PT-TBED5-PP2V0-JJ990-WTMBW-C2K0B-HH5RR-0S4QD-YB5Y1-T9GJC-KP9QD-Q2TNV-0857R-XNVF7-B0F2P-GC006-DXP68-BBP6C-00608-30M44-YV344-11PYS-35PFS-EMMG1-1G60R-0G40C-513WS-0QXVG-DM1MR-K5G';
    // The code's format still reads (its setup has no clock). It was played on engine 0.1.0, whose
    // counterpart played differently (issue 10), so its replay is refused for that reason alone.
    const decoded = decodeResultCode(m, old);
    expect(decoded.ok).toBe(true);
    const setup = decoded.ok ? decoded.log.events.find((e) => e.type === 'game.setup') : undefined;
    expect(setup && 'setup' in setup ? setup.setup.secondsPerRound : 'no setup').toBeUndefined();
    expect(decoded.ok && decoded.log.engine).toBe('0.1.0');
    const v = verifyCode(forMinimal, old, 'old');
    expect(v.ok ? '' : v.reason).toContain('engine 0.1.0');
  });

  it('an out-of-range clock or seat is refused with a reason', () => {
    const t = summit('minimal');
    t.send({ type: 'game.setup', setup: { seed: 'x', players: [{ kind: 'human' }, computer], secondsPerRound: 0 } });
    expect(t.phase).toBe('setup');
  });
});
