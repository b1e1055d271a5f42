/**
 * The interface's English text: every word the game's screens show that does not come from the
 * scenario file. Keys say what a string is for; plurals and numbers go through small functions.
 * English is complete; other languages (fr.ts, …) translate any part of it and fall back to this
 * table for the rest (index.ts). A function that takes a node as `T` returns the sentence in
 * parts, so the words can go around an element (a file name in <code>) in any order.
 *
 * The table is kept in parts by area (en-front.ts, en-table.ts, en-end.ts); `said` words the
 * engine's records (said-en.ts, through say.ts).
 */
import { enEnd } from './en-end.ts';
import { enFaces } from './en-faces.ts';
import { enFront } from './en-front.ts';
import { enSaid, enStrategyNames } from './said-en.ts';
import { enTable } from './en-table.ts';
import { enMap } from './en-map.ts';
import { enSession } from './en-session.ts';

export const en = {
  ...enFront,
  ...enTable,
  ...enEnd,
  ...enFaces,
  ...enMap,
  ...enSession,
  /** The engine's records (history lines, reasons, refusals, outcomes): every code, in words. */
  said: enSaid,
  /** A computer side with no scenario personality is named by its strategy. */
  strategyNames: enStrategyNames,
};

export type Strings = typeof en;
