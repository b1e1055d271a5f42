/**
 * The debrief's first words: one or two sentences a fifteen-year-old can read before the chart,
 * built from the debrief view (engine/machine/debrief.ts) and the strings table. No DOM, so a
 * Node test can read every case.
 */
import type { DebriefView } from '../../engine/index.ts';
import { formatPoints as points } from '../../engine/model/points.ts';
import { t } from './strings/index.ts';

/** Less than half a point apart: the same for a reader. */
const SAME = 0.5;

/** How the player's deal compares with what really happened, in one sentence. */
function againstReal(d: DebriefView, my: number, their: number): string {
  const real = t.theRealOutcome(d.realLabel);
  const [rm, rt] = d.chart.real.map((u) => u * 100);
  const dm = my - rm;
  const dt = their - rt;
  if (Math.abs(dm) < SAME && Math.abs(dt) < SAME) return t.realSame(real);
  if (dm >= 0 && dt >= 0) return t.realBeatBoth(real);
  if (dm <= 0 && dt <= 0) return t.realBeatYouBoth(real);
  return dm > 0 ? t.realBetterForYou(real, d.them) : t.realBetterForThem(real, d.them);
}

/** The debrief's plain words: what the player got, then whether a deal better for both existed. */
export function plainWords(d: DebriefView, showReal: boolean): string[] {
  const { myPoints: my, theirPoints: their } = d.outcome;
  const first = d.chart.myDeal
    ? showReal
      ? againstReal(d, my, their)
      : t.dealWorth(points(my), points(their), d.them)
    : d.outcome.kind === 'walkout'
      ? t.noDealWalkout(points(my))
      : t.noDealDeadline(points(my));
  const b = d.betterForBoth;
  const second = b
    ? t.betterDealWas(b.items.map((i) => t.betterDealOption(i.title, i.option)).join(t.optionsSeparator), points(b.my), points(b.their), d.them)
    : d.chart.myDeal
      ? t.noBetterDeal
      : null;
  return second ? [first, second] : [first];
}
