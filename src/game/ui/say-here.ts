/**
 * Engine records worded for this page: in the interface's current language (strings `t`), with
 * the names of the scenario as loaded for the reader. Views call these at their call sites.
 */
import type { PlayerView, Said } from '../../engine/index.ts';
import { scenario } from '../session.ts';
import { say, sayAll } from './strings/say.ts';
import { t } from './strings/index.ts';

/** One record in words ('' for none). */
export function words(record: Said | null | undefined): string {
  return record ? say(record, t, scenario()) : '';
}

/** A computer side's reasons, as one paragraph ('' for none). */
export function wordsAll(records: readonly Said[] | null | undefined): string {
  return records ? sayAll(records, t, scenario()) : '';
}

/** A computer counterpart's name: its scenario personality's, else its strategy's. */
export function counterpartName(cp: NonNullable<PlayerView['them']['counterpart']>): string {
  return cp.name ?? t.strategyNames[cp.strategy];
}
