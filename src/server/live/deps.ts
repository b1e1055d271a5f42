/**
 * What the class room needs from the process that hosts it: the results store and the shipped
 * scenarios. Set once at start-up (src/server/class-server.ts); the room reads them when created.
 */
import type { CompiledScenario } from '../../engine/index.ts';
import type { ResultsStore } from '../store/store.ts';

export interface RoomDeps {
  store: ResultsStore;
  scenario(id: string): Promise<CompiledScenario | null>;
  /** Seconds a dropped student's seat is kept for them. */
  graceSeconds: number;
}

let deps: RoomDeps | null = null;

export function setRoomDeps(d: RoomDeps): void {
  deps = d;
}

export function roomDeps(): RoomDeps {
  if (!deps) throw new Error('the class server is not configured');
  return deps;
}

/** Where a live class's PIN points: presence hash field PIN → room id. */
export const PIN_KEY = 'summit:pins';
