/**
 * `npm run summit -- <command>`: the designers' command line.
 * Exit codes: 0 ok, 1 invalid input or a problem found, 2 usage error or unreadable file.
 * Never prints a stack trace for bad input.
 */
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { analyzeCommand, analyzeHelp } from './commands/analyze.ts';
import { check, checkHelp, watchCheck } from './commands/check.ts';
import { generateCommand, generateHelp } from './commands/generate.ts';
import { exportGeniusCommand, exportGeniusHelp, importGeniusCommand, importGeniusHelp } from './commands/genius.ts';
import { readLog, replayCommand, replayHelp } from './commands/replay.ts';
import { simulateCommand, simulateHelp } from './commands/simulate.ts';
import { schemaText } from './write-schema.ts';
import { writeText } from './write.ts';
import { CliExit, EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, loadOrExit, loadWithWarnings, printable } from './io.ts';

const mainHelp = `Usage: npm run summit -- <command> [options]

Commands:
  check <files...> [--watch] check scenario files; every problem as file: json-path: message;
                            --watch checks again on every save
  analyze <file> [--json]   outcome space, Pareto frontier, Nash, Kalai–Smorodinsky, welfare
  simulate <file> --games N --seed S [--us STRATEGY] [--russia STRATEGY] [--json] [--report FILE.html]
                            computer-against-computer games, deterministic; --report writes
                            an HTML balance report with charts
  replay <log-file>         re-run a game log and check it reproduces
  schema [--out FILE]       the scenario format's JSON Schema, for editors (print, or write FILE)
  import-genius DOMAIN.xml PROFILE_A.xml PROFILE_B.xml [--out FILE]
                            a GENIUS domain as a playable scenario (placeholder texts marked TODO:)
  export-genius SCENARIO.json DOMAIN.xml PROFILE_A.xml PROFILE_B.xml
                            a scenario's numbers as a GENIUS domain and profiles
  generate --items N --options K --seed S [--id ID] [--title TEXT] [--out FILE]
                            a generated scenario of any size (stress tests)

Run "npm run summit -- <command> --help" for a command's options.`;

type Out = (line: string) => void;

const schemaHelp = `Usage: summit schema [--out FILE]

Prints the JSON Schema of the scenario format (the same as <site>/scenario.schema.json on
any built Summit site), or writes it to FILE: a copy beside your scenario lets an editor
complete and check it offline, with "$schema": "./scenario.schema.json".`;

type Flags = NonNullable<ParseArgsConfig['options']>;

function parse(args: string[], options: Flags, help: string): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (e) {
    throw new CliExit(EXIT_USAGE, `${(e as Error).message}\n\n${help}`);
  }
}

function run(argv: string[], out: Out): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out(mainHelp);
    return command ? EXIT_OK : EXIT_USAGE;
  }
  switch (command) {
    case 'check': {
      const a = parse(rest, { all: { type: 'boolean' }, watch: { type: 'boolean' } }, checkHelp);
      if (a.values.help) return (out(checkHelp), EXIT_OK);
      if (a.positionals.length === 0) throw new CliExit(EXIT_USAGE, `check needs at least one file\n\n${checkHelp}`);
      // The watch keeps the process running after main returns; Ctrl-C ends it.
      if (a.values.watch) return (watchCheck(a.positionals, out, { all: Boolean(a.values.all) }), EXIT_OK);
      return check(a.positionals, out, { all: Boolean(a.values.all) });
    }
    case 'analyze': {
      const a = parse(rest, { json: { type: 'boolean' }, deal: { type: 'string' } }, analyzeHelp);
      if (a.values.help) return (out(analyzeHelp), EXIT_OK);
      if (a.positionals.length !== 1) throw new CliExit(EXIT_USAGE, `analyze needs exactly one file\n\n${analyzeHelp}`);
      const { compiled, warnings } = loadWithWarnings(a.positionals[0]);
      return analyzeCommand(compiled, { json: Boolean(a.values.json), deal: a.values.deal as string | undefined, file: a.positionals[0], loadWarnings: warnings }, out);
    }
    case 'simulate':
      return simulateFrom(rest, out);
    case 'replay': {
      const a = parse(rest, { scenario: { type: 'string' }, history: { type: 'boolean' } }, replayHelp);
      if (a.values.help) return (out(replayHelp), EXIT_OK);
      if (a.positionals.length !== 1) throw new CliExit(EXIT_USAGE, `replay needs exactly one log file\n\n${replayHelp}`);
      const file = a.positionals[0];
      const log = readLog(file);
      const id = log?.scenario?.id;
      if (typeof id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(id)) throw new CliExit(EXIT_PROBLEM, `${file}: not a game log: it names no scenario`);
      const scenarioFile = (a.values.scenario as string | undefined) ?? path.join('public', 'scenarios', `${id}.json`);
      return replayCommand(loadOrExit(scenarioFile), log, file, out, { history: Boolean(a.values.history) });
    }
    case 'import-genius': {
      const a = parse(rest, { out: { type: 'string' }, id: { type: 'string' }, rounds: { type: 'string' } }, importGeniusHelp);
      if (a.values.help) return (out(importGeniusHelp), EXIT_OK);
      return importGeniusCommand(a.positionals, a.values as { out?: string; id?: string; rounds?: string }, out);
    }
    case 'export-genius': {
      const a = parse(rest, {}, exportGeniusHelp);
      if (a.values.help) return (out(exportGeniusHelp), EXIT_OK);
      if (a.positionals.length !== 4) throw new CliExit(EXIT_USAGE, `export-genius needs the scenario and three output files\n\n${exportGeniusHelp}`);
      return exportGeniusCommand(loadOrExit(a.positionals[0]), a.positionals.slice(1), out);
    }
    case 'schema': {
      const a = parse(rest, { out: { type: 'string' } }, schemaHelp);
      if (a.values.help) return (out(schemaHelp), EXIT_OK);
      if (a.positionals.length > 0) throw new CliExit(EXIT_USAGE, `schema takes no file name (use --out FILE)\n\n${schemaHelp}`);
      const file = a.values.out as string | undefined;
      if (file === undefined) return (out(schemaText().trimEnd()), EXIT_OK);
      writeText(file, schemaText());
      out(`wrote ${file}: put "$schema": "./${path.basename(file)}" at the top of a scenario in the same folder`);
      return EXIT_OK;
    }
    case 'generate': {
      const a = parse(
        rest,
        { items: { type: 'string' }, options: { type: 'string' }, seed: { type: 'string' }, id: { type: 'string' }, title: { type: 'string' }, out: { type: 'string' } },
        generateHelp,
      );
      if (a.values.help) return (out(generateHelp), EXIT_OK);
      if (a.positionals.length > 0) throw new CliExit(EXIT_USAGE, `generate takes no file name (use --out FILE)\n\n${generateHelp}`);
      if (typeof a.values.seed !== 'string' || a.values.seed === '') throw new CliExit(EXIT_USAGE, `--seed is required\n\n${generateHelp}`);
      const str = (k: string) => a.values[k] as string | undefined;
      return generateCommand({ items: Number(str('items')), options: Number(str('options')), seed: a.values.seed, id: str('id'), title: str('title'), out: str('out') }, out);
    }
    default:
      throw new CliExit(EXIT_USAGE, `unknown command "${command}"\n\n${mainHelp}`);
  }
}

