/** The engine's version, written into game logs and saves. Bump when the rules change results. */
export const ENGINE_VERSION = '0.1.0';
