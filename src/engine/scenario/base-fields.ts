/**
 * The two field kinds every part of the scenario format is made of: ids and text shown to
 * players. One definition for the scenario's own fields (./schema.ts) and its map's
 * (../map/schema.ts), so both check and describe them alike. Functions, not constants: each
 * schema build makes its own, when it is built.
 */
import * as z from 'zod/mini';
import { translatableText } from './translations.ts';

export function idSchema() {
  return z
    .string()
    .check(
      z.regex(/^[a-z][a-z0-9-]*$/, 'an id: lower-case letters, digits and hyphens, starting with a letter'),
      z.describe('An identifier: lower-case letters, digits and hyphens, starting with a letter.'),
    );
}

/** Text shown to players: a plain string (English), or { "en": "…", "fr": "…" } (./translations.ts). */
export function textSchema() {
  return translatableText().check(z.describe('Text shown to players: a string (English), or the same text in several languages { "en": "…", "fr": "…" }.'));
}
