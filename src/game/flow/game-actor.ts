/**
 * The game machine as the app machine runs it: a child actor that starts either at set-up with a
 * first `game.setup` already applied, or from a persisted snapshot (a resumed save, whose check
 * already replayed every move). XState's `spawn` takes no snapshot, so the logic handed to it
 * makes its initial snapshot the one wanted; everything else is the game machine itself.
 */
import type { AnyActorScope, Snapshot } from 'xstate';
import { summitMachine, type CompiledScenario, type GameSetup, type SummitMachine } from '../../engine/index.ts';

export type GameStart = { setup: GameSetup } | { snapshot: Snapshot<unknown> };

export function gameLogic(c: CompiledScenario, start: GameStart): SummitMachine {
  const machine = summitMachine(c);
  const initial = (scope: AnyActorScope) => {
    if ('snapshot' in start) return machine.restoreSnapshot(start.snapshot, scope as never);
    const fresh = machine.getInitialSnapshot(scope as never);
    return machine.transition(fresh, { type: 'game.setup', setup: start.setup }, scope as never);
  };
  return Object.create(machine, { getInitialSnapshot: { value: initial } }) as SummitMachine;
}
