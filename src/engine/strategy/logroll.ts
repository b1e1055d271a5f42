/**
 * Logrolling (docs/counterpart.md, section 2): trading what matters little to you for what
 * matters much. A logroller gives way at once, item by item, wherever a point of its own buys the
 * other side at least `ratio` points (by its briefing on their values), and keeps its best option
 * where it cares most. Item by item, that is the option maximising ratio × ours + theirs: the point
 * of the frontier where the exchange rate falls below `ratio`, found without enumerating packages,
 * so it costs items × options on any agenda. Its concession schedule then starts from this package.
 */
import type { Domain, SideIndex } from '../model/domain.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import type { GameState } from '../rules/state.ts';

/** Our value of the logrolling package: agreed items as agreed, the rest within both sides' red lines where possible. */
export function logrollValue(c: CompiledScenario, domain: Domain, state: GameState, side: SideIndex, ratio: number): number {
  const other = side === 0 ? 1 : 0;
  let value = 0;
  domain.gains[side].forEach((ours, i) => {
    const it = state.items[i];
    const agreed = it.status === 'tentative' ? it.option : null;
    if (agreed !== null) {
      value += ours[agreed];
      return;
    }
    const theirs = domain.gains[other][i];
    const both = ours.map((_, o) => !c.forbidden[side][i][o] && !c.forbidden[other][i][o]);
    const allowed = both.includes(true) ? both : ours.map((_, o) => !c.forbidden[side][i][o]);
    let best = -1;
    ours.forEach((g, o) => {
      if (!allowed[o]) return;
      const v = ratio * g + theirs[o];
      const b = best < 0 ? -Infinity : ratio * ours[best] + theirs[best];
      // Ties to the option better for us: giving more than the ratio asks is not logrolling.
      if (best < 0 || v > b + 1e-12 || (v > b - 1e-12 && g > ours[best])) best = o;
    });
    value += best < 0 ? 0 : ours[best];
  });
  return value;
}
