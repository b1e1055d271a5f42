/** The gradebook export: the engine's CSV (one row per student game) as a file download. */
import { resultsCsv, type CompiledScenario, type VerifiedResult } from '../engine/index.ts';

export function csvFileName(c: CompiledScenario): string {
  return `summit-${c.scenario.id}-class-results.csv`;
}

export function downloadCsv(c: CompiledScenario, results: readonly VerifiedResult[]): void {
  // A byte-order mark, so spreadsheet programs read names with accents as UTF-8.
  const blob = new Blob(['\uFEFF', resultsCsv(c, results)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = csvFileName(c);
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
