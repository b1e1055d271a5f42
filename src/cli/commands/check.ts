import { formatProblem, loadScenario } from '../../engine/index.ts';
import { analyzeScenario } from '../../engine/analysis/scenario-analysis.ts';
import { EXIT_OK, EXIT_PROBLEM, readText } from '../io.ts';

export const checkHelp = `Usage: summit check <scenario.json...>

Checks one or more scenario files. For each: "ok" with a one-line summary, or every problem
as "file: json-path: message". Warnings (the scenario loads but will probably play badly) and
notices (e.g. a file of an older format, upgraded as it was read) are marked as such and
leave the exit code alone. Exit code 0 when all are valid, 1 when any has a problem,
2 when a file cannot be read.`;

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

export function check(files: string[], out: (line: string) => void): number {
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
    for (const w of result.warnings) out(formatProblem(w, file));
  }
  return code;
}
