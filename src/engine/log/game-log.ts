/**
 * A game log: enough to replay a game exactly — the scenario's id, format and play hash (with a
 * digest per section, to say what changed), the engine version, the seed and every event the
 * machine received — plus the final result and a checksum, so an altered log or one that no
 * longer reproduces is caught.
 * Format 2 (this one): the scenario hash covers play data only, news draws its own dice and the
 * state holds no words. Format 1 logs cannot be replayed by this engine: they are refused, saying so.
 */
import { createActor, type Snapshot } from 'xstate';
import { hashText, type CompiledScenario } from '../scenario/compile.ts';
import { packDigests } from '../scenario/play-identity.ts';
import { describeChange } from './change-words.ts';
import { isEventShaped, type SummitEvent } from '../machine/events.ts';
import { phaseOf, type Phase } from '../machine/selectors.ts';
import { MAX_LOG_EVENTS, replayMachine, type SummitContext } from '../machine/summit-machine.ts';
import type { GameOutcome } from '../rules/state.ts';
import { ENGINE_VERSION } from '../version.ts';

export const LOG_FORMAT = 2;

export interface GameLog {
  logFormat: number;
  engine: string;
  /** `sections`: four hex digits per section of the play data (scenario/play-identity.ts). */
  scenario: { id: string; format: number; hash: string; sections: string };
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

/** What a log says about the scenario it was played on. */
export function scenarioStamp(c: CompiledScenario): GameLog['scenario'] {
  return { id: c.scenario.id, format: c.scenario.format, hash: c.hash, sections: packDigests(c.sections) };
}

export function recordLog(c: CompiledScenario, context: SummitContext, value: unknown): GameLog {
  const setupEvent = context.log.find((e) => e.type === 'game.setup');
  const body: Omit<GameLog, 'checksum'> = {
    logFormat: LOG_FORMAT,
    engine: ENGINE_VERSION,
    scenario: scenarioStamp(c),
    seed: setupEvent?.type === 'game.setup' ? setupEvent.setup.seed : '',
    events: context.log,
    final: { phase: phaseOf(value), outcome: context.game?.outcome ?? null, stateHash: stateHash(context) },
  };
  return { ...body, checksum: recordChecksum(body) };
}

export type ReplayResult =
  /**
   * `snapshot`: the replayed actor's persisted snapshot, to carry on from (createActor(…, { snapshot })).
   * `played`: the events the game acted on, in order — without those it ignored (a move after the
   * end) or refused: the canonical game, which the class debrief identifies results by.
   */
  { ok: true; context: SummitContext; phase: Phase; snapshot: Snapshot<unknown>; played: SummitEvent[] } | { ok: false; reason: string; context?: SummitContext };

/** Re-runs a log's events through the scenario's machine and checks it lands where the log says. */
export function replayLog(c: CompiledScenario, log: GameLog): ReplayResult {
  const steps = replaySteps(c, log);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * replayLog for a page that must stay responsive: the same replay, handing control back through
 * `pause` (a macrotask) after every `every` events, so a long log is many short tasks, not one.
 */
export async function replayLogInSlices(c: CompiledScenario, log: GameLog, pause: () => Promise<void>, every = 25): Promise<ReplayResult> {
  const steps = replaySteps(c, log);
  for (let k = 1; ; k++) {
    const step = steps.next();
    if (step.done) return step.value;
    if (k % every === 0) await pause();
  }
}

/** The replay, one event per step (a generator, so a caller may pause between steps). */
function* replaySteps(c: CompiledScenario, log: GameLog): Generator<void, ReplayResult> {
  if (!log || typeof log !== 'object' || !Array.isArray(log.events)) return { ok: false, reason: 'this is not a Summit game log' };
  if (log.events.length > MAX_LOG_EVENTS) return { ok: false, reason: `the log holds ${log.events.length} events, more than a game can make (${MAX_LOG_EVENTS}): it was not made by Summit` };
  const odd = log.events.findIndex((e) => !isEventShaped(e));
  if (odd >= 0) return { ok: false, reason: `the log is damaged: event ${odd + 1} is not a move of the game` };
  if (typeof log.logFormat !== 'number') return { ok: false, reason: 'this is not a Summit game log: it has no log format' };
  if (log.logFormat === 1)
    return { ok: false, reason: 'this game was saved by an earlier version of Summit (log format 1), whose games this version cannot check: news and the record of a game have changed since' };
  if (log.logFormat !== LOG_FORMAT) return { ok: false, reason: `log format ${log.logFormat} is not supported (expected ${LOG_FORMAT})` };
  if (typeof log.final !== 'object' || log.final === null) return { ok: false, reason: 'this is not a Summit game log: it does not say how the game ended' };
  const { id, hash } = (log.scenario ?? {}) as Partial<GameLog['scenario']>;
  if (typeof id !== 'string' || typeof hash !== 'string') return { ok: false, reason: 'the log does not say which scenario it was played on' };
  if (id !== c.scenario.id) return { ok: false, reason: `the log is for scenario "${id}", not "${c.scenario.id}"` };
  if (hash !== c.hash)
    return { ok: false, reason: `the game was played on another version of "${c.scenario.id}", whose rules or numbers differ: ${describeChange(c.sections, log.scenario.sections)}` };
  const { checksum, ...body } = log;
  if (recordChecksum(body) !== checksum) return { ok: false, reason: 'the log has been altered: its checksum does not match its contents' };
  const actor = createActor(replayMachine(c));
  // An error inside the machine is answered here, not thrown later from a timer (uncaught).
  let broke = false;
  actor.subscribe({ error: () => (broke = true) });
  actor.start();
  // The events that counted (recorded and not refused) since the last restart: the canonical game.
  const played: SummitEvent[] = [];
  for (const event of log.events) {
    const before = actor.getSnapshot().context.log.length;
    actor.send(event);
    if (broke) break;
    const after = actor.getSnapshot().context;
    if (after.log.length > before && after.refusal === null) played.push(event);
    else if (event.type === 'game.restart' && after.log.length === 0) played.length = 0;
    yield;
  }
  yield; // the checks below hash and copy the whole state: a task of their own
  const snapshot = actor.getSnapshot();
  if (broke || snapshot.status === 'error') return { ok: false, reason: 'the log is damaged: one of its moves cannot be replayed' };
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  const context = snapshot.context;
  const phase = phaseOf(snapshot.value);
  if (stateHash(context) !== log.final.stateHash || phase !== log.final.phase) {
    // A computer side of another engine version may have played differently: say so rather than suspect the log.
    const engine = log.engine === ENGINE_VERSION ? '' : ` (it was played on engine ${String(log.engine)}, whose computer counterpart played differently; this is engine ${ENGINE_VERSION})`;
    return { ok: false, reason: `the replay does not reproduce the logged result${engine}`, context };
  }
  return { ok: true, context, phase, snapshot: persisted, played };
}
