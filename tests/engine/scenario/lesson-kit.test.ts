/**
 * The lesson kit in the scenario format (src/engine/scenario/lesson-kit.ts): a kit loads and is
 * resolved to the chosen language like any text; a malformed one is a clear problem at its path;
 * `summit check` warns when a scenario has none or when a run sheet overruns its periods; the kit
 * never changes play. And every shipped scenario has a complete kit in every language it ships.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeScenario, loadScenario, loadScenarioData, type LessonKit } from '../../../src/engine/index.ts';
import { rawScenario } from '../../support/patched.ts';

const SHIPPED = fs.readdirSync('public/scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
const text = (f: string) => fs.readFileSync(`public/scenarios/${f}`, 'utf8');

/** A small kit, enough to load. */
const kit = () => ({
  overview: { en: 'Two neighbours settle a border and a tariff.', fr: 'Deux voisins règlent une frontière et un tarif.' },
  objectives: [{ text: 'Trade across items.', standards: ['D2.Civ.9.9-12'] }],
  runSheets: [{ periods: 1, mode: 'live', title: 'One period', steps: [{ minutes: 40, title: 'Play', detail: 'Pairs play one game.' }] }],
  debriefScript: [{ question: 'What did you trade?', expected: 'Items valued differently.' }],
});

function load(patch: (s: Record<string, any>) => void) {
  const s = rawScenario('minimal');
  patch(s);
  return loadScenarioData(s);
}

describe('the lesson kit in a scenario file', () => {
  it('loads, fills its defaults, and resolves its texts to the chosen language', () => {
    const data = rawScenario('minimal');
    data.languages = ['en', 'fr'];
    data.lessonKit = kit();
    const r = loadScenarioData(data, { language: 'fr' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const k = r.compiled.scenario.lessonKit!;
    expect(k.overview).toBe('Deux voisins règlent une frontière et un tarif.');
    expect(k.runSheets[0].periodMinutes).toBe(45);
    expect(k.glossary).toEqual([]);
    // The kit's English-only texts fall back to English, and check says so.
    expect(k.objectives[0].text).toBe('Trade across items.');
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'warn.missing-translation', path: '$.lessonKit.objectives[0].text' }));
  });

  it('a misspelt field, a bad standard code or an empty run sheet is a problem at its path', () => {
    const cases: [(k: Record<string, any>) => void, string, string][] = [
      [(k) => (k.objectvies = []), 'shape.unknown-field', '$.lessonKit.objectvies'],
      [(k) => (k.objectives[0].standards = ['D2 Civ 9']), 'shape.format', '$.lessonKit.objectives[0].standards[0]'],
      [(k) => (k.runSheets[0].steps = []), 'shape.too-small', '$.lessonKit.runSheets[0].steps'],
      [(k) => (k.runSheets[0].mode = 'online'), 'shape.choice', '$.lessonKit.runSheets[0].mode'],
      [(k) => (k.maps = [{ src: '../../etc/passwd.svg', alt: 'A map.', caption: 'A map.' }]), 'shape.format', '$.lessonKit.maps[0].src'],
    ];
    for (const [patch, code, path] of cases) {
      const r = load((s) => {
        s.lessonKit = kit();
        patch(s.lessonKit);
      });
      expect(r.ok, code).toBe(false);
      if (!r.ok) expect(r.problems.map((p) => [p.code, p.path])).toContainEqual([code, path]);
    }
  });

  it('check warns when a scenario has no kit, and when a run sheet takes longer than its periods', () => {
    const none = load(() => {});
    expect(none.ok && none.warnings.map((w) => w.code)).toContain('warn.no-lesson-kit');
    const long = load((s) => {
      s.lessonKit = kit();
      s.lessonKit.runSheets[0].steps.push({ minutes: 10, title: 'Debrief', detail: 'Talk.' });
    });
    expect(long.ok && long.warnings.filter((w) => w.code === 'warn.run-sheet-time' || w.code === 'warn.no-lesson-kit')).toEqual([
      expect.objectContaining({ code: 'warn.run-sheet-time', path: '$.lessonKit.runSheets[0].steps' }),
    ]);
    const stray = load((s) => {
      s.lessonKit = { ...kit(), whyTheseNumbers: { note: 'Estimates.', options: { border: { none: 'Nobody gains.', wall: 'No such option.' }, tarif: {} } } };
    });
    expect(stray.ok && stray.warnings.filter((w) => w.code === 'warn.kit-unknown-option').map((w) => w.path)).toEqual([
      '$.lessonKit.whyTheseNumbers.options.border.wall',
      '$.lessonKit.whyTheseNumbers.options.tarif',
    ]);
  });

  it('never changes play: the same scenario with and without its kit has the same domain, analysis and events', () => {
    const data = JSON.parse(text('danang-2017.json'));
    const bare = structuredClone(data);
    delete bare.lessonKit;
    const [a, b] = [loadScenarioData(data), loadScenarioData(bare)];
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.compiled.domain).toEqual(b.compiled.domain);
    expect(analyzeScenario(a.compiled).nash).toEqual(analyzeScenario(b.compiled).nash);
    expect(a.compiled.scenario.events).toEqual(b.compiled.scenario.events);
  });
});

