/**
 * What a record's words need from the scenario: names and texts, by index or id, in the language
 * the scenario was loaded in (the reader's). Built once per scenario; pure (no DOM), so the game,
 * the teacher page and the command line share it.
 */
import type { CodeParams, CompiledScenario, SideIndex, Strategy } from '../../../engine/index.ts';

export interface Names {
  side(s: SideIndex): string;
  item(i: number): string;
  option(i: number, o: number): string;
  /** [item title, option label] for each item a package covers. */
  package(options: readonly (number | null)[]): [string, string][];
  event(id: string): { title: string; text: string };
  /** The text of side s's red line on item i ('' when it has none). */
  redLine(s: SideIndex, i: number): string;
  deadline(): string;
  /** The scenario's item ids, strategies and personality ids (what a setup refusal lists). */
  itemIds(): readonly string[];
  personalityIds(): readonly string[];
}

export function namesOf(c: CompiledScenario): Names {
  const s = c.scenario;
  return {
    side: (i) => s.sides[i]?.name ?? `#${i}`,
    item: (i) => s.items[i]?.title ?? `#${i}`,
    option: (i, o) => s.items[i]?.options[o]?.label ?? `#${o}`,
    package: (options) => options.flatMap((o, i) => (o === null ? [] : [[s.items[i].title, s.items[i].options[o].label] as [string, string]])),
    event: (id) => {
      const e = s.events.find((x) => x.id === id);
      return e ? { title: e.title, text: e.text } : { title: id, text: '' };
    },
    redLine: (side, i) => s.sides[side]?.redLines.find((l) => l.item === s.items[i]?.id)?.text ?? '',
    deadline: () => s.deadline.text,
    itemIds: () => c.domain.itemIds,
    personalityIds: () => s.personalities.map((p) => p.id),
  };
}

/** A strings table's words for every record code (../../../engine/words/codes.ts). */
export type SaidWords = { [C in keyof CodeParams]: (p: CodeParams[C], n: Names) => string };

/** Names of the bare strategies, for a computer side with no scenario personality. */
export type StrategyNames = Record<Strategy, string>;
