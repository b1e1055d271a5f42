/**
 * The light way in for the scenarios the game ships. At build time each one goes through the
 * full loader (./load.ts: syntax, format, zod shape, meaning) and its checked form is written
 * beside it (build/checked-scenarios.ts): the shape stage's output, defaults filled in, with the
 * places of its translated texts. The game opens such a file with this module alone, so neither
 * zod nor the schema is built before the title; only when the file's text is exactly the one
 * checked (its hash), else the caller takes the full loader. Same result as loadScenario (the
 * build compares the two in every language the file offers).
 */
import { stripDirectionControls } from '../direction.ts';
import { compileScenario, type CompiledScenario } from './compile.ts';
import type { PathSegment } from './problems.ts';
import type { Scenario } from './schema.ts';
import { hashText } from './text-hash.ts';

export interface CheckedScenario {
  /** hashText of the file's text as checked. */
  hash: string;
  languages: string[];
  /** The shape stage's output (texts still translated). */
  source: unknown;
  /** Where a text is given in several languages ({ "en": …, "fr": … }). */
  texts: PathSegment[][];
}

type Tree = Record<string | number, unknown>;

/** The places where `source` holds an object that `resolved` (the same data, texts resolved) holds as a string. */
export function translatedTexts(source: unknown, resolved: unknown, path: PathSegment[] = []): PathSegment[][] {
  if (source === null || typeof source !== 'object') return [];
  if (typeof resolved === 'string') return [path];
  if (resolved === null || typeof resolved !== 'object') return [];
  const keys = Array.isArray(source) ? source.map((_, i) => i) : Object.keys(source);
  return keys.flatMap((k) => translatedTexts((source as Tree)[k], (resolved as Tree)[k], [...path, k]));
}

/** The compiled scenario in `language` (English where a text lacks it; offered in English when the file does not list it), or null when `text` is not the file checked. */
export function openChecked(text: string, checked: CheckedScenario, language = 'en'): CompiledScenario | null {
  if (hashText(text) !== checked.hash) return null;
  const lang = checked.languages.includes(language) ? language : 'en';
  const value = structuredClone(checked.source) as Tree;
  for (const path of checked.texts) {
    const parent = path.slice(0, -1).reduce<Tree>((node, k) => node[k as string] as Tree, value);
    const key = path[path.length - 1] as string;
    const text = parent[key] as Record<string, string>;
    parent[key] = Object.hasOwn(text, language) ? text[language] : text.en;
  }
  return compileScenario(stripDirectionControls(value) as unknown as Scenario, lang);
}
