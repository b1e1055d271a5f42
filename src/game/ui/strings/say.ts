/**
 * The one way a view words an engine record: say(record, strings, scenario). The strings table
 * gives the sentence, the scenario (loaded in the reader's language) the names in it. Pure (no
 * DOM, no settings), so the game, the teacher page and the command line all word records here.
 */
import type { CompiledScenario, Said } from '../../../engine/index.ts';
import { namesOf, type Names, type SaidWords } from './said-names.ts';

export type { Names, SaidWords, StrategyNames } from './said-names.ts';
export { namesOf } from './said-names.ts';

const names = new WeakMap<CompiledScenario, Names>();

function namesFor(c: CompiledScenario): Names {
  let n = names.get(c);
  if (!n) {
    n = namesOf(c);
    names.set(c, n);
  }
  return n;
}

/** The record in words; a code this table does not know shows as itself rather than failing. */
export function say(record: Said, strings: { said: SaidWords }, c: CompiledScenario): string {
  const words = strings.said[record.code] as ((p: unknown, n: Names) => string) | undefined;
  return words ? words(record.params, namesFor(c)) : record.code;
}

/** Several records (a counterpart's reasons) as one paragraph. */
export function sayAll(records: readonly Said[], strings: { said: SaidWords }, c: CompiledScenario): string {
  return records.map((r) => say(r, strings, c)).join(' ');
}
