/** Drives the app machine in Node as a student would, and reads what they would see. */
import { createActor } from 'xstate';
import { phaseOf, type ClassSession, type MoveEvent } from '../../../src/engine/index.ts';
import { appMachine, type FlowEvent } from '../../../src/game/flow/app-machine.ts';
import { screenOf, type Screen } from '../../../src/game/flow/screens.ts';
import { compiled } from '../../support/summit-dsl.ts';

export const CLASS: ClassSession = {
  scenario: 'minimal',
  sides: 'choose',
  mode: 'computer',
  opponent: { kind: 'difficulty', difficulty: 'normal' },
  seed: { kind: 'student' },
  rounds: null,
  secondsPerRound: null,
  revealReal: true,
};

export function flow(opts: { fixedSeed?: string; lock?: Partial<ClassSession>; scenario?: string } = {}) {
  let dice = 0;
  const actor = createActor(appMachine, { input: { fixedSeed: opts.fixedSeed ?? null, makeSeed: () => `fresh-${++dice}`, computer: () => ({ kind: 'computer', difficulty: 'normal' }) } }).start();
  if (opts.lock) actor.send({ type: 'class.join', code: 'C-TEST', settings: { ...CLASS, ...opts.lock } });
  actor.send({ type: 'scenario.opened', scenario: compiled(opts.scenario ?? 'minimal'), file: `${opts.scenario ?? 'minimal'}.json` });
  const api = {
    actor,
    send(...events: FlowEvent[]) {
      for (const e of events) actor.send(e);
      return api;
    },
    move(move: MoveEvent) {
      actor.send({ type: 'move', move });
      return api;
    },
    get context() {
      return actor.getSnapshot().context;
    },
    screen(): Screen | null {
      return screenOf(actor.getSnapshot());
    },
    /** The screen as a short label: "Briefing:0", "Handover:1>Table", "Title". */
    where(): string {
      const s = api.screen();
      if (!s) return 'none';
      const d = s.data as { side?: number; next?: string };
      return `${s.scene}${d.side !== undefined ? `:${d.side}` : ''}${d.next ? `>${d.next}` : ''}`;
    },
    game() {
      return api.context.game?.getSnapshot() ?? null;
    },
    phase() {
      const g = api.game();
      return g ? phaseOf(g.value) : null;
    },
    toMove() {
      return api.game()?.context.game?.toMove ?? null;
    },
  };
  return api;
}

export type Flow = ReturnType<typeof flow>;

/**
 * Plays on from the table until the game ends, as the people at the device: pass the device when
 * asked, accept a package the other side put on the table, else propose one. Returns every screen seen.
 */
export function playToEnd(f: Flow, maxMoves = 60): string[] {
  const seen: string[] = [];
  for (let n = 0; n < maxMoves && f.phase() === 'negotiating'; n++) {
    seen.push(f.where());
    if (f.where().startsWith('Handover')) {
      f.send({ type: 'handover.continue' });
      continue;
    }
    const g = f.game()!.context.game!;
    if (g.table && g.table.by !== g.toMove) f.move({ type: 'offer.accept' });
    else f.move({ type: 'offer.propose', options: { border: 'patrolled', trade: 'quota' } });
  }
  seen.push(f.where());
  return seen;
}
