/**
 * What a view may see. A player's view strips everything the other side keeps private (its
 * priorities, values, walk-away, red lines, strategy and opponent model) and the generator's
 * state; scenes render these and nothing else.
 */
import { toPoints } from '../model/points.ts';
import type { SideIndex } from '../model/domain.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import { deadlineRounds, domainFor, otherSide } from '../rules/context.ts';
import type { GameState, ItemStatus, Mood, OutcomeKind } from '../rules/state.ts';
import { optionsOnTable, reactionOf, type Reaction } from '../rules/third-parties.ts';
import type { SummitContext } from './summit-machine.ts';
import type { Strategy } from '../scenario/schema.ts';
import type { Said } from '../words/codes.ts';

export type Phase = 'setup' | 'briefing' | 'negotiating' | 'outcome' | 'debrief';

/** The top-level phase of a snapshot's state value. */
export function phaseOf(value: unknown): Phase {
  const top = typeof value === 'string' ? value : Object.keys(value as object)[0];
  return top as Phase;
}

export interface OptionView {
  id: string;
  label: string;
  description: string;
  /** What this option adds to my utility, in points (weight × normalised value × 100). */
  myPoints: number;
  crossesMyRedLine: boolean;
}

export interface ItemView {
  id: string;
  title: string;
  description: string;
  status: ItemStatus;
  /** My weight for this item, 0–1. */
  myWeight: number;
  agreedOption: string | null;
  myOffer: string | null;
  theirOffer: string | null;
  options: OptionView[];
}

export interface HistoryLine {
  round: number;
  who: 'me' | 'them' | 'event';
  /** What was done: a record the views word (see ../words/codes.ts). */
  line: Said;
  /** What a computer side said with it, in order. */
  said?: Said[];
  mood?: Mood;
  /** What it changed, with the cause (trust, values, walk-aways: change.* records). */
  changes?: Said[];
}

export interface ThirdPartyView {
  id: string;
  name: string;
  wants: string;
  satisfaction: number;
  reaction: Reaction;
  reactionText: string;
  /** Why: the option on the table that moves this party most, or null. */
  because: string | null;
}

/** One piece of news: its words, and what it changed (values, walk-aways, trust) for the banner to name. */
export interface NewsView {
  id: string;
  title: string;
  text: string;
  changes: Said[];
}

export interface PlayerView {
  side: SideIndex;
  me: { id: string; name: string; leader: string; stakes: string; brief: string; walkAwayPoints: number; walkAwayText: string | null; redLines: { item: string; options: string[]; text: string }[] };
  them: {
    id: string;
    name: string;
    leader: string;
    stakes: string;
    /** A computer side: its personality's name and description (null for a bare strategy, which the views name). */
    counterpart: { strategy: Strategy; name: string | null; description: string | null } | null;
  };
  round: number;
  rounds: number;
  roundsLeft: number;
  deadlineText: string;
  myTurn: boolean;
  items: ItemView[];
  /** The proposal on the table and what it is worth to me (points), if complete. */
  table: { by: 'me' | 'them'; options: Record<string, string>; myPoints: number | null } | null;
  trade: { by: 'me' | 'them'; give: { item: string; option: string }; want: { item: string; option: string } } | null;
  /** The other side's trust in me, 0–1 (what the counterpart shows at the table). */
  theirTrust: number;
  theirMood: Mood | null;
  lastReply: HistoryLine | null;
  thirdParties: ThirdPartyView[];
  /** This round's news, all of it (a round can bring more than one), each with what it changed that this side may see. */
  news: NewsView[];
  history: HistoryLine[];
  canStatePriority: boolean;
  canAskPriority: boolean;
  refusal: Said | null;
  outcome: { kind: OutcomeKind; reason: Said; deal: Record<string, string> | null; myPoints: number } | null;
}

const points = toPoints;

function optionsById(c: CompiledScenario, options: readonly (number | null)[]): Record<string, string> {
  const out: Record<string, string> = {};
  options.forEach((o, i) => {
    if (o !== null) out[c.domain.itemIds[i]] = c.domain.optionIds[i][o];
  });
  return out;
}

