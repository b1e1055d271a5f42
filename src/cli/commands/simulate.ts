import fs from 'node:fs';
import path from 'node:path';
import { analyzeScenario } from '../../engine/analysis/scenario-analysis.ts';
import type { CompiledScenario } from '../../engine/index.ts';
import { simulate, type SimulationReport } from '../../engine/simulate.ts';
import { CliExit, EXIT_OK, EXIT_USAGE, fixed } from '../io.ts';
import { buildReport } from '../report/report.ts';

export const simulateHelp = `Usage: summit simulate <scenario.json> --games N --seed S [--us STRATEGY] [--russia STRATEGY] [--json]
                        [--report FILE.html]

Plays N computer-against-computer games through the game's own machine and reports the
agreement rate, mean utilities per side, mean rounds, mean distance to the frontier and to
Nash, and how often each option of each item was agreed. The same arguments always print
the same bytes. STRATEGY: hardliner, boulware, linear, conceder, tit-for-tat, logroller,
a difficulty (easy, normal, hard) or a personality id from the scenario. The side flags are
named after the scenario's side ids (--us, --russia for the default scenario).

--report FILE.html also writes a self-contained balance report (charts, no scripts, nothing
fetched): the outcome space with the frontier, the Nash point, the walk-aways and the real
outcome; where the deals of the requested pair and of every balance pair land (each pair plays
N games with seed S); agreements by round; how often each option is agreed; and the warnings
of check and analyze. Same arguments, same bytes. Exit 2 if the file cannot be written.`;

export function printReport(r: SimulationReport, c: CompiledScenario, out: (line: string) => void): void {
  out(`${c.scenario.title}: ${r.games} games, seed "${r.seed}", ${c.sideIds[0]} ${r.players[0]} vs ${c.sideIds[1]} ${r.players[1]}`);
  out(
    `agreement rate: ${(r.agreementRate * 100).toFixed(1)}%  (${Object.entries(r.outcomes)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')})`,
  );
  out(
    `mean utility: ${Object.entries(r.meanUtilities)
      .map(([k, v]) => `${k} ${fixed(v)}`)
      .join(', ')}`,
  );
  out(`mean rounds: ${r.meanRounds.toFixed(2)}`);
  out(`mean distance to frontier: ${r.meanDistanceToFrontier === null ? 'n/a' : fixed(r.meanDistanceToFrontier)}; to Nash: ${r.meanDistanceToNash === null ? 'n/a' : fixed(r.meanDistanceToNash)}`);
  out(`agreements by round: ${r.agreementsByRound.map((n, i) => `${i + 1}:${n}`).join(' ')}`);
  out('options agreed (share of agreements):');
  c.scenario.items.forEach((item) => {
    out(`  ${item.title}`);
    for (const o of item.options) out(`    ${(r.optionRates[item.id][o.id] * 100).toFixed(1).padStart(5)}%  ${o.label}`);
  });
}

export interface SimulateOptions {
  games: number;
  seed: string;
  players: [string | undefined, string | undefined];
  json: boolean;
  /** Where to write the HTML balance report, if anywhere. */
  report?: string;
  /** The scenario file as given, quoted in the report's "reproduce with" line. */
  file?: string;
}

export function simulateCommand(c: CompiledScenario, opts: SimulateOptions, out: (line: string) => void): number {
  // Refuse an unwritable report path before playing any game, not after a long run.
  if (opts.report !== undefined) checkWritable(opts.report);
  const report = simulate(c, analyzeScenario(c), { games: opts.games, seed: opts.seed, players: opts.players });
  // With --json, stdout stays one JSON document: the report's path goes into it as a field.
  if (opts.json) out(JSON.stringify(opts.report === undefined ? report : { ...report, reportFile: opts.report }, null, 2));
  else printReport(report, c, out);
  if (opts.report !== undefined) {
    writeReport(opts.report, buildReport(c, { games: opts.games, seed: opts.seed, players: opts.players, file: opts.file ?? `${c.scenario.id}.json` }));
    if (!opts.json) out(`report written to ${opts.report}`);
  }
  return EXIT_OK;
}

function checkWritable(file: string): void {
  if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw new CliExit(EXIT_USAGE, `${file}: cannot write the report: it is a directory`);
  const dir = path.dirname(path.resolve(file));
  try {
    if (!fs.statSync(dir).isDirectory()) throw new Error('not a directory');
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new CliExit(EXIT_USAGE, `${file}: cannot write the report: ${why}`);
  }
}

function writeReport(file: string, html: string): void {
  try {
    fs.writeFileSync(file, html);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (e as Error).message;
    throw new CliExit(EXIT_USAGE, `${file}: cannot write the report: ${why}`);
  }
}
