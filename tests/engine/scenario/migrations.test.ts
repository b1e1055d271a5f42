/**
 * Format migrations: the chain is complete and ordered, every step is pure, an old file loads
 * with a notice and reads exactly like its current-format counterpart, a newer or missing or
 * garbage format is refused with a clear message at $.format.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario, loadScenarioData, MIGRATIONS, SCENARIO_FORMAT, upgradeScenario } from '../../../src/engine/index.ts';
import { run } from '../../support/cli.ts';

const OLD = 'tests/fixtures/scenarios/tutorial-format-1.json';
const CURRENT = 'public/scenarios/tutorial.json';
const oldText = fs.readFileSync(OLD, 'utf8');

function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === 'object') {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

describe('the migration chain', () => {
  it('runs 1 → 2 → … → SCENARIO_FORMAT in order, one format at a time, with no gap', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(Array.from({ length: SCENARIO_FORMAT - 1 }, (_, k) => [k + 1, k + 2]));
    for (const m of MIGRATIONS) expect(m.describe.length).toBeGreaterThan(20);
  });

  it('every step is pure: it returns a new object and leaves its (frozen) input untouched', () => {
    let json: Record<string, unknown> = JSON.parse(oldText);
    for (const m of MIGRATIONS) {
      const before = structuredClone(json);
      const next = m.migrate(deepFreeze(json));
      expect(json).toEqual(before);
      expect(next).not.toBe(json);
      expect(next.format).toBe(m.to);
      // Same input, same output.
      expect(m.migrate(json)).toEqual(next);
      json = next;
    }
  });

  it('1 → 2 declares the file English-only, right after "format", keeping every other key in place', () => {
    const { json, steps } = upgradeScenario(JSON.parse(oldText), 1);
    expect(steps.map((s) => s.from)).toEqual([1]);
    expect(Object.keys(json).slice(0, 4)).toEqual(['$schema', 'format', 'languages', 'id']);
    expect(json.languages).toEqual(['en']);
    const rest = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'format' && k !== 'languages'));
    expect(rest(json)).toEqual(rest(JSON.parse(oldText)));
  });

  it('keeps an own "__proto__" key as plain data, never as a prototype', () => {
    const text = oldText.replace('"format": 1,', '"format": 1, "__proto__": { "title": "inherited" },');
    const { json } = upgradeScenario(JSON.parse(text), 1);
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
    expect(Object.hasOwn(json, '__proto__')).toBe(true);
  });

  it('a current file needs no step', () => {
    expect(upgradeScenario(JSON.parse(fs.readFileSync(CURRENT, 'utf8')), SCENARIO_FORMAT).steps).toEqual([]);
  });
});

describe('loading a file of an older format', () => {
  it('upgrades it with a notice at $.format that says what changed', () => {
    const r = loadScenario(oldText);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.compiled.scenario.format).toBe(SCENARIO_FORMAT);
    const notices = r.warnings.filter((w) => w.severity === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ code: 'format.upgraded', path: '$.format', severity: 'notice' });
    expect(notices[0].message).toMatch(/^format 1 upgraded to 2: texts may now be given in several languages .* "languages": \["en"\]$/);
    expect(formatProblem(notices[0], 'old.json')).toMatch(/^old\.json: \$\.format: notice: format 1 upgraded to 2: /);
  });

  it('reports the notice even when designer warnings are off (as the game loads)', () => {
    const r = loadScenario(oldText, { warnings: false });
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['format.upgraded']);
  });

  it('reads exactly like the shipped format-2 tutorial in English (which adds only French)', () => {
    const old = loadScenario(oldText);
    const current = loadScenario(fs.readFileSync(CURRENT, 'utf8'));
    expect(old.ok && current.ok).toBe(true);
    if (!old.ok || !current.ok) return;
    expect(old.compiled.languages).toEqual(['en']);
    expect(current.compiled.languages).toEqual(['en', 'fr']);
    // The sides' colours and emblems and the third parties' emblems came after format 1 (presentation only, optional): the old file has none.
    const bare = current.compiled.scenario.sides.map(({ color: _c, emblem: _e, ...side }) => side);
    const parties = current.compiled.scenario.thirdParties.map(({ emblem: _e, ...p }) => p);
    expect({ ...old.compiled.scenario, languages: null, $schema: null }).toEqual({ ...current.compiled.scenario, sides: bare, thirdParties: parties, languages: null, $schema: null });
    expect(old.compiled.domain).toEqual(current.compiled.domain);
    // Same play data, same hash: the upgrade and the French texts change nothing a code depends on.
    expect(old.compiled.hash).toBe(current.compiled.hash);
  });

  it('a current file loads with no notice', () => {
    const r = loadScenario(fs.readFileSync('public/scenarios/danang-2017.json', 'utf8'));
    expect(r.ok && r.warnings.filter((w) => w.severity === 'notice')).toEqual([]);
  });

  it('`summit check` prints the notice and still exits 0', () => {
    const r = run('check', OLD);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${OLD}: ok: "First contact: reopening the hotline" (tutorial, format 2)`);
    expect(r.out).toContain(`${OLD}: $.format: notice: format 1 upgraded to 2: `);
  });
});

describe('a format this version cannot read', () => {
  const withFormat = (format: string) => oldText.replace('"format": 1,', format === '' ? '' : `"format": ${format},`);

  it('refuses a newer format, saying which version reads it', () => {
    const r = loadScenario(withFormat(String(SCENARIO_FORMAT + 1)));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      expect.objectContaining({
        code: 'format.too-new',
        path: '$.format',
        line: 3,
        message: `this scenario was made for a newer Summit (format ${SCENARIO_FORMAT + 1}); this version reads up to ${SCENARIO_FORMAT}: update Summit to open it`,
      }),
    ]);
  });

  it('a missing format is named at $.format', () => {
    const r = loadScenario(withFormat(''));
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.path])).toEqual([['format.missing', '$.format']]);
    expect(r.ok ? '' : r.problems[0].message).toContain(`add "format": ${SCENARIO_FORMAT}`);
  });

  it.each(['0', '-1', '1.5', '"2"', 'null', 'true', '[1]', '{}'])('format %s is garbage, named at $.format', (format) => {
    const r = loadScenario(withFormat(format));
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.path, p.line])).toEqual([['format.invalid', '$.format', 3]]);
    expect(r.ok ? '' : r.problems[0].message).toMatch(/^expected the format version, a whole number from 1 to \d+, found /);
  });

  it('a top level that is not an object is refused before any format check', () => {
    const r = loadScenarioData([1, 2]);
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['shape.type']);
  });
});
