/**
 * Translatable scenario text: a text field is a string (English) or { "en": …, "fr": … }; loading
 * resolves every one to the requested language with English as the fallback, the compiled scenario
 * keeps plain strings, and the content hash does not depend on the language.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, loadScenarioData, type Problem } from '../../../src/engine/index.ts';
import { rawScenario } from '../../support/patched.ts';
import { run } from '../../support/cli.ts';

const TUTORIAL = fs.readFileSync('public/scenarios/tutorial.json', 'utf8');

/** Every string leaf of a value, and any object that still looks like a translation. */
function leftovers(x: unknown, path = '$'): string[] {
  if (x === null || typeof x !== 'object') return [];
  if (!Array.isArray(x) && Object.hasOwn(x, 'en')) return [path];
  return Object.entries(x).flatMap(([k, v]) => leftovers(v, `${path}.${k}`));
}

function loaded(text: string, language?: string) {
  const r = loadScenario(text, { language });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
}

describe('the tutorial in French', () => {
  const en = loaded(TUTORIAL).compiled;
  const fr = loaded(TUTORIAL, 'fr').compiled;

  it('offers English and French', () => {
    expect(en.languages).toEqual(['en', 'fr']);
    expect([en.language, fr.language]).toEqual(['en', 'fr']);
  });

  it('resolves every text field to French, and only text fields', () => {
    expect(fr.scenario.title).toBe('Premier contact\u00a0: rétablir la ligne directe');
    expect(fr.scenario.sides[0].name).toBe('États-Unis');
    expect(fr.scenario.items[0].options[2].label).toBe('Le rétablir et promettre de ne jamais le suspendre');
    expect(fr.scenario.debrief.questions[0]).toMatch(/^Quelle question comptait le plus pour vous/);
    expect(fr.scenario.debrief.sources[0].url).toBe(en.scenario.debrief.sources[0].url);
    expect(fr.scenario.items.map((i) => i.id)).toEqual(['hotline', 'aid']);
  });

  it('the compiled scenario holds plain strings in both languages', () => {
    expect(leftovers(en.scenario)).toEqual([]);
    expect(leftovers(fr.scenario)).toEqual([]);
    expect(typeof en.scenario.sides[1].brief).toBe('string');
  });

  it('every English text differs from its French one (nothing left untranslated by mistake)', () => {
    const texts = (x: unknown): string[] => (typeof x === 'string' ? [x] : x && typeof x === 'object' ? Object.values(x).flatMap(texts) : []);
    // Ids, kinds and strategies are single words; every text has a space.
    const [a, b] = [texts(en.scenario), texts(fr.scenario)];
    expect(a.length).toBe(b.length);
    const same = a.filter((t, k) => t === b[k] && t.includes(' '));
    expect(same).toEqual([]);
  });

  it('has the same content hash in every language, so result codes carry across', () => {
    expect(fr.hash).toBe(en.hash);
    expect(loaded(TUTORIAL, 'de').compiled.hash).toBe(en.hash);
  });

  it('the same numbers in every language', () => {
    expect(fr.domain).toEqual(en.domain);
  });

  it('a language the scenario does not offer gives English', () => {
    const de = loaded(TUTORIAL, 'de').compiled;
    expect(de.language).toBe('en');
    expect(de.scenario).toEqual(en.scenario);
  });

  it('is complete: no translation warning from summit check', () => {
    const r = run('check', 'public/scenarios/tutorial.json');
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/translation|unlisted-language/);
    expect(r.out).toContain('; languages en, fr');
  });
});

