/**
 * A game log: enough to replay a game exactly — the scenario's id, format and content hash, the
 * engine version, the seed and every event the machine received — plus the final result and a
 * checksum, so an altered log or one that no longer reproduces is caught.
 */
import { createActor, type Snapshot } from 'xstate';
import { hashText, type CompiledScenario } from '../scenario/compile.ts';
import type { SummitEvent } from '../machine/events.ts';
import { phaseOf, type Phase } from '../machine/selectors.ts';
import { summitMachine, type SummitContext } from '../machine/summit-machine.ts';
import type { GameOutcome } from '../rules/state.ts';
import { ENGINE_VERSION } from '../version.ts';

export const LOG_FORMAT = 1;

export interface GameLog {
  logFormat: number;
  engine: string;
  scenario: { id: string; format: number; hash: string };
  seed: string;
  events: SummitEvent[];
  final: { phase: Phase; outcome: GameOutcome | null; stateHash: string };
  /** Hash over everything above: detects edits. */
  checksum: string;
}

/** A stable hash of the game state the log should reproduce. */
export function stateHash(context: SummitContext): string {
  return hashText(JSON.stringify(context.game));
}

export function recordChecksum(log: Omit<GameLog, 'checksum'>): string {
  return hashText(JSON.stringify([log.logFormat, log.engine, log.scenario, log.seed, log.events, log.final]));
}

export function recordLog(c: CompiledScenario, context: SummitContext, value: unknown): GameLog {
  const setupEvent = context.log.find((e) => e.type === 'game.setup');
  const body: Omit<GameLog, 'checksum'> = {
    logFormat: LOG_FORMAT,
    engine: ENGINE_VERSION,
    scenario: { id: c.scenario.id, format: c.scenario.format, hash: c.hash },
    seed: setupEvent?.type === 'game.setup' ? setupEvent.setup.seed : '',
    events: context.log,
    final: { phase: phaseOf(value), outcome: context.game?.outcome ?? null, stateHash: stateHash(context) },
  };
  return { ...body, checksum: recordChecksum(body) };
}

export type ReplayResult =
  /** `snapshot`: the replayed actor's persisted snapshot, to carry on from (createActor(…, { snapshot })). */
  | { ok: true; context: SummitContext; phase: Phase; snapshot: Snapshot<unknown> }
  | { ok: false; reason: string; context?: SummitContext };

/** Re-runs a log's events through the scenario's machine and checks it lands where the log says. */
export function replayLog(c: CompiledScenario, log: GameLog): ReplayResult {
  if (!log || typeof log !== 'object' || !Array.isArray(log.events)) return { ok: false, reason: 'this is not a Summit game log' };
  if (log.logFormat !== LOG_FORMAT) return { ok: false, reason: `log format ${String(log.logFormat)} is not supported (expected ${LOG_FORMAT})` };
  if (log.scenario?.id !== c.scenario.id) return { ok: false, reason: `the log is for scenario "${String(log.scenario?.id)}", not "${c.scenario.id}"` };
  if (log.scenario.hash !== c.hash)
    return { ok: false, reason: `the log was played on a different version of "${c.scenario.id}" (content hash ${log.scenario.hash}, this file is ${c.hash})` };
  const { checksum, ...body } = log;
  if (recordChecksum(body) !== checksum) return { ok: false, reason: 'the log has been altered: its checksum does not match its contents' };
  const actor = createActor(summitMachine(c)).start();
  for (const event of log.events) actor.send(event);
  const snapshot = actor.getSnapshot();
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  const context = snapshot.context;
  const phase = phaseOf(snapshot.value);
  if (stateHash(context) !== log.final.stateHash || phase !== log.final.phase) {
    // A computer side of another engine version may have played differently: say so rather than suspect the log.
    const engine = log.engine === ENGINE_VERSION ? '' : ` (it was played on engine ${String(log.engine)}, whose computer counterpart played differently; this is engine ${ENGINE_VERSION})`;
    return { ok: false, reason: `the replay does not reproduce the logged result${engine}`, context };
  }
  return { ok: true, context, phase, snapshot: persisted };
}
