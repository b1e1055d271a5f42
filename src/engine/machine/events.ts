/**
 * The machine's events. Moves name items and options by their scenario ids (readable in logs and
 * from the browser); ./translate.ts turns them into the rules' index-based moves.
 */
import type { GameSetup, PlayerConfig } from '../rules/state.ts';

export interface ItemChoice {
  item: string;
  option: string;
}

export type MoveEvent =
  /** Propose a package: an option for some or all items, by id. */
  | { type: 'offer.propose'; options: Record<string, string> }
  | { type: 'offer.accept' }
  | { type: 'item.agree'; item: string }
  | { type: 'item.reopen'; item: string }
  /** "I move on `give` if you move on `want`." */
  | { type: 'trade.propose'; give: ItemChoice; want: ItemChoice }
  | { type: 'trade.accept' }
  | { type: 'priority.state'; item: string }
  | { type: 'priority.ask' }
  | { type: 'turn.pass' }
  | { type: 'talks.walkAway' };

/**
 * A live class's teacher acting on every table at once (src/server): the deadline arrives now, or
 * one of the scenario's news events lands. Logged like moves, so a live result replays exactly.
 * Result codes do not carry them (a live result travels as a log).
 */
export type ClassEvent =
  | { type: 'class.endTalks' }
  | { type: 'class.news'; event: string }
  /** A student left for good: the computer plays their side from here. */
  | { type: 'class.computerTakesOver'; side: 0 | 1; player: PlayerConfig & { kind: 'computer' } };

export type SummitEvent = { type: 'game.setup'; setup: GameSetup } | { type: 'briefing.done' } | MoveEvent | ClassEvent | { type: 'debrief.open' } | { type: 'game.restart' };

/** Append only, in this order for good: result codes number moves by their place in it (log/result-code.ts; tests/engine/registries.test.ts). */
export const MOVE_EVENT_TYPES = [
  'offer.propose',
  'offer.accept',
  'item.agree',
  'item.reopen',
  'trade.propose',
  'trade.accept',
  'priority.state',
  'priority.ask',
  'turn.pass',
  'talks.walkAway',
] as const satisfies readonly MoveEvent['type'][];

/** What a live class's teacher (or the class server) does to a table: logged, so its result replays. */
export const CLASS_EVENT_TYPES = ['class.endTalks', 'class.news', 'class.computerTakesOver'] as const;

const ALL_EVENT_TYPES: ReadonlySet<string> = new Set(['game.setup', 'briefing.done', ...MOVE_EVENT_TYPES, ...CLASS_EVENT_TYPES, 'debrief.open', 'game.restart']);

/**
 * Whether untrusted data (a log, a save) has the form of an event: an object whose type is one of
 * the machine's. What the event then asks for is the rules' to judge (a bad move is refused in
 * the game); a `null` or a typeless object would break the machine itself.
 */
export function isEventShaped(x: unknown): x is SummitEvent {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && ALL_EVENT_TYPES.has((x as { type?: unknown }).type as string);
}
