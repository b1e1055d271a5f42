/**
 * Scenario events: news that lands during the talks. Each is checked at fixed moments, in file
 * order, and rolls the dice only when its trigger holds, so the same moves always bring the same news.
 *
 * News has its own dice, apart from the counterpart's: a stream derived from the game's seed and
 * the round, started afresh at each round's start (state.eventRng). Round-triggered news is rolled
 * first thing in a round, before any move, so every game with the same seed sees the same
 * round-triggered news in the same rounds, whatever its players do. (News that answers a move —
 * a proposal, a reopened item, an angry third party — still depends on that move, as it should.)
 */
import { restoreRng, seededRng, type Rng } from '../rng.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import type { ScenarioEvent } from '../scenario/schema.ts';
import type { GameState } from './state.ts';
import { own } from '../scenario/own.ts';
import { said } from '../words/codes.ts';
import { optionsOnTable, thirdPartyStates } from './third-parties.ts';
import { newsChanges } from './changes.ts';
import { domainFor } from './context.ts';

export type Moment = { kind: 'roundStart' } | { kind: 'afterMove' } | { kind: 'proposed'; options: readonly (number | null)[] } | { kind: 'reopened'; item: number };

function triggerHolds(c: CompiledScenario, state: GameState, event: ScenarioEvent, moment: Moment): boolean {
  const t = event.trigger;
  switch (t.kind) {
    case 'round':
      return moment.kind === 'roundStart' && state.round >= t.from && (t.to === undefined || state.round <= t.to);
    case 'thirdParty': {
      if (moment.kind !== 'afterMove') return false;
      const s = state.thirdParties[c.partyIds.indexOf(t.party)]?.satisfaction;
      if (s === undefined) return false;
      return (t.below === undefined || s < t.below) && (t.above === undefined || s > t.above);
    }
    case 'reopened':
      return moment.kind === 'reopened' && (t.item === undefined || c.itemIndex[t.item] === moment.item);
    case 'proposed':
      return moment.kind === 'proposed' && moment.options[c.itemIndex[t.item]] === c.optionIndex[c.itemIndex[t.item]][t.option];
  }
}

/**
 * News sours the mood but cannot, on its own, drive trust to where a counterpart walks out:
 * losses from events stop at this floor. Walking out answers what the other side did.
 */
export const EVENT_TRUST_FLOOR = 0.25;

function eventTrust(trust: number, delta: number): number {
  if (delta >= 0) return Math.min(1, trust + delta);
  return trust <= EVENT_TRUST_FLOOR ? trust : Math.max(EVENT_TRUST_FLOOR, trust + delta);
}

function eligible(state: GameState, event: ScenarioEvent): boolean {
  return event.once ? !state.fired.some((f) => f.id === event.id) : !state.fired.some((f) => f.id === event.id && f.round === state.round);
}

/** Applies an event's effects to a state the caller already owns (mutates it). */
export function fire(c: CompiledScenario, state: GameState, event: ScenarioEvent): void {
  const fx = event.effects;
  const trustBefore = state.trust;
  const shiftsBefore = state.shifts;
  if (fx.trust !== undefined) state.trust = state.trust.map((t) => eventTrust(t, fx.trust!)) as [number, number];
  if (fx.values) {
    state.shifts = [
      ...state.shifts,
      ...fx.values.map((v) => {
        const item = c.itemIndex[v.item];
        return { side: (c.sideIds.indexOf(v.side) === 1 ? 1 : 0) as 0 | 1, item, option: c.optionIndex[item][v.option], delta: v.delta };
      }),
    ];
  }
  if (fx.thirdParties) {
    const modifiers = state.thirdParties.map((p, i) => p.modifier + (own(fx.thirdParties, c.partyIds[i]) ?? 0));
    state.thirdParties = thirdPartyStates(c, optionsOnTable(state), modifiers);
  }
  state.fired = [...state.fired, { id: event.id, round: state.round }];
  state.lastEvent = event.id;
  const added = state.shifts.slice(shiftsBefore.length);
  const changes = newsChanges(event.id, trustBefore, state.trust, domainFor(c, shiftsBefore), domainFor(c, state.shifts), added);
  state.history = [...state.history, { round: state.round, side: null, line: said('news', { event: event.id }), ...(changes.length > 0 ? { changes } : {}) }];
}

/** The news dice for a round: the same for every game with this seed, whatever was played before. */
export function eventStreamFor(seed: string, round: number): Rng {
  return seededRng(`${seed}\u0000news\u0000${round}`);
}

/**
 * Checks every event at this moment; returns how many fired. A round's start begins that round's
 * news stream; later moments in the round carry on with it. The state's stream is only touched
 * when some event's trigger holds (most moments roll nothing).
 */
export function runEvents(c: CompiledScenario, state: GameState, moment: Moment): number {
  let count = 0;
  let rng: Rng | null = null;
  if (moment.kind === 'roundStart') {
    rng = eventStreamFor(state.setup.seed, state.round);
    state.eventRng = rng.state();
  }
  for (const event of c.scenario.events) {
    if (!eligible(state, event) || !triggerHolds(c, state, event, moment)) continue;
    rng ??= restoreRng(state.eventRng);
    if (rng.next() < event.probability) {
      fire(c, state, event);
      count++;
    }
  }
  if (rng) state.eventRng = rng.state();
  return count;
}
