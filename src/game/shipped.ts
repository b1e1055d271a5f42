/**
 * The scenarios shipped in public/scenarios, by id, in public/scenario-list.json's order
 * (tests/engine/scenario/shipped-list.test.ts keeps them equal). Its own module, free of the
 * engine, so the game's first chunk can tell which files have a build-checked form.
 */
export const SHIPPED_SCENARIOS = ['danang-2017', 'southwest-2017', 'tutorial', 'large-10x6'] as const;
