/**
 * `summit import-genius` and `summit export-genius`: research domains (GENIUS, NegMAS) into
 * playable scenarios and back. See ../genius/convert.ts for how the numbers map.
 */
import path from 'node:path';
import { formatProblem, loadScenarioData, type CompiledScenario } from '../../engine/index.ts';
import { geniusFromScenario, idFrom, PLACEHOLDER, scenarioFromGenius } from '../genius/convert.ts';
import { GeniusError, readGenius, writeGenius, type GeniusDomain } from '../genius/xml.ts';
import { CliExit, EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, readText } from '../io.ts';
import { writeText } from '../write.ts';

export const importGeniusHelp = `Usage: summit import-genius DOMAIN.xml PROFILE_A.xml PROFILE_B.xml [--out FILE] [--id ID] [--rounds N]

Turns a GENIUS negotiation domain (discrete issues) and two utility profiles into a playable
Summit scenario: issues become items, values options, evaluations option values (over the best
on each issue), weights priorities, reservation values walk-aways. The sides are named after the
profile files. Texts GENIUS has no place for are written as "${PLACEHOLDER} …" for you to
replace (summit check lists them); the debrief's real outcome is the Nash deal until you change
it. Prints the scenario, or writes it to FILE. --rounds: the deadline (default 8).`;

export const exportGeniusHelp = `Usage: summit export-genius SCENARIO.json DOMAIN.xml PROFILE_A.xml PROFILE_B.xml

Writes the scenario's agenda and numbers as a GENIUS domain and one utility profile per side
(the first side to PROFILE_A.xml): item titles become issue names, option labels values, option
values evaluations, priorities weights, and each walk-away its utility as the reservation value.
Red lines, third parties and events have no place in GENIUS and are left out (it says so).`;

const stem = (file: string) => path.basename(file).replace(/\.xml$/i, '');

export function importGeniusCommand(files: string[], opts: { out?: string; id?: string; rounds?: string }, out: (line: string) => void): number {
  if (files.length !== 3) throw new CliExit(EXIT_USAGE, `import-genius needs a domain and two profiles\n\n${importGeniusHelp}`);
  const rounds = opts.rounds === undefined ? 8 : Number(opts.rounds);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 100) throw new CliExit(EXIT_USAGE, `--rounds must be a whole number from 1 to 100\n\n${importGeniusHelp}`);
  if (opts.id !== undefined && !/^[a-z][a-z0-9-]*$/.test(opts.id)) throw new CliExit(EXIT_USAGE, `--id must be lower-case letters, digits and hyphens, starting with a letter`);
  const [domainFile, fileA, fileB] = files;
  let genius: GeniusDomain;
  try {
    genius = readGenius(readText(domainFile), [readText(fileA), readText(fileB)], [domainFile, fileA, fileB]);
  } catch (e) {
    if (e instanceof GeniusError) throw new CliExit(EXIT_PROBLEM, e.message);
    throw e;
  }
  const taken = new Set<string>();
  const sides = [fileA, fileB].map((f, i) => ({ id: idFrom(stem(f), taken, `side-${'ab'[i]}`), name: stem(f) })) as [{ id: string; name: string }, { id: string; name: string }];
  const id = opts.id ?? idFrom(stem(domainFile).replace(/[_-]?domain$/i, ''), new Set(), 'imported');
  const scenario = scenarioFromGenius(genius, { id, source: path.basename(domainFile), sides, rounds });
  const loaded = loadScenarioData(scenario, { warnings: false });
  if (!loaded.ok) throw new CliExit(EXIT_PROBLEM, loaded.problems.map((p) => formatProblem(p, domainFile)).join('\n'));
  const text = `${JSON.stringify(scenario, null, 2)}\n`;
  const notes = [
    ...genius.profiles.flatMap((p, i) => (p.discount !== null && p.discount < 1 ? [`${files[i + 1]}: discount factor ${p.discount} left out: Summit's deadline is its only time pressure`] : [])),
  ];
  if (opts.out === undefined) {
    out(text.trimEnd());
    for (const n of notes) out(n);
    return EXIT_OK;
  }
  writeText(opts.out, text);
  const todo = (text.match(new RegExp(`"${PLACEHOLDER}`, 'g')) ?? []).length;
  out(`wrote ${opts.out}: "${id}", ${scenario.items.length} items, sides ${sides.map((s) => s.id).join(' and ')}; ${todo} texts marked "${PLACEHOLDER}" for you to write`);
  for (const n of notes) out(n);
  return EXIT_OK;
}

export function exportGeniusCommand(c: CompiledScenario, files: string[], out: (line: string) => void): number {
  if (files.length !== 3) throw new CliExit(EXIT_USAGE, `export-genius needs the scenario and three output files\n\n${exportGeniusHelp}`);
  const xml = writeGenius(geniusFromScenario(c));
  const [domainFile, fileA, fileB] = files;
  writeText(domainFile, xml.domain);
  writeText(fileA, xml.profiles[0]);
  writeText(fileB, xml.profiles[1]);
  out(`wrote ${domainFile} (${c.scenario.items.length} issues), ${fileA} (${c.sideIds[0]}), ${fileB} (${c.sideIds[1]})`);
  const s = c.scenario;
  const left = [s.sides.some((side) => side.redLines.length > 0) && 'red lines', s.thirdParties.length > 0 && 'third parties', s.events.length > 0 && 'events'].filter(Boolean);
  if (left.length) out(`left out (GENIUS has no place for them): ${left.join(', ')}`);
  s.sides.forEach((side, i) => {
    if (side.walkAway.kind === 'statusQuo') out(`${side.id}: the status-quo walk-away is written as its utility, reservation value ${c.domain.reservation[i]}`);
  });
  return EXIT_OK;
}
