/**
 * One negotiating table of a live class: the engine's machine for one game, run on the server.
 * The seed never leaves it; each seat gets its own side's view through the engine's selector
 * (playerView strips the other side's brief, values and red lines), never the machine's context.
 */
import { createActor, type Actor } from 'xstate';
import {
  phaseOf,
  said,
  playerView,
  recordLog,
  summitMachine,
  type ClassEvent,
  type CompiledScenario,
  type GameLog,
  type MoveEvent,
  type Phase,
  type PlayerConfig,
  type PlayerView,
  type Said,
  type SummitMachine,
} from '../../engine/index.ts';
import type { GameSetup } from '../../engine/index.ts';

export type Side = 0 | 1;

export class Table {
  private readonly actor: Actor<SummitMachine>;
  /** Which human sides have finished reading their brief. */
  private readonly ready = new Set<Side>();

  constructor(
    readonly id: string,
    private readonly c: CompiledScenario,
    readonly setup: GameSetup,
  ) {
    this.actor = createActor(summitMachine(c)).start();
    this.actor.send({ type: 'game.setup', setup });
    if (this.actor.getSnapshot().context.refusal) throw new Error(`the class's settings do not start a game: ${JSON.stringify(this.actor.getSnapshot().context.refusal)}`);
  }

  get phase(): Phase {
    return phaseOf(this.actor.getSnapshot().value);
  }

  get round(): number | null {
    return this.actor.getSnapshot().context.game?.round ?? null;
  }

  get outcomeKind(): string | null {
    return this.actor.getSnapshot().context.game?.outcome?.kind ?? null;
  }

  humanSides(): Side[] {
    return ([0, 1] as const).filter((s) => this.setup.players[s].kind === 'human');
  }

  isComputer(side: Side): boolean {
    return this.actor.getSnapshot().context.game?.profiles[side] !== null;
  }

  markReady(side: Side): void {
    this.ready.add(side);
  }

  /** Every human side has read its brief (a side taken over by the computer counts as ready). */
  allReady(): boolean {
    return this.humanSides().every((s) => this.ready.has(s) || this.isComputer(s));
  }

  /** Opens the talks (the machine's briefing.done); the computer side may move at once. */
  begin(): void {
    if (this.phase === 'briefing') this.actor.send({ type: 'briefing.done' });
  }

  /** A side's move; the machine refuses moves out of turn or against the rules (the view says why). */
  move(side: Side, event: MoveEvent): { refusal: Said | null } {
    const snap = this.actor.getSnapshot();
    if (this.phase !== 'negotiating') return { refusal: said('refusal.talksNotOpen') };
    if (snap.context.game!.toMove !== side) return { refusal: said('refusal.notYourTurn') };
    this.actor.send(event);
    return { refusal: this.actor.getSnapshot().context.refusal };
  }

  classEvent(event: ClassEvent): void {
    if (this.phase === 'negotiating') this.actor.send(event);
  }

  /** A side whose student left for good: the computer plays it from here (logged, so the result replays). */
  computerTakesOver(side: Side, player: PlayerConfig & { kind: 'computer' }): void {
    if (this.phase === 'briefing' || this.phase === 'negotiating') this.actor.send({ type: 'class.computerTakesOver', side, player });
  }

  openDebrief(): void {
    if (this.phase === 'outcome') this.actor.send({ type: 'debrief.open' });
  }

  viewFor(side: Side): PlayerView | null {
    return playerView(this.c, this.actor.getSnapshot().context, side);
  }

  log(): GameLog {
    const snap = this.actor.getSnapshot();
    return recordLog(this.c, snap.context, snap.value);
  }

  stop(): void {
    this.actor.stop();
  }
}