function latestBy(game: GameState, side: SideIndex): (number | null)[] | null {
  for (let k = game.proposals.length - 1; k >= 0; k--) if (game.proposals[k].by === side) return game.proposals[k].options;
  return null;
}

function itemViews(c: CompiledScenario, game: GameState, side: SideIndex): ItemView[] {
  const domain = domainFor(c, game.shifts);
  const mine = latestBy(game, side);
  const theirs = latestBy(game, otherSide(side));
  return c.scenario.items.map((item, i) => {
    const st = game.items[i];
    return {
      id: item.id,
      title: item.title,
      description: item.description,
      status: st.status,
      myWeight: c.weights[side][i],
      agreedOption: st.status === 'tentative' && st.option !== null ? item.options[st.option].id : null,
      myOffer: mine && mine[i] !== null ? item.options[mine[i]!].id : null,
      theirOffer: theirs && theirs[i] !== null ? item.options[theirs[i]!].id : null,
      options: item.options.map((o, k) => ({
        id: o.id,
        label: o.label,
        description: o.description,
        myPoints: points(domain.gains[side][i][k]),
        crossesMyRedLine: c.forbidden[side][i][k],
      })),
    };
  });
}

function historyLines(game: GameState, side: SideIndex): HistoryLine[] {
  return game.history.map((h) => ({
    round: h.round,
    who: h.side === null ? 'event' : h.side === side ? 'me' : 'them',
    line: h.line,
    ...(h.said !== undefined ? { said: h.said } : {}),
    ...(h.mood !== undefined ? { mood: h.mood } : {}),
    ...(h.changes !== undefined && visibleChanges(h.changes, side).length > 0 ? { changes: visibleChanges(h.changes, side) } : {}),
  }));
}

/** Every news line of the current round, in order, with the changes `side` may see. */
function roundNews(c: CompiledScenario, game: GameState, side: SideIndex): NewsView[] {
  return game.history.flatMap((h) => {
    const line = h.line;
    if (h.side !== null || h.round !== game.round || line.code !== 'news') return [];
    const e = c.scenario.events.find((x) => x.id === line.params.event);
    return e ? [{ id: e.id, title: e.title, text: e.text, changes: visibleChanges(h.changes ?? [], side) }] : [];
  });
}

/** The other side's values and walk-away are hidden: a player sees news move only their own (trust is shown to both). */
function visibleChanges(changes: readonly Said[], side: SideIndex): Said[] {
  return changes.filter((ch) => (ch.code !== 'change.newsValue' && ch.code !== 'change.newsWalkAway') || ch.params.side === side);
}

export function thirdPartyViews(c: CompiledScenario, game: GameState): ThirdPartyView[] {
  return c.scenario.thirdParties.map((p, k) => {
    const st = game.thirdParties[k];
    const reaction = reactionOf(st.satisfaction);
    const cause = st.cause;
    return {
      id: p.id,
      name: p.name,
      wants: p.wants,
      satisfaction: st.satisfaction,
      reaction,
      reactionText: p.reactions[reaction],
      because: cause ? `${c.scenario.items[cause.item].title}: ${c.scenario.items[cause.item].options[cause.option].label}` : null,
    };
  });
}

