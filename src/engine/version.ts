/**
 * The engine's version, written into game logs and saves. Bump when the rules change results.
 * 0.2.0: the counterpart's exact walk-away checks, efficient offers and answer to stonewalling.
 * 0.3.0: the counterpart answers a move with a move (strategy/reciprocity.ts), so two computer
 *        sides of the same kind no longer walk out on each other; the logroller logrolls.
 */
export const ENGINE_VERSION = '0.3.0';
