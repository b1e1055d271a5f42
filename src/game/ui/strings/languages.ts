/**
 * The languages the interface has a strings table for, and how to name any language in its own
 * words. Kept apart from the tables so settings.ts (loaded by Boot) can pick a default cheaply.
 */

/** Interface languages (index.ts holds a table for each; a test keeps the two lists equal). */
export const INTERFACE_LANGUAGES: readonly string[] = ['en', 'fr'];

/** The language part of a tag: "fr-CA" → "fr". */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** A language's name in that language ("français"), capitalised; the code when the browser cannot say. */
export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    if (name && name !== code) return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    /* not a language tag the browser knows */
  }
  return code;
}