export function playerView(c: CompiledScenario, context: SummitContext, side: SideIndex): PlayerView | null {
  const game = context.game;
  if (!game) return null;
  const other = otherSide(side);
  const domain = domainFor(c, game.shifts);
  const meSide = c.scenario.sides[side];
  const themSide = c.scenario.sides[other];
  const profile = game.profiles[other];
  const personality = profile?.personality ? c.scenario.personalities.find((p) => p.id === profile.personality) : undefined;
  const history = historyLines(game, side);
  const lastReply = [...history].reverse().find((h) => h.who === 'them') ?? null;
  const tableOptions = game.table ? optionsOnTable(game) : null;
  const tableComplete = tableOptions !== null && tableOptions.every((o) => o !== null);
  return {
    side,
    me: {
      id: meSide.id,
      name: meSide.name,
      leader: meSide.leader,
      stakes: meSide.stakes,
      brief: meSide.brief,
      walkAwayPoints: points(domain.reservation[side]),
      walkAwayText: meSide.walkAway.text ?? null,
      redLines: meSide.redLines.map((l) => ({ item: l.item, options: l.options, text: l.text })),
    },
    them: {
      id: themSide.id,
      name: themSide.name,
      leader: themSide.leader,
      stakes: themSide.stakes,
      counterpart: profile ? { strategy: profile.strategy, name: personality?.name ?? null, description: personality?.description ?? null } : null,
    },
    round: game.round,
    rounds: deadlineRounds(c, game),
    roundsLeft: deadlineRounds(c, game) - game.round + (game.half === 0 || game.toMove === side ? 1 : 0),
    deadlineText: c.scenario.deadline.text,
    myTurn: game.outcome === null && game.toMove === side,
    items: itemViews(c, game, side),
    table: game.table
      ? {
          by: game.table.by === side ? 'me' : 'them',
          options: optionsById(c, game.table.options),
          myPoints: tableComplete ? points(tableOptions!.reduce<number>((u, o, i) => u + domain.gains[side][i][o!], 0)) : null,
        }
      : null,
    trade: game.trade
      ? {
          by: game.trade.by === side ? 'me' : 'them',
          give: { item: c.domain.itemIds[game.trade.give.item], option: c.domain.optionIds[game.trade.give.item][game.trade.give.option] },
          want: { item: c.domain.itemIds[game.trade.want.item], option: c.domain.optionIds[game.trade.want.item][game.trade.want.option] },
        }
      : null,
    theirTrust: game.trust[other],
    // An answer to "what matters most to you?" carries no mood: the last one stated still holds.
    theirMood: [...history].reverse().find((h) => h.who === 'them' && h.mood !== undefined)?.mood ?? null,
    lastReply,
    thirdParties: thirdPartyViews(c, game),
    news: roundNews(c, game, side),
    history,
    canStatePriority: game.outcome === null && game.toMove === side && !game.talk[side].stated,
    canAskPriority: game.outcome === null && game.toMove === side && !game.talk[side].asked,
    refusal: context.refusal,
    outcome: game.outcome
      ? {
          kind: game.outcome.kind,
          reason: game.outcome.reason,
          deal: game.outcome.deal ? optionsById(c, game.outcome.deal) : null,
          myPoints: points(game.outcome.utilities[side]),
        }
      : null,
  };
}

/** The joint statement's sentences for an agreed deal, from each option's statement text. */
export function jointStatement(c: CompiledScenario, deal: readonly number[]): string[] {
  return deal.map((o, i) => {
    const option = c.scenario.items[i].options[o];
    return option.statement ?? `${c.scenario.items[i].title}: ${option.label}.`;
  });
}

/**
 * The read-only automation state (exposed in the browser behind a URL flag, and used by tests):
 * everything, since it is for tooling, not for players.
 */
export function automationState(c: CompiledScenario, context: SummitContext, phase: Phase) {
  const game = context.game;
  return {
    phase,
    scenario: { id: c.scenario.id, hash: c.hash },
    round: game?.round ?? null,
    toMove: game ? c.sideIds[game.toMove] : null,
    items: game ? game.items.map((it, i) => ({ id: c.domain.itemIds[i], status: it.status, option: it.option === null ? null : c.domain.optionIds[i][it.option] })) : [],
    offers: game ? game.proposals.map((p) => ({ by: c.sideIds[p.by], round: p.round, options: optionsById(c, p.options) })) : [],
    trust: game ? { [c.sideIds[0]]: game.trust[0], [c.sideIds[1]]: game.trust[1] } : null,
    outcome: game?.outcome
      ? {
          kind: game.outcome.kind,
          deal: game.outcome.deal ? optionsById(c, game.outcome.deal) : null,
          utilities: { [c.sideIds[0]]: game.outcome.utilities[0], [c.sideIds[1]]: game.outcome.utilities[1] },
        }
      : null,
    refusal: context.refusal,
  };
}
