/**
 * The teacher page's strings tables (English and French, like the game's), in the language the
 * game uses: the saved setting, or the browser's language on a first visit (game/settings.ts).
 * `tt` is English with the chosen language's table laid over it (a key a translation leaves out
 * shows in English; a test keeps none out). The page reloads to change language, so `tt` is set
 * once. Numbers go through `num`/`pointsText`/`percentText` so they read as the language writes them.
 */
import { currentLanguage } from '../../game/ui/strings/index.ts';
import { enClass } from './en-class.ts';
import { enDebrief } from './en-debrief.ts';
import { enLive } from './en-live.ts';
import { enSetup } from './en-setup.ts';
import { frClass } from './fr-class.ts';
import { frDebrief } from './fr-debrief.ts';
import { frLive } from './fr-live.ts';
import { frSetup } from './fr-setup.ts';

export const teacherEn = { ...enSetup, ...enDebrief, ...enClass, ...enLive };
export type TeacherStrings = typeof teacherEn;
export type TeacherTranslation = Partial<TeacherStrings>;

const teacherFr: TeacherTranslation = { ...frSetup, ...frDebrief, ...frClass, ...frLive };

/** Every teacher-page language's table (English is complete; a test checks French is too). */
export const TEACHER_TABLES: Readonly<Record<string, TeacherTranslation>> = { en: teacherEn, fr: teacherFr };

/** The teacher page's words in `language` (English for a language without a table). */
export function teacherStrings(language: string): TeacherStrings {
  return { ...teacherEn, ...(TEACHER_TABLES[language] ?? {}) };
}

/** The page's language: the game's, when the teacher page has a table for it. */
export const pageLanguage: string = currentLanguage() in TEACHER_TABLES ? currentLanguage() : 'en';

export const tt: TeacherStrings = teacherStrings(pageLanguage);

const formats = new Map<string, Intl.NumberFormat>();
function format(digits: number): Intl.NumberFormat {
  const key = `${pageLanguage}:${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(pageLanguage, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    formats.set(key, f);
  }
  return f;
}

/** A number as the page's language writes it ("1,234.5" / "1 234,5"), with at most `digits` decimals. */
export function num(x: number, digits = 0): string {
  return format(digits).format(x);
}

/** A number with exactly `digits` decimals ("1.2 s" / "1,2 s"). */
export function fixed(x: number, digits: number): string {
  return new Intl.NumberFormat(pageLanguage, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
}

/** A utility as points (0.725 → "72.5" / "72,5"), rounded as the engine's utilityPoints. */
export function pointsText(u: number): string {
  return num(Math.round(u * 1000) / 10 || 0, 1);
}

/** A share as a whole percentage ("45%" / "45 %"), rounded as the engine's percentText. */
export function percentText(x: number): string {
  return new Intl.NumberFormat(pageLanguage, { style: 'percent', maximumFractionDigits: 0 }).format(Math.round(x * 100) / 100);
}
