/**
 * The counterpart's teaching targets (issue 10, docs/counterpart.md), part of `npm run bench`
 * (alone: `npm run bench -- --strategy`):
 *   strategy table  scripted players × difficulty × side on the default scenario, 200 seeds each,
 *                   with the targets as PASS/FAIL checks
 *   same vs same    every registered strategy and every difficulty against itself on the default
 *                   scenario, 100 seeds each: deal in ≥ 80 % and a mean of ≥ 95 % of the Nash
 *                   values (a strategy that never concedes, the hardliner, is shown, not checked)
 *   logrolling      the logroller's and linear's first offers on each side of the default scenario:
 *                   the logroller's gives the other side more, on each side (the cost is printed)
 *   Pareto share    computer-vs-computer agreements on the shipped scenarios on the frontier  ≥ 95 %
 *   walk-away audit 20,000 games over random generated scenarios: proposals or acceptances
 *                   below walk-away or across a red line                                      = 0
 */
import fs from 'node:fs';
import { loadScenario, type CompiledScenario } from '../src/engine/index.ts';
import { openingOffers, paretoShare, selfPlayTable, strategyTable, type SelfPlayRow, type TableRow } from '../src/engine/analysis/strategy-table.ts';
import { STRATEGY_EXPONENT } from '../src/engine/strategy/concession.ts';
import { reciprocates } from '../src/engine/strategy/reciprocity.ts';
import { STRATEGIES, type Strategy } from '../src/engine/strategy/registry.ts';
import { auditWalkAways } from '../src/engine/analysis/walkaway-audit.ts';

