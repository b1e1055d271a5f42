/**
 * The engine's version, written into game logs and saves. Bump when the rules change results.
 * 0.2.0: the counterpart's exact walk-away checks, efficient offers and answer to stonewalling.
 */
export const ENGINE_VERSION = '0.2.0';
