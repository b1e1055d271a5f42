/**
 * What the counterpart says. Every sentence is assembled from the scenario's own text and from
 * numbers the counterpart computed for its decision, so it never claims what it did not weigh.
 * Values are shown as points out of 100 (utility × 100), the scale the briefing uses.
 */
import type { Domain, SideIndex } from '../model/domain.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import type { CounterpartProfile, GameState, Trade } from '../rules/state.ts';
import { deadlineRounds } from '../rules/context.ts';
import type { Note } from './stance.ts';

export interface SayContext {
  c: CompiledScenario;
  domain: Domain;
  state: GameState;
  side: SideIndex;
}

export function points(u: number): number {
  return Math.round(u * 100);
}

function itemTitle(c: CompiledScenario, i: number): string {
  return c.scenario.items[i].title;
}

export function optionLabel(c: CompiledScenario, i: number, o: number): string {
  return c.scenario.items[i].options[o].label;
}

function roundsLeft(ctx: SayContext): number {
  return deadlineRounds(ctx.c, ctx.state) - ctx.state.round;
}

export function walkOut(ctx: SayContext): string {
  return `We are leaving the table. Our trust in you has fallen to ${points(ctx.state.trust[ctx.side])} out of 100; we cannot rely on what is agreed here.`;
}

export function accepted(ctx: SayContext, value: number): string {
  return `We accept. This package is worth ${points(value)} points to us, above what we need now, and better than walking away (${points(ctx.domain.reservation[ctx.side])}).`;
}

export function partialAccepted(ctx: SayContext, implied: readonly (number | null)[]): string {
  const covered = implied.flatMap((o, i) => (o !== null && ctx.state.items[i].status !== 'tentative' ? [itemTitle(ctx.c, i)] : []));
  return `We can agree on ${covered.join(' and ')} for now, as long as the rest of the package comes right. Nothing is final until everything is agreed.`;
}

export function tradeAccepted(ctx: SayContext, trade: Trade, value: number): string {
  return `Agreed: ${itemTitle(ctx.c, trade.give.item)} at "${optionLabel(ctx.c, trade.give.item, trade.give.option)}" for ${itemTitle(ctx.c, trade.want.item)} at "${optionLabel(ctx.c, trade.want.item, trade.want.option)}". With the rest settled well, that still leaves us ${points(value)} points.`;
}

export function nothingToOffer(ctx: SayContext): string {
  return `We have nothing new to offer this round; ${roundsLeft(ctx)} rounds remain.`;
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

function redLineText(ctx: SayContext, item: number): string {
  const id = ctx.c.scenario.items[item].id;
  return ctx.c.scenario.sides[ctx.side].redLines.find((l) => l.item === id)?.text ?? '';
}

function tempo(ctx: SayContext, profile: CounterpartProfile): string {
  const left = roundsLeft(ctx);
  if (profile.strategy === 'tit-for-tat') return 'We will move as far as you move.';
  if (profile.e < 0.5 && left > 2) return `We can wait: ${left} rounds remain before the deadline.`;
  if (left <= 1) return 'Time is almost up.';
  return '';
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
): string {
  const parts: string[] = [];
  if (d.declinedTrade) parts.push(`That trade does not work for us: with it we could not reach the ${points(d.target)} points we need at this stage.`);
  if (d.redLineItem >= 0) {
    const o = ctx.state.table!.options[d.redLineItem] ?? ctx.state.items[d.redLineItem].option ?? 0;
    parts.push(`"${optionLabel(ctx.c, d.redLineItem, o)}" on ${itemTitle(ctx.c, d.redLineItem)} crosses our red line. ${redLineText(ctx, d.redLineItem)}`.trim());
  } else if (d.tableValue !== null) {
    parts.push(`Your package is worth ${points(d.tableValue)} points to us; at this stage we need about ${points(d.target)}.`);
    const sticking = stickingPoint(ctx, d.counter);
    if (sticking >= 0) parts.push(`The sticking point is ${itemTitle(ctx.c, sticking)}.`);
  } else if (ctx.state.table && ctx.state.table.by !== ctx.side) {
    parts.push(`Your partial offer leaves too little for us once the rest is filled in: we need about ${points(d.target)} points.`);
  }
  if (d.agreed.length > 0) parts.push(`We can agree on ${d.agreed.map((i) => itemTitle(ctx.c, i)).join(' and ')} as you propose.`);
  parts.push(`We propose a package worth ${points(d.counterValue)} points to us.`);
  const pace = tempo(ctx, d.profile);
  if (pace) parts.push(pace);
  return parts.join(' ');
}

export function priorityAnswer(ctx: SayContext, willTell: boolean): string {
  if (!willTell) return 'We would rather not show our hand yet: trust between us is still too low.';
  const weights = ctx.c.weights[ctx.side];
  let top = 0;
  weights.forEach((w, i) => {
    if (w > weights[top]) top = i;
  });
  return `Frankly, ${itemTitle(ctx.c, top)} matters most to us.`;
}

/**
 * English for the notes a reply carries ({code, params} records, kept on the history turn).
 * Interim: the views' strings tables take these over with the rest of the counterpart's words.
 */
const NOTE_TEXT: Record<string, (p: Note['params'], ctx: SayContext) => string> = {
  'stance.forgive': (p) => `You have not moved towards us in ${p.turns} rounds. We will keep giving ground, but a deal needs both of us.`,
  'stance.patience': (p) =>
    `You have not moved towards us in ${p.turns} rounds. Without a move from you we will not go below ${p.floor} points, a fair share of the gains, and our patience is running out (a ${p.risk} in 100 chance we leave next time).`,
  'stance.lastWarning': (p) =>
    `You have not moved towards us in ${p.turns} rounds. We will not go below ${p.floor} points, a fair share of the gains. If you do not move by your next turn, we leave the table.`,
  'stance.leave': (p) => `You have not moved towards us in ${p.turns} rounds, as we warned. We are leaving the table.`,
  'reopen.package': (p, ctx) =>
    `We agreed to ${itemTitle(ctx.c, ctx.c.domain.itemIds.indexOf(String(p.item)))} only as part of a whole package; with the rest as it stands, we must reopen it.`,
  'walkout.trust': () => '',
  'offer.betterForBoth': (p) => `Your package is worth ${p.yours} points to us and we could accept it, but this one should suit you at least as well and gives us ${p.ours}.`,
};

export function withNotes(text: string, notes: readonly Note[], ctx?: SayContext): string {
  const extra = ctx ? notes.map((n) => NOTE_TEXT[n.code]?.(n.params, ctx) ?? '').filter(Boolean) : [];
  return [text, ...extra].filter(Boolean).join(' ');
}
