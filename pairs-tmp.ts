import fs from 'node:fs';
import { loadScenario } from './src/engine/index.ts';
import { analyzeScenario } from './src/engine/analysis/scenario-analysis.ts';
import { simulate } from './src/engine/simulate.ts';
import { BALANCE_PAIRS } from './src/engine/balance.ts';
for (const f of process.argv.slice(2)) {
  const r = loadScenario(fs.readFileSync(f, 'utf8')); if (!r.ok) { console.log(f, 'bad', r.problems[0]); continue; }
  const c = r.compiled; const a = analyzeScenario(c);
  const [r0, r1] = c.domain.reservation;
  const [m0, m1] = [0, 1].map((side) => c.domain.gains[side].reduce((u, opts) => u + Math.max(...opts), 0));
  const row = BALANCE_PAIRS.map((pair) => {
    const rep = simulate(c, a, { games: 40, seed: `balance:${pair.join('-')}`, players: pair as [string, string] });
    const g0 = (rep.meanUtilities[c.sideIds[0]] - r0) / (m0 - r0), g1 = (rep.meanUtilities[c.sideIds[1]] - r1) / (m1 - r1);
    return `${g0.toFixed(2)}/${g1.toFixed(2)}`;
  });
  console.log(f.split('/').pop(), row.join(' '));
}