describe('partly translated scenarios', () => {
  function minimalWith(edit: (s: Record<string, any>) => void) {
    const s = rawScenario('minimal');
    edit(s);
    const en = loadScenarioData(s);
    const fr = loadScenarioData(s, { language: 'fr' });
    if (!en.ok || !fr.ok) throw new Error('does not load');
    return { en, fr };
  }
  const codes = (ws: Problem[], code: string) => ws.filter((w) => w.code === code).map((w) => w.path);

  it('falls back to English field by field, and check warns where French is missing', () => {
    const { en, fr } = minimalWith((s) => {
      s.languages = ['en', 'fr'];
      s.title = { en: 'Minimal test talks', fr: 'Pourparlers minimaux' };
    });
    expect(fr.compiled.scenario.title).toBe('Pourparlers minimaux');
    expect(fr.compiled.scenario.setting).toBe(en.compiled.scenario.setting);
    const missing = codes(en.warnings, 'warn.missing-translation');
    expect(missing).toContain('$.setting');
    expect(missing).toContain('$.items[0].options[1].label');
    expect(missing).not.toContain('$.title');
    const w = en.warnings.find((x) => x.path === '$.setting')!;
    expect(w).toMatchObject({ severity: 'warning' });
    expect(w.message).toBe('no "fr" text here (the scenario lists this language); English is shown instead');
  });

  it('warns about a code that is no language and that the scenario does not list (a typo: never shown)', () => {
    const { en, fr } = minimalWith((s) => (s.title = { en: 'Minimal test talks', fn: 'Pourparlers minimaux' }));
    expect(codes(en.warnings, 'warn.unlisted-language')).toEqual(['$.title']);
    expect(en.warnings.find((w) => w.path === '$.title')?.message).toContain('"fn", which is no language code');
    expect(fr.compiled.scenario.title).toBe('Minimal test talks');
    expect(fr.compiled.language).toBe('en');
  });

  it("a text in a language the scenario does not list shows in a game in that language: the shipped maps' French", () => {
    const text = fs.readFileSync('public/scenarios/danang-2017.json', 'utf8');
    const [en, fr] = [loadScenario(text), loadScenario(text, { language: 'fr' })];
    if (!en.ok || !fr.ok) throw new Error('danang-2017 does not load');
    // Offered in English only, and the same game in both…
    expect(fr.compiled.languages).toEqual(['en']);
    expect(fr.compiled.language).toBe('en');
    expect(fr.compiled.hash).toBe(en.compiled.hash);
    // …but whatever its map shows is in French: places, lines, every layer's words, and the item titles its list names.
    const map = fr.compiled.scenario.map!;
    expect(map.places.find((p) => p.id === 'damascus')?.name).toBe('Damas');
    expect(map.lines.find((l) => l.id === 'euphrates')?.name).toBe('Euphrate (tracé simplifié)');
    const enMap = en.compiled.scenario.map!;
    // Names the same in both languages (Amman, Homs…) aside, none reads as in English.
    const same = ['amman', 'homs', 'raqqa', 'deir-ez-zor', 'irbid'];
    expect(map.places.filter((p, i) => p.name === enMap.places[i].name).map((p) => p.id)).toEqual(same.filter((id) => map.places.some((p) => p.id === id)));
    expect(map.lines.filter((l, i) => l.name === enMap.lines[i].name)).toEqual([]);
    const enItems = en.compiled.scenario.items;
    expect(fr.compiled.scenario.items.filter((it, i) => it.title === enItems[i].title)).toEqual([]);
    const labels = (s: typeof enItems) => s.flatMap((it) => it.options.flatMap((o) => (o.map ?? []).map((layer) => layer.label)));
    const [frLabels, enLabels] = [labels(fr.compiled.scenario.items), labels(enItems)];
    expect(frLabels.length).toBe(12);
    expect(frLabels.filter((l, i) => l === enLabels[i])).toEqual([]);
    // The rest stays English; a partial translation in a real language is no mistake: no warning.
    expect(fr.compiled.scenario.briefing).toBe(en.compiled.scenario.briefing);
    expect(en.warnings.filter((w) => /translation|language/.test(w.code))).toEqual([]);
  });

  it('an English-only scenario has no translation warnings', () => {
    const { en } = minimalWith(() => {});
    expect(en.warnings.filter((w) => /translation|language/.test(w.code))).toEqual([]);
  });

  it('leaves the parsed input untouched (loading is pure)', () => {
    const s = rawScenario('minimal');
    s.languages = ['en', 'fr'];
    s.title = { en: 'Minimal test talks', fr: 'Pourparlers minimaux' };
    const before = structuredClone(s);
    expect(loadScenarioData(s, { language: 'fr' }).ok).toBe(true);
    expect(s).toEqual(before);
  });
});
