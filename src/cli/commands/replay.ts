import { jointStatement, MAX_LOG_BYTES, replayLog, type CompiledScenario, type GameLog } from '../../engine/index.ts';
import { en } from '../../game/ui/strings/en.ts';
import { say, sayAll } from '../../game/ui/strings/say.ts';
import { CliExit, EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, fixed, readText } from '../io.ts';

export const replayHelp = `Usage: summit replay <log.json> [--scenario FILE] [--history]

Re-runs a game log through the engine and prints its outcome. Fails (exit 1) when the log was
altered or does not reproduce. The scenario is found in public/scenarios/<id>.json unless
--scenario names it. --history prints every move and what was said, round by round.`;

export function readLog(file: string): GameLog {
  try {
    return JSON.parse(readText(file, MAX_LOG_BYTES, 'a game log')) as GameLog;
  } catch (e) {
    if (e instanceof CliExit) throw e;
    throw new CliExit(EXIT_PROBLEM, `${file}: not a game log: the file is not valid JSON`);
  }
}

export function replayCommand(c: CompiledScenario, log: GameLog, file: string, out: (line: string) => void, opts: { history?: boolean } = {}): number {
  const result = replayLog(c, log);
  if (!result.ok) {
    out(`${file}: ${result.reason}`);
    return EXIT_PROBLEM;
  }
  // The engine records facts; the history is worded here, in English, from the game's strings table.
  if (opts.history)
    for (const turn of result.context.game?.history ?? []) {
      out(`R${turn.round} ${say(turn.line, en, c)}`);
      if (turn.said) out(`   “${sayAll(turn.said, en, c)}”`);
    }
  const outcome = result.context.game?.outcome;
  if (!outcome) {
    out(`${file}: replayed; the game stopped in phase "${result.phase}" before an outcome`);
    return EXIT_OK;
  }
  out(`${file}: replayed ${log.events.length} events; outcome: ${outcome.kind} in round ${outcome.round}`);
  out(`utilities: ${c.sideIds[0]} ${fixed(outcome.utilities[0])}, ${c.sideIds[1]} ${fixed(outcome.utilities[1])}`);
  out(say(outcome.reason, en, c));
  if (outcome.deal && outcome.kind === 'agreement') for (const line of jointStatement(c, outcome.deal)) out(`  ${line}`);
  return EXIT_OK;
}

export { EXIT_USAGE };