export interface StrategyCheck {
  name: string;
  pass: boolean;
  detail: string;
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** The targets, row by row. */
export function tableChecks(rows: readonly TableRow[], sideNames: readonly [string, string]): StrategyCheck[] {
  const checks: StrategyCheck[] = [];
  for (const r of rows) {
    const who = `${r.player} as ${sideNames[r.side]} vs ${r.difficulty}`;
    const noDeal = (r.games - r.agreements) / r.games;
    if (r.player === 'stubborn' && r.difficulty !== 'easy') {
      checks.push({ name: `${who}: mean ≤ Nash share`, pass: r.meanPlayer <= r.nashPlayer + 1e-9, detail: `${r.meanPlayer.toFixed(4)} vs ${r.nashPlayer.toFixed(4)}` });
      checks.push({ name: `${who}: no deal in ≥ 25 %`, pass: noDeal >= 0.25, detail: pct(noDeal) });
    }
    if (r.player === 'reciprocal' && r.difficulty !== 'easy')
      checks.push({ name: `${who}: mean ≥ 95 % of Nash share`, pass: r.meanPlayer >= 0.95 * r.nashPlayer, detail: `${pct(r.meanPlayer / r.nashPlayer)} of ${r.nashPlayer.toFixed(4)}` });
    if (r.difficulty === 'easy') checks.push({ name: `${who}: deal in ≥ 80 %`, pass: r.agreements / r.games >= 0.8, detail: pct(r.agreements / r.games) });
  }
  return checks;
}

export function formatTable(rows: readonly TableRow[], sideNames: readonly [string, string]): string {
  const head = ['player', 'side', 'vs', 'deals', 'walkouts', 'deadline', 'player mean', 'computer mean', 'Nash share', 'of Nash'];
  const lines = rows.map((r) => [
    r.player,
    sideNames[r.side],
    r.difficulty,
    pct(r.agreements / r.games),
    pct(r.walkouts / r.games),
    pct(r.breakdowns / r.games),
    r.meanPlayer.toFixed(4),
    r.meanComputer.toFixed(4),
    r.nashPlayer.toFixed(4),
    pct(r.meanPlayer / r.nashPlayer),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  return [head, ...lines].map((l) => l.map((x, i) => (i < 3 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ')).join('\n');
}

/** Same against same: a side that answers moves with moves does not deadlock against itself. */
export function selfPlayChecks(rows: readonly SelfPlayRow[]): StrategyCheck[] {
  const checks: StrategyCheck[] = [];
  for (const r of rows) {
    const strategy = (STRATEGIES as readonly string[]).includes(r.who) ? (r.who as Strategy) : null;
    if (strategy && !reciprocates({ strategy, e: STRATEGY_EXPONENT[strategy], personality: null })) continue;
    const deals = r.agreements / r.games;
    checks.push({ name: `${r.who} against itself: deal in ≥ 80 %`, pass: deals >= 0.8, detail: pct(deals) });
    checks.push({ name: `${r.who} against itself: mean ≥ 95 % of the Nash values`, pass: r.meanShareOfNash >= 0.95, detail: pct(r.meanShareOfNash) });
  }
  return checks;
}

export function formatSelfPlay(rows: readonly SelfPlayRow[]): string {
  const head = ['same vs same', 'deals', 'walkouts', 'deadline', 'of Nash'];
  const lines = rows.map((r) => [r.who, pct(r.agreements / r.games), pct(r.walkouts / r.games), pct(r.breakdowns / r.games), pct(r.meanShareOfNash)]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  return [head, ...lines].map((l) => l.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ')).join('\n');
}

/** Logrolling, measured: what the logroller's first offers give the other side against linear's (the same schedule), and at what cost. */
export function logrollChecks(c: CompiledScenario, sideNames: readonly [string, string]): StrategyCheck[] {
  const [linear, logroller] = [openingOffers(c, 'linear'), openingOffers(c, 'logroller')];
  return logroller.map((lr) => {
    const lin = linear.find((o) => o.side === lr.side)!;
    console.log(`  ${sideNames[lr.side].padEnd(14)} linear keeps ${lin.own.toFixed(4)}, gives ${lin.theirs.toFixed(4)}; logroller keeps ${lr.own.toFixed(4)}, gives ${lr.theirs.toFixed(4)}`);
    return {
      name: `logroller's first offer as ${sideNames[lr.side]} gives the other side more than linear's`,
      pass: lr.theirs > lin.theirs + 1e-9,
      detail: `+${(lr.theirs - lin.theirs).toFixed(4)} to them for ${(lin.own - lr.own).toFixed(4)} of its own`,
    };
  });
}

const SHIPPED = ['danang-2017', 'southwest-2017', 'tutorial', 'large-10x6'];

function load(name: string): CompiledScenario {
  const r = loadScenario(fs.readFileSync(`public/scenarios/${name}.json`, 'utf8'), { warnings: false });
  if (!r.ok) throw new Error(`${name} does not load`);
  return r.compiled;
}

export function benchStrategy(seeds = 200, paretoSeeds = 100, auditGames = 20_000, selfSeeds = 100): StrategyCheck[] {
  const danang = load('danang-2017');
  const names = [danang.scenario.sides[0].name, danang.scenario.sides[1].name] as const;
  const rows = strategyTable(danang, seeds);
  console.log(`Strategy table: default scenario (${danang.scenario.id}, hash ${danang.hash}), ${seeds} seeds a row`);
  console.log(formatTable(rows, names));
  const checks: StrategyCheck[] = tableChecks(rows, names);

  const self = selfPlayTable(danang, selfSeeds);
  console.log(`Same against same: default scenario, ${selfSeeds} seeds a row (of Nash: mean of each side's value over its Nash value; no deal counts the walk-away)`);
  console.log(formatSelfPlay(self));
  checks.push(...selfPlayChecks(self));

  console.log('Logrolling: first offers when the strategy plays both sides, linear against the logroller (the same schedule), default scenario');
  checks.push(...logrollChecks(danang, names));

  let agreements = 0;
  let onFrontier = 0;
  for (const name of SHIPPED) {
    const share = paretoShare(load(name), name === 'large-10x6' ? Math.ceil(paretoSeeds / 10) : paretoSeeds);
    console.log(`Pareto: ${name}: ${share.onFrontier} of ${share.agreements} computer-vs-computer agreements on the frontier`);
    agreements += share.agreements;
    onFrontier += share.onFrontier;
  }
  checks.push({
    name: 'computer-vs-computer agreements on the Pareto frontier ≥ 95 %',
    pass: onFrontier >= 0.95 * agreements,
    detail: `${onFrontier} of ${agreements} (${((100 * onFrontier) / agreements).toFixed(1)} %)`,
  });

  const audit = auditWalkAways(auditGames, 'bench');
  checks.push({
    name: `no proposal or acceptance below walk-away or across a red line (${audit.games.toLocaleString('en')} random games)`,
    pass: audit.violations.length === 0,
    detail: `${audit.violations.length} in ${audit.proposals.toLocaleString('en')} proposals and ${audit.acceptances.toLocaleString('en')} acceptances`,
  });
  for (const v of audit.violations.slice(0, 5)) console.log(`  ${JSON.stringify(v)}`);
  return checks;
}

export function printChecks(checks: readonly StrategyCheck[]): void {
  for (const ch of checks) console.log(`${ch.pass ? 'PASS' : 'FAIL'}  ${ch.name}: ${ch.detail}`);
}
