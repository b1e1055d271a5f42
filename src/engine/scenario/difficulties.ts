/**
 * The difficulty settings, apart from the scenario schema so that code needing only the list
 * (the strings tables, result and session codes) does not pull zod into the game's first chunk.
 * Codes write a difficulty by its index: append only.
 */
export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
