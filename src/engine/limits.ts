/**
 * How big untrusted files may be, wherever they are read (the game's file picker, the command
 * line): past these they are refused unread. Each is far beyond any real file of its kind.
 */

/** A scenario file (the default one is about 30 KB). */
export const MAX_SCENARIO_BYTES = 2_000_000;

/** A game log or result file, as the game saves it (a few kilobytes; its save allows 1,000,000 characters). */
export const MAX_LOG_BYTES = 1_000_000;
