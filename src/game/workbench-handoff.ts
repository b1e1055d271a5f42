/**
 * "Play it" in the designer workbench: the workbench keeps the scenario's text in this page's
 * local storage and opens the game with `?workbench=1`; the game then plays that text as its
 * scenario, named `workbench.json`. The text goes through the engine's loader like any file.
 */
export const WORKBENCH_KEY = 'summit:workbench-scenario';
export const WORKBENCH_FILE = 'workbench.json';

/** The workbench's scenario when the address asks for it and there is one. */
export function workbenchText(): string | null {
  if (!new URLSearchParams(location.search).has('workbench')) return null;
  try {
    return globalThis.localStorage?.getItem(WORKBENCH_KEY) ?? null;
  } catch {
    return null;
  }
}
