import fs from 'node:fs';
import { loadScenarioData } from '../../engine/index.ts';
import { generatedScenario } from '../../engine/scenario/generate.ts';
import { CliExit, EXIT_OK, EXIT_USAGE } from '../io.ts';

export const generateHelp = `Usage: summit generate --items N --options K --seed S [--id ID] [--title TEXT] [--out FILE]

Writes a generated scenario of any size: N agenda items (1–40) of K options each (2–12), partly
opposed and partly shared preferences, third parties and personalities, so that it loads and
plays. For stress tests and for seeing how a big agenda feels. The same arguments always give the
same file. Prints the JSON, or writes it to FILE with --out.`;

export interface GenerateOptions {
  items: number;
  options: number;
  seed: string;
  id?: string;
  title?: string;
  out?: string;
}

/** The JSON text `summit generate` writes for these options (2-space indent, final newline). */
export function generatedText(o: GenerateOptions): string {
  return `${JSON.stringify(generatedScenario(o.seed, o.items, o.options, { id: o.id, title: o.title }), null, 2)}\n`;
}

export function generateCommand(o: GenerateOptions, out: (line: string) => void): number {
  const count = (n: number, lo: number, hi: number, flag: string) => {
    if (!Number.isInteger(n) || n < lo || n > hi) throw new CliExit(EXIT_USAGE, `--${flag} must be a whole number from ${lo} to ${hi}\n\n${generateHelp}`);
  };
  count(o.items, 1, 40, 'items');
  count(o.options, 2, 12, 'options');
  if (o.id !== undefined && !/^[a-z][a-z0-9-]*$/.test(o.id)) throw new CliExit(EXIT_USAGE, `--id ${o.id}: lower-case letters, digits and hyphens, starting with a letter`);
  if (o.title !== undefined && o.title.trim() === '') throw new CliExit(EXIT_USAGE, '--title needs a text');
  const text = generatedText(o);
  // The generator is meant to give valid scenarios; never hand a designer one that is not.
  const check = loadScenarioData(JSON.parse(text), { warnings: false });
  if (!check.ok) throw new Error(`generated scenario does not load: ${check.problems[0].message}`);
  if (o.out === undefined) {
    out(text.trimEnd());
    return EXIT_OK;
  }
  try {
    fs.writeFileSync(o.out, text);
  } catch (e) {
    throw new CliExit(EXIT_USAGE, `${o.out}: cannot write: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (e as Error).message}`);
  }
  out(`wrote ${o.out}: "${check.compiled.scenario.title}", ${o.items} items × ${o.options} options`);
  return EXIT_OK;
}
