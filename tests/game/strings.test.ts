/**
 * The interface's words live in the strings table (src/game/ui/strings/), so a language can be
 * added by translating one file. This test keeps it so: it parses every source file of the game
 * (TypeScript's own parser, no DOM) and fails on a string literal in a place the player reads —
 *  - a text argument of the DOM builders: el()'s children, button()'s label, text(), safeLink(),
 *    a dialog's title, notify(), a guide step's title, text and button;
 *  - `textContent = …`, and the attributes a browser shows or reads aloud (title, aria-label,
 *    placeholder, alt);
 *  - anywhere at all, a literal that reads like words of a sentence (a capitalised word followed
 *    by another word: "Choose your side"), which catches text built apart from the call that
 *    shows it.
 * A literal counts when it has a letter in it: symbols, numbers and separators ("▲", " · ",
 * `${n}%`) may stay in code. Test ids, data keys, class names and element names are not in those
 * places, so they are untouched. It also checks that every other language's table only has keys
 * English has, with the same shapes.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/game/ui/strings/en.ts';
import { TABLES } from '../../src/game/ui/strings/index.ts';
import { INTERFACE_LANGUAGES } from '../../src/game/ui/strings/languages.ts';
import { ROOT, sourceFiles, visibleLiterals } from '../support/visible-literals.ts';

const GAME = join(ROOT, 'src/game');
const STRINGS = join(GAME, 'ui/strings');

describe('the strings table', () => {
  test('no scene or interface module of the game has user-visible text outside the strings table', () => {
    const files = sourceFiles(GAME, [STRINGS]);
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => visibleLiterals(f))).toEqual([]);
  });

  test('the scan catches visible text in each place it looks', () => {
    const caught = visibleLiterals(
      'probe.ts',
      [
        "el('p', { class: 'muted small', testid: 'x' }, 'hello', cond ? 'yes' : `${n} more`);",
        "button('Go', go, { key: 'go', title: 'Press it' });",
        "box.textContent = 'oops';",
        "this.dialog('Title', body);",
        "const tip = 'Read your brief first.';",
        "el('span', null, '▲', ' · ', `${n}%`);",
      ].join('\n'),
    ).map((line) => Number(line.split(/[:\s]/)[1]));
    // Line 1: three texts (the tag and the attributes are not text); 2: label and title; 6: symbols only.
    expect(caught.sort()).toEqual([1, 1, 1, 2, 2, 3, 4, 5]);
  });

  test('every interface language has a table, and every table only English keys of the same shape', () => {
    expect(Object.keys(TABLES).sort()).toEqual([...INTERFACE_LANGUAGES].sort());
    const shape = (v: unknown) => (Array.isArray(v) ? `array of ${v.length}` : typeof v === 'object' && v ? `object ${Object.keys(v).sort().join(',')}` : typeof v);
    for (const [language, table] of Object.entries(TABLES)) {
      for (const [key, value] of Object.entries(table)) {
        expect(key in en, `${language}.${key} is not an English key`).toBe(true);
        const english = (en as Record<string, unknown>)[key];
        expect(shape(value), `${language}.${key}`).toBe(shape(english));
        if (typeof value === 'function') expect(value.length, `${language}.${key} parameters`).toBe((english as (...a: unknown[]) => unknown).length);
      }
    }
  });

  test('the French table covers at least the title screen, the settings and the scenarios dialog', () => {
    const fr = TABLES.fr;
    for (const key of [
      'titleEyebrow',
      'play',
      'howToPlay',
      'settings',
      'scenariosMenu',
      'joinClassMenu',
      'forTeachers',
      'titleHint',
      'difficultyLegend',
      'difficulty',
      'textSizeLegend',
      'textSize',
      'coachTips',
      'languageLegend',
      'done',
      'scenariosTitle',
      'shippedWithSummit',
      'yourOwnScenario',
      'ownScenarioNote',
      'openFile',
      'close',
    ] as const)
      expect(fr[key], key).toBeDefined();
  });
});
