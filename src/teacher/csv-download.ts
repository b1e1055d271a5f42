/**
 * The gradebook export: the engine's CSV (one row per student game) as a file download. Its column
 * headers and its values (outcome kinds, sides, numbers with a full stop) stay the same stable ids
 * in every page language, so a spreadsheet or a gradebook import built on one class's file reads
 * the next one's, whatever language the teacher's page was in.
 */
import { resultsCsv, type CompiledScenario, type VerifiedResult } from '../engine/index.ts';
import { downloadFile } from '../game/ui/download.ts';

export function csvFileName(c: CompiledScenario): string {
  return `summit-${c.scenario.id}-class-results.csv`;
}

export function downloadCsv(c: CompiledScenario, results: readonly VerifiedResult[]): void {
  // A byte-order mark, so spreadsheet programs read names with accents as UTF-8.
  downloadFile(csvFileName(c), ['\uFEFF', resultsCsv(c, results)], 'text/csv;charset=utf-8');
}
