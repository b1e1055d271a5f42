/**
 * The counterpart's teaching targets (issue 10, docs/counterpart.md), part of `npm run bench`
 * (alone: `npm run bench -- --strategy`):
 *   strategy table  scripted players × difficulty × side on the default scenario, 200 seeds each,
 *                   with the targets as PASS/FAIL checks
 *   Pareto share    computer-vs-computer agreements on the shipped scenarios on the frontier  ≥ 95 %
 *   walk-away audit 20,000 games over random generated scenarios: proposals or acceptances
 *                   below walk-away or across a red line                                      = 0
 */
import fs from 'node:fs';
import { loadScenario, type CompiledScenario } from '../src/engine/index.ts';
import { formatTable, paretoShare, strategyTable, tableChecks } from '../src/engine/analysis/strategy-table.ts';
import { auditWalkAways } from '../src/engine/analysis/walkaway-audit.ts';

export interface StrategyCheck {
  name: string;
  pass: boolean;
  detail: string;
}

const SHIPPED = ['danang-2017', 'southwest-2017', 'tutorial', 'large-10x6'];

function load(name: string): CompiledScenario {
  const r = loadScenario(fs.readFileSync(`public/scenarios/${name}.json`, 'utf8'), { warnings: false });
  if (!r.ok) throw new Error(`${name} does not load`);
  return r.compiled;
}

export function benchStrategy(seeds = 200, paretoSeeds = 100, auditGames = 20_000): StrategyCheck[] {
  const danang = load('danang-2017');
  const names = [danang.scenario.sides[0].name, danang.scenario.sides[1].name] as const;
  const rows = strategyTable(danang, seeds);
  console.log(`Strategy table: default scenario (${danang.scenario.id}, hash ${danang.hash}), ${seeds} seeds a row`);
  console.log(formatTable(rows, names));
  const checks: StrategyCheck[] = tableChecks(rows, names);

  let agreements = 0;
  let onFrontier = 0;
  for (const name of SHIPPED) {
    const share = paretoShare(load(name), name === 'large-10x6' ? Math.ceil(paretoSeeds / 10) : paretoSeeds);
    console.log(`Pareto: ${name}: ${share.onFrontier} of ${share.agreements} computer-vs-computer agreements on the frontier`);
    agreements += share.agreements;
    onFrontier += share.onFrontier;
  }
  checks.push({ name: 'computer-vs-computer agreements on the Pareto frontier ≥ 95 %', pass: onFrontier >= 0.95 * agreements, detail: `${onFrontier} of ${agreements} (${((100 * onFrontier) / agreements).toFixed(1)} %)` });

  const audit = auditWalkAways(auditGames, 'bench');
  checks.push({
    name: `no proposal or acceptance below walk-away or across a red line (${audit.games.toLocaleString('en')} random games)`,
    pass: audit.violations.length === 0,
    detail: `${audit.violations.length} in ${audit.proposals.toLocaleString('en')} proposals and ${audit.acceptances.toLocaleString('en')} acceptances`,
  });
  for (const v of audit.violations.slice(0, 5)) console.log(`  ${v}`);
  return checks;
}

export function printChecks(checks: readonly StrategyCheck[]): void {
  for (const ch of checks) console.log(`${ch.pass ? 'PASS' : 'FAIL'}  ${ch.name}: ${ch.detail}`);
}