/** Every text of the kit, with its path. */
function texts(x: unknown, path = '$.lessonKit'): [string, unknown][] {
  if (x !== null && typeof x === 'object' && !Array.isArray(x) && 'en' in x) return [[path, x]];
  if (Array.isArray(x)) return x.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (x !== null && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => texts(v, `${path}.${k}`));
  return typeof x === 'string' ? [[path, x]] : [];
}

describe('every shipped scenario has a complete lesson kit, in every language it ships', () => {
  for (const file of SHIPPED) {
    it(file, () => {
      const raw = JSON.parse(text(file));
      expect(raw.lessonKit, `${file} has no lessonKit`).toBeDefined();
      for (const language of raw.languages as string[]) {
        const r = loadScenario(text(file), { language });
        expect(r.ok).toBe(true);
        if (!r.ok) continue;
        // No kit text falls back to English in a language the scenario lists.
        expect(r.warnings.filter((w) => w.path.startsWith('$.lessonKit'))).toEqual([]);
        const k: LessonKit = r.compiled.scenario.lessonKit!;
        expect(k.objectives.length).toBeGreaterThan(0);
        for (const o of k.objectives) for (const s of o.standards) expect(s).toMatch(/^D[0-9]\.(Civ|His|Geo|Eco)?\.?[0-9]+\.(9-12|6-8)$|^D4\.[0-9]+\.(9-12|6-8)$/);
        expect(k.debriefScript.length).toBeGreaterThan(0);
        expect(k.runSheets.some((s) => s.periods === 1)).toBe(true);
        expect(k.runSheets.some((s) => s.mode === 'live') && k.runSheets.some((s) => s.mode === 'static')).toBe(true);
      }
      for (const [path, t] of texts(raw.lessonKit)) if (typeof t === 'object') expect(Object.keys(t as object).sort(), path).toEqual([...raw.languages].sort());
    });
  }

  it('the default scenario has the whole kit: two-period sheets, exit ticket, rubric, case file at two levels, timeline, glossary, human cost, sources, role cards with the SDF', () => {
    const r = loadScenario(text('danang-2017.json'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const k = r.compiled.scenario.lessonKit!;
    expect(
      k.runSheets
        .filter((s) => s.periods === 2)
        .map((s) => s.mode)
        .sort(),
    ).toEqual(['live', 'static']);
    for (const s of k.runSheets) expect(s.steps.reduce((m, step) => m + step.minutes, 0)).toBe(s.periods * s.periodMinutes);
    expect(k.exitTicket.length).toBeGreaterThanOrEqual(3);
    expect(k.rubric.length).toBeGreaterThanOrEqual(5);
    const words = (ps: readonly string[]) => ps.join(' ').split(/\s+/).length;
    expect(words(k.caseFile!.basic)).toBeGreaterThan(450);
    expect(words(k.caseFile!.advanced)).toBeGreaterThan(2 * words(k.caseFile!.basic));
    expect(k.timeline.at(-1)!.date).toBe('8 Dec 2024');
    // The map is a file beside the scenario, and it draws the places the talks were about.
    const svg = fs.readFileSync(`public/scenarios/${k.maps[0].src}`, 'utf8');
    for (const place of ['Daraa', 'Quneitra', 'Sweida', 'Golan', '1974', 'Nassib', 'Euphrates', 'al-Tanf']) expect(svg, place).toContain(place);
    expect(k.glossary.map((g) => g.term)).toEqual(expect.arrayContaining(['De-escalation zone', 'Astana process', 'Resolution 2254', 'Deconfliction', 'Memorandum of principles']));
    expect(k.humanCost).toMatch(/refugees/);
    // Why these numbers: a line for every option of every item.
    for (const item of r.compiled.scenario.items) for (const o of item.options) expect(k.whyTheseNumbers!.options[item.id]?.[o.id], `${item.id}/${o.id}`).toMatch(/\w+ \w+/);
    expect(k.primarySources.length).toBeGreaterThanOrEqual(5);
    expect(k.roleCards.map((c) => c.party)).toEqual(
      expect.arrayContaining(['Israel', 'Iran', 'Turkey', 'Jordan', 'Syrian government', 'Syrian opposition', 'UN Special Envoy', 'The SDF (Syrian Democratic Forces)']),
    );
  });
});
