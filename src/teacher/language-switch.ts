/**
 * The teacher page's language switch: one button per interface language, each named in its own
 * language, the current one pressed. It saves the same setting the game uses (so the game opens in
 * that language too) and reloads the page in it: the scenarios are compiled again in that language,
 * the debrief's results come back from this browser, a live class rejoins. `beforeReload` keeps
 * what the teacher typed on the set-up form. After the reload the switch has the focus again and
 * the new language is announced.
 */
import { updateSettings } from '../game/settings.ts';
import { el } from '../game/ui/dom.ts';
import { INTERFACE_LANGUAGES, languageName } from '../game/ui/strings/languages.ts';
import { pageLanguage, tt } from './strings/index.ts';

const SWITCHED_KEY = 'summit.teacher.switched-language';

export function languageSwitch(beforeReload: () => void): HTMLElement {
  const status = el('span', { class: 'sr-only', role: 'status', testid: 'language-status' });
  const buttons = INTERFACE_LANGUAGES.map((code) =>
    el(
      'button',
      {
        type: 'button',
        class: `btn ghost small${code === pageLanguage ? ' active' : ''}`,
        lang: code,
        'aria-pressed': String(code === pageLanguage),
        testid: `teacher-language-${code}`,
        on: { click: () => choose(code) },
      },
      languageName(code),
    ),
  );
  function choose(code: string): void {
    if (code === pageLanguage) return;
    beforeReload();
    updateSettings({ language: code });
    try {
      sessionStorage.setItem(SWITCHED_KEY, code);
    } catch {
      /* no session storage: the page still reloads in the new language */
    }
    location.reload();
  }
  let switched: string | null = null;
  try {
    switched = sessionStorage.getItem(SWITCHED_KEY);
    sessionStorage.removeItem(SWITCHED_KEY);
  } catch {
    /* nothing to announce */
  }
  if (switched === pageLanguage) {
    queueMicrotask(() => buttons[INTERFACE_LANGUAGES.indexOf(pageLanguage)]?.focus());
    // A live region announces what changes after it is in the page.
    setTimeout(() => (status.textContent = tt.languageNow(languageName(pageLanguage))), 300);
  }
  return el('div', { class: 'language-switch', role: 'group', 'aria-label': tt.languageGroup, testid: 'teacher-language' }, ...buttons, status);
}
