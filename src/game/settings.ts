/**
 * The player's interface settings (difficulty, text size, coach tips, language), kept in
 * localStorage. Free of the engine, so Boot can apply the text size before the rest of the game
 * has loaded.
 */
import type { Difficulty } from '../engine/scenario/schema.ts';
import { applyMotion } from './ui/motion.ts';
import { baseLanguage, INTERFACE_LANGUAGES } from './ui/strings/languages.ts';

export type TextSize = 'normal' | 'large' | 'larger';

export interface Settings {
  difficulty: Difficulty;
  textSize: TextSize;
  /** Coach tips on the table during the first rounds. */
  coach: boolean;
  /** Interface and scenario language (a code such as "fr"; the scenario may offer languages the interface lacks). */
  language: string;
  /** No sliding or animated pictures (the OS's reduced-motion preference counts too: ui/motion.ts). */
  reduceMotion: boolean;
}

const SETTINGS_KEY = 'summit.settings.v1';
const DEFAULT_SETTINGS: Settings = { difficulty: 'normal', textSize: 'normal', coach: true, language: defaultLanguage(), reduceMotion: false };

/** The browser's language when the interface has it, else English. */
function defaultLanguage(): string {
  const asked = baseLanguage(globalThis.navigator?.language ?? 'en');
  return INTERFACE_LANGUAGES.includes(asked) ? asked : 'en';
}

/** A stored language code, if it looks like one. */
function languageOf(v: unknown): string | null {
  return typeof v === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v) ? v : null;
}

export const TEXT_SIZES: Record<TextSize, string> = { normal: '16px', large: '18px', larger: '20px' };

let settings: Settings = loadSettings();

function loadSettings(): Settings {
  try {
    const raw = globalThis.localStorage?.getItem(SETTINGS_KEY);
    if (!raw) return { ...DEFAULT_SETTINGS };
    const parsed = JSON.parse(raw) as Partial<Settings>;
    return {
      difficulty: parsed.difficulty === 'easy' || parsed.difficulty === 'hard' ? parsed.difficulty : 'normal',
      textSize: parsed.textSize === 'large' || parsed.textSize === 'larger' ? parsed.textSize : 'normal',
      coach: parsed.coach !== false,
      language: languageOf(parsed.language) ?? DEFAULT_SETTINGS.language,
      reduceMotion: parsed.reduceMotion === true,
    };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export function getSettings(): Readonly<Settings> {
  return settings;
}

export function updateSettings(patch: Partial<Settings>): void {
  settings = { ...settings, ...patch };
  applyTextSize();
  try {
    globalThis.localStorage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    /* private mode: settings last for this visit only */
  }
}

export function applyTextSize(): void {
  document.documentElement.style.fontSize = TEXT_SIZES[settings.textSize];
  applyMotion(settings.reduceMotion);
}