function simulateFrom(rest: string[], out: Out): number {
  // Side flags are named after the scenario's side ids, so they are collected loosely first.
  const sideFlags = new Map<string, string>();
  const known: string[] = [];
  for (let k = 0; k < rest.length; k++) {
    const m = /^--([a-z][a-z0-9-]*)$/.exec(rest[k]);
    if (m && !['games', 'seed', 'json', 'help', 'report'].includes(m[1]) && k + 1 < rest.length) {
      sideFlags.set(m[1], rest[++k]);
    } else known.push(rest[k]);
  }
  const a = parse(known, { games: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' }, report: { type: 'string' } }, simulateHelp);
  if (a.values.help) return (out(simulateHelp), EXIT_OK);
  if (a.positionals.length !== 1) throw new CliExit(EXIT_USAGE, `simulate needs exactly one scenario file\n\n${simulateHelp}`);
  const games = Number(a.values.games);
  if (!Number.isInteger(games) || games < 1 || games > 10_000_000) throw new CliExit(EXIT_USAGE, `--games must be a whole number from 1 up\n\n${simulateHelp}`);
  if (typeof a.values.seed !== 'string' || a.values.seed === '') throw new CliExit(EXIT_USAGE, `--seed is required\n\n${simulateHelp}`);
  const c = loadOrExit(a.positionals[0]);
  for (const flag of sideFlags.keys()) if (!c.sideIds.includes(flag)) throw new CliExit(EXIT_USAGE, `unknown option --${flag}: this scenario's sides are ${c.sideIds.map((s) => `--${s}`).join(', ')}`);
  const valid = new Set<string>(['hardliner', 'boulware', 'linear', 'conceder', 'tit-for-tat', 'logroller', 'easy', 'normal', 'hard', ...c.scenario.personalities.map((p) => p.id)]);
  for (const [flag, value] of sideFlags) if (!valid.has(value)) throw new CliExit(EXIT_USAGE, `--${flag} ${value}: expected one of ${[...valid].join(', ')}`);
  const report = a.values.report as string | undefined;
  if (report === '') throw new CliExit(EXIT_USAGE, `--report needs a file name\n\n${simulateHelp}`);
  return simulateCommand(c, { games, seed: a.values.seed, players: [sideFlags.get(c.sideIds[0]), sideFlags.get(c.sideIds[1])], json: Boolean(a.values.json), report, file: a.positionals[0] }, out);
}

export function main(argv: string[], toStdout: Out = (l) => process.stdout.write(`${l}\n`), toStderr: Out = (l) => process.stderr.write(`${l}\n`)): number {
  // Every line goes out through printable(): no command can forget it.
  const out: Out = (l) => toStdout(printable(l));
  const err: Out = (l) => toStderr(printable(l));
  try {
    return run(argv, out);
  } catch (e) {
    if (e instanceof CliExit) {
      (e.code === EXIT_USAGE ? err : out)(e.message);
      return e.code;
    }
    err(`summit: internal error: ${(e as Error).message}`);
    return EXIT_USAGE;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  process.exitCode = main(process.argv.slice(2));
}
