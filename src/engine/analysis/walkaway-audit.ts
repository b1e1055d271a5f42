/**
 * The counterpart's promise, audited over random scenarios: no computer side ever proposes a
 * complete package worth less than its walk-away, accepts one, or offers or accepts an option
 * across its own red line. Scenarios come from the generator with random values, weights,
 * walk-away values and red lines; both sides are computers of random strategies.
 */
import alea from 'seedrandom/lib/alea.js';
import { utilityOf, type SideIndex } from '../model/domain.ts';
import { generatedScenario } from '../scenario/generate.ts';
import { loadScenarioData } from '../scenario/load.ts';
import { STRATEGIES } from '../scenario/schema.ts';
import { playComputerTurn } from '../rules/apply.ts';
import { domainFor } from '../rules/context.ts';
import { newGame, resolveSetup } from '../rules/setup.ts';
import type { GameSetup } from '../rules/state.ts';

export interface AuditReport {
  games: number;
  proposals: number;
  acceptances: number;
  violations: Violation[];
}

/** A broken promise, as facts: which game, which round, what, and the numbers. */
export interface Violation {
  game: number;
  round: number;
  side: SideIndex;
  kind: 'proposedRedLine' | 'proposedBelowWalkAway' | 'acceptedBelowWalkAway' | 'acceptedRedLine';
  item?: number;
  value?: number;
  walkAway?: number;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** A random small scenario: 2–5 items of 2–5 options, reservation or status-quo walk-aways, some red lines. */
function randomScenario(seed: string) {
  const rng = alea(seed);
  const items = 2 + Math.floor(rng() * 4);
  const options = 2 + Math.floor(rng() * 4);
  const s = generatedScenario(seed, items, options);
  for (const it of s.items) for (const o of it.options) o.values = { us: r3(0.01 + 0.99 * rng()), russia: r3(0.01 + 0.99 * rng()) };
  s.sides.forEach((side) => {
    const raw = s.items.map(() => 0.1 + rng());
    const sum = raw.reduce((a, b) => a + b, 0);
    const w = raw.map((x) => r3(x / sum));
    w[0] = r3(1 - w.slice(1).reduce((a, b) => a + b, 0));
    side.priorities = Object.fromEntries(s.items.map((it, i) => [it.id, w[i]]));
    if (rng() < 0.7) side.walkAway = { kind: 'reservation', value: r3(0.2 + 0.6 * rng()), text: side.stakes } as never;
    side.redLines = s.items.flatMap((it) => (rng() < 0.25 ? [{ item: it.id, options: [it.options[Math.floor(rng() * (it.options.length - 1)) + 1].id], text: it.description }] : []));
  });
  return s;
}

export function auditWalkAways(games: number, seed = 'audit'): AuditReport {
  const report: AuditReport = { games: 0, proposals: 0, acceptances: 0, violations: [] };
  for (let k = 0; report.games < games && k < games * 3; k++) {
    const loaded = loadScenarioData(randomScenario(`${seed}:${k}`), { warnings: false });
    if (!loaded.ok) continue;
    const c = loaded.compiled;
    const rng = alea(`${seed}:players:${k}`);
    const pick = () => STRATEGIES[Math.floor(rng() * STRATEGIES.length)];
    const setup: GameSetup = {
      seed: `${seed}:${k}`,
      players: [
        { kind: 'computer', strategy: pick() },
        { kind: 'computer', strategy: pick() },
      ],
    };
    const resolved = resolveSetup(c, setup);
    if (!resolved.ok) throw new Error(resolved.reason.code);
    let state = newGame(c, setup, resolved.profiles);
    report.games++;
    while (!state.outcome) {
      const side = state.toMove as SideIndex;
      const domain = domainFor(c, state.shifts);
      const before = state.history.length;
      const tentative = state.items.map((it) => (it.status === 'tentative' ? it.option : null));
      state = playComputerTurn(c, state);
      const at = { game: k, round: state.round, side };
      for (const turn of state.history.slice(before)) {
        if (turn.side !== side) continue;
        const m = turn.line;
        if (m.code === 'move.propose') {
          report.proposals++;
          m.params.options.forEach((o, i) => {
            if (o !== null && c.forbidden[side][i][o]) report.violations.push({ ...at, kind: 'proposedRedLine', item: i });
          });
          if (turn.utilities && turn.utilities[side] < domain.reservation[side])
            report.violations.push({ ...at, kind: 'proposedBelowWalkAway', value: turn.utilities[side], walkAway: domain.reservation[side] });
        }
        if (m.code === 'move.accept' || m.code === 'move.acceptTrade') report.acceptances++;
      }
      const o = state.outcome;
      if (o && o.kind === 'agreement' && o.by === side && o.deal) {
        const u = utilityOf(domain, side, o.deal);
        if (u < domain.reservation[side]) report.violations.push({ ...at, kind: 'acceptedBelowWalkAway', value: u, walkAway: domain.reservation[side] });
        o.deal.forEach((opt, i) => {
          if (c.forbidden[side][i][opt] && tentative[i] !== opt) report.violations.push({ ...at, kind: 'acceptedRedLine', item: i });
        });
      }
    }
  }
  return report;
}
