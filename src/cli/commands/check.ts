import fs from 'node:fs';
import path from 'node:path';
import { formatProblem, loadScenario } from '../../engine/index.ts';
import { analyzeScenario } from '../../engine/analysis/scenario-analysis.ts';
import { summariseProblems } from '../../engine/scenario/summarise.ts';
import { CliExit, EXIT_OK, EXIT_PROBLEM, readText } from '../io.ts';

export const checkHelp = `Usage: summit check <scenario.json...> [--all] [--watch]

Checks one or more scenario files. For each: "ok" with a one-line summary, or every problem
as "file: json-path: message". Warnings (the scenario loads but will probably play badly) and
notices (e.g. a file of an older format, upgraded as it was read) are marked as such and
leave the exit code alone; more than three identical warnings (a language missing from many
texts) are printed as one line with their count. Exit code 0 when all are valid, 1 when any
has a problem, 2 when a file cannot be read.

  --all     print every warning, even identical ones
  --watch   keep running and check a file again each time it is saved (Ctrl-C to stop)`;

export interface CheckOptions {
  /** Print every warning instead of summarising runs of identical ones. */
  all?: boolean;
}

/** A title is quoted whole up to this length: a 2 MB one should not fill the terminal. */
const TITLE_SHOWN = 120;
const clipped = (text: string) => (text.length > TITLE_SHOWN ? `${text.slice(0, TITLE_SHOWN - 1)}…` : text);

/** The published schema sits beside the scenarios, so `check public/scenarios/*.json` meets it. */
function isJsonSchema(text: string): boolean {
  try {
    const data = JSON.parse(text) as { $schema?: unknown };
    return typeof data.$schema === 'string' && data.$schema.startsWith('https://json-schema.org/');
  } catch {
    return false;
  }
}

export function check(files: string[], out: (line: string) => void, options: CheckOptions = {}): number {
  let code = EXIT_OK;
  for (const file of files) {
    const text = readText(file);
    if (isJsonSchema(text)) {
      out(`${file}: ok: the scenario format's JSON Schema (not a scenario; skipped)`);
      continue;
    }
    const result = loadScenario(text);
    if (!result.ok) {
      for (const p of result.problems) out(formatProblem(p, file));
      code = EXIT_PROBLEM;
      continue;
    }
    const c = result.compiled;
    const a = analyzeScenario(c);
    const s = c.scenario;
    out(
      `${file}: ok: "${clipped(s.title)}" (${s.id}, format ${s.format}): ${s.items.length} items, ${a.outcomeCountText} outcomes, ` +
        `${s.thirdParties.length} third parties, ${s.events.length} events, ${s.deadline.rounds} rounds; ` +
        `walk-away ${c.sideIds[0]} ${c.domain.reservation[0].toFixed(2)} / ${c.sideIds[1]} ${c.domain.reservation[1].toFixed(2)}` +
        (c.languages.length > 1 ? `; languages ${c.languages.join(', ')}` : ''),
    );
    for (const w of options.all ? result.warnings : summariseProblems(result.warnings)) out(formatProblem(w, file));
  }
  return code;
}

/** Checks one file, turning an unreadable file into its message: a watch must outlive a bad save. */
function checkOnce(file: string, out: (line: string) => void, options: CheckOptions): void {
  try {
    check([file], out, options);
  } catch (e) {
    if (e instanceof CliExit) out(e.message);
    else throw e;
  }
}

/**
 * `check --watch`: checks each file, then again each time it is saved. Watches the folders, not
 * the files, because many editors save by writing a new file and renaming it over the old one.
 * Saves closer together than `settleMs` (an editor's write-then-rename) are checked once.
 */
export function watchCheck(files: string[], out: (line: string) => void, options: CheckOptions & { settleMs?: number } = {}): { close: () => void } {
  for (const file of files) checkOnce(file, out, options);
  out(`watching ${files.length === 1 ? files[0] : `${files.length} files`} for changes (Ctrl-C to stop)`);
  const byDir = new Map<string, Set<string>>();
  for (const file of files) {
    const dir = path.dirname(path.resolve(file));
    byDir.set(dir, (byDir.get(dir) ?? new Set()).add(path.basename(file)));
  }
  const timers = new Map<string, NodeJS.Timeout>();
  const pathOf = new Map(files.map((f) => [path.resolve(f), f]));
  const watchers = [...byDir].map(([dir, names]) =>
    fs.watch(dir, (_event, name) => {
      if (!name || !names.has(name)) return;
      const full = path.join(dir, name);
      clearTimeout(timers.get(full));
      timers.set(
        full,
        setTimeout(() => {
          const file = pathOf.get(full) ?? full;
          out(`${file}: changed; checking again`);
          checkOnce(file, out, options);
        }, options.settleMs ?? 100),
      );
    }),
  );
  return {
    close: () => {
      for (const w of watchers) w.close();
      for (const t of timers.values()) clearTimeout(t);
    },
  };
}
