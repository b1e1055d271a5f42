/**
 * The interface's current strings table. `t` is English with the chosen language's table laid
 * over it: a key a translation leaves out shows in English. Scenes read `t.someKey` when they
 * render, so after setLanguage a refresh shows the new language.
 */
import { getSettings } from '../../settings.ts';
import { en, type Strings } from './en.ts';
import { fr } from './fr.ts';

export { INTERFACE_LANGUAGES, languageName } from './languages.ts';
export type { Strings } from './en.ts';

/** A translation: any part of the English table, with the same keys and the same shapes. */
export type Translation = Partial<Strings>;

/** Every interface language's table (English is complete; the others fall back to it). */
export const TABLES: Readonly<Record<string, Translation>> = { en, fr };

/** The strings in the current language (a live binding: it changes with setLanguage). */
export let t: Strings = en;

let current = 'en';

/** Switches the interface to this language (English for a language without a table). */
export function setLanguage(language: string): void {
  current = language;
  t = { ...en, ...(TABLES[language] ?? {}) };
  if (globalThis.document) document.documentElement.lang = language;
}

/** The language last chosen (it may have no interface table: then the scenario alone is in it). */
export function currentLanguage(): string {
  return current;
}

setLanguage(getSettings().language);
