/**
 * What the counterpart says: records (../words/codes.ts) built from numbers the counterpart
 * computed for its decision, so it never claims what it did not weigh. Values are points out of
 * 100 (utility × 100, rounded), the scale the briefing uses; the views word them.
 */
import type { Domain, SideIndex } from '../model/domain.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import type { CounterpartProfile, GameState, Trade } from '../rules/state.ts';
import { deadlineRounds } from '../rules/context.ts';
import { said, type Said } from '../words/codes.ts';
import { wholePoints } from '../model/points.ts';

export interface SayContext {
  c: CompiledScenario;
  domain: Domain;
  state: GameState;
  side: SideIndex;
}

export const points = wholePoints;

function roundsLeft(ctx: SayContext): number {
  return deadlineRounds(ctx.c, ctx.state) - ctx.state.round;
}

export function walkOut(ctx: SayContext): Said[] {
  return [said('reason.walkOut', { trust: points(ctx.state.trust[ctx.side]) })];
}

export function accepted(ctx: SayContext, value: number): Said[] {
  return [said('reason.accepted', { value: points(value), walkAway: points(ctx.domain.reservation[ctx.side]) })];
}

export function partialAccepted(ctx: SayContext, implied: readonly (number | null)[]): Said[] {
  const items = implied.flatMap((o, i) => (o !== null && ctx.state.items[i].status !== 'tentative' ? [i] : []));
  return [said('reason.partialAccepted', { items })];
}

export function tradeAccepted(trade: Trade, value: number): Said[] {
  return [said('reason.tradeAccepted', { give: { ...trade.give }, want: { ...trade.want }, value: points(value) })];
}

export function nothingToOffer(ctx: SayContext): Said[] {
  return [said('reason.nothingToOffer', { roundsLeft: roundsLeft(ctx) })];
}

/** The item where the other side's proposal costs us most against our own counter-offer. */
function stickingPoint(ctx: SayContext, counter: readonly number[]): number {
  const table = ctx.state.table;
  if (!table) return -1;
  let worst = -1;
  let worstLoss = 1e-9;
  table.options.forEach((o, i) => {
    if (o === null) return;
    const loss = ctx.domain.gains[ctx.side][i][counter[i]] - ctx.domain.gains[ctx.side][i][o];
    if (loss > worstLoss) {
      worstLoss = loss;
      worst = i;
    }
  });
  return worst;
}

function tempo(ctx: SayContext, profile: CounterpartProfile): Said | null {
  const left = roundsLeft(ctx);
  if (profile.strategy === 'tit-for-tat') return said('reason.mirror');
  if (profile.e < 0.5 && left > 2) return said('reason.canWait', { roundsLeft: left });
  if (left <= 1) return said('reason.timeAlmostUp');
  return null;
}

export function countered(
  ctx: SayContext,
  d: {
    target: number;
    tableValue: number | null;
    redLineItem: number;
    counter: readonly number[];
    counterValue: number;
    agreed: number[];
    declinedTrade: boolean;
    profile: CounterpartProfile;
  },
): Said[] {
  const parts: Said[] = [];
  if (d.declinedTrade) parts.push(said('reason.declinedTrade', { target: points(d.target) }));
  if (d.redLineItem >= 0) {
    const option = ctx.state.table!.options[d.redLineItem] ?? ctx.state.items[d.redLineItem].option ?? 0;
    parts.push(said('reason.redLine', { side: ctx.side, item: d.redLineItem, option }));
  } else if (d.tableValue !== null) {
    parts.push(said('reason.tableValue', { value: points(d.tableValue), target: points(d.target) }));
    const sticking = stickingPoint(ctx, d.counter);
    if (sticking >= 0) parts.push(said('reason.stickingPoint', { item: sticking }));
  } else if (ctx.state.table && ctx.state.table.by !== ctx.side) {
    parts.push(said('reason.partialTooLittle', { target: points(d.target) }));
  }
  if (d.agreed.length > 0) parts.push(said('reason.agreeAsProposed', { items: d.agreed.slice() }));
  parts.push(said('reason.counterValue', { value: points(d.counterValue) }));
  const pace = tempo(ctx, d.profile);
  if (pace) parts.push(pace);
  return parts;
}

export function priorityAnswer(ctx: SayContext, willTell: boolean): Said {
  if (!willTell) return said('reason.priorityWithheld');
  const weights = ctx.c.weights[ctx.side];
  let top = 0;
  weights.forEach((w, i) => {
    if (w > weights[top]) top = i;
  });
  return said('reason.priorityTop', { item: top });
}

/** The answer to a side that has not moved (stance.ts decides which). */
export function stonewall(kind: 'forgive' | 'patience' | 'warning' | 'leave', turns: number, floor: number, risk: number): Said {
  if (kind === 'forgive') return said('reason.stonewallForgive', { turns });
  if (kind === 'leave') return said('reason.stonewallLeave', { turns });
  if (kind === 'warning') return said('reason.stonewallWarning', { turns, floor: points(floor) });
  return said('reason.stonewallPatience', { turns, floor: points(floor), risk: Math.round(risk * 100) });
}

export function reopenPackage(item: number): Said {
  return said('reason.reopenPackage', { item });
}

export function betterForBoth(tableValue: number, ours: number): Said {
  return said('reason.betterForBoth', { yours: points(tableValue), ours: points(ours) });
}
