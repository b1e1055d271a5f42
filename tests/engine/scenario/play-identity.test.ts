/**
 * Identity that survives text: a scenario's hash covers its play data only, so a result code made
 * before a prose-only edit (or in another language) still verifies after it, and one made before a
 * change of play data is refused with a message naming what changed.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeResultCode, encodeResultCode, loadScenario, loadScenarioData, recordLog, replayLog, type CompiledScenario } from '../../../src/engine/index.ts';
import { playIdentity, stableJson } from '../../../src/engine/scenario/play-identity.ts';
import { rawScenario } from '../../support/patched.ts';
import { SummitTest } from '../../support/summit-dsl.ts';

/** Keys whose strings are ids or kinds, never prose; strings in lists are prose only under "questions". */
const NOT_PROSE = new Set([
  'id',
  'kind',
  'item',
  'option',
  'party',
  'side',
  'realOption',
  'strategy',
  'difficulty',
  'url',
  '$schema',
  'opener',
  'standards',
  'mode',
  'map',
  'color',
  'colors',
  'shape',
  'along',
  'place',
]);

/** Every prose text of a scenario file rewritten (both languages of a translated text). */
function editProse(x: unknown, key = ''): unknown {
  if (typeof x === 'string') return NOT_PROSE.has(key) ? x : `${x} (edited)`;
  if (Array.isArray(x))
    return key === 'questions'
      ? x.map((q) => editProse(q, 'question'))
      : key === 'languages' || (key === 'options' && x.every((o) => typeof o === 'string'))
        ? x
        : x.map((v) => editProse(v, key === 'options' ? '' : key));
  if (x !== null && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    // A translated text: { "en": …, "fr": … }.
    if (Object.keys(o).length && Object.keys(o).every((k) => /^[a-z]{2}(-[A-Z]{2})?$/.test(k)) && Object.values(o).every((v) => typeof v === 'string'))
      return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, `${v as string} (edited)`]));
    // walkAway.options maps item ids to option ids.
    if (key === 'options' && !Array.isArray(x)) return x;
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, editProse(v, k)]));
  }
  return x;
}

function compile(data: unknown, language?: string): CompiledScenario {
  const r = loadScenarioData(data, { language });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.compiled;
}

/** A finished game on `c` with news, talk, trades and a deal or a walk-out: its result code. */
function playedCode(c: CompiledScenario, seed: string): string {
  const t = new SummitTest(c).humanVs({ kind: 'computer', difficulty: 'normal' }).withSeed(seed).start();
  const items = c.scenario.items;
  for (let k = 0; k < 6 && t.phase === 'negotiating'; k++) {
    t.send({ type: 'priority.ask' }).send({ type: 'priority.state', item: items[k % items.length].id });
    t.propose(Object.fromEntries(items.map((it, i) => [it.id, it.options[(k + i) % it.options.length].id])));
  }
  if (t.phase === 'negotiating') t.walkAway();
  t.send({ type: 'debrief.open' });
  return encodeResultCode(c, recordLog(c, t.context, t.actor.getSnapshot().value));
}

function verifies(c: CompiledScenario, code: string): { ok: boolean; reason?: string } {
  const decoded = decodeResultCode(c, code);
  if (!decoded.ok) return decoded;
  const replay = replayLog(c, decoded.log);
  return replay.ok ? { ok: true } : { ok: false, reason: replay.reason };
}

describe('identity that survives text', () => {
  it("a side's colour and emblem, a third party's emblem and the real outcome's label are presentation: outside the play hash, so codes still verify", () => {
    const raw = rawScenario('minimal') as { sides: Record<string, unknown>[]; thirdParties: Record<string, unknown>[]; debrief: Record<string, unknown> };
    const before = compile(raw);
    const dressed = structuredClone(raw);
    dressed.sides[0].color = '#1b8a3a';
    dressed.sides[0].emblem = { shape: 'stripes', colors: ['#239f40', '#ffffff', '#da0000'] };
    dressed.sides[1].color = '#3355aa';
    dressed.sides[1].emblem = { shape: 'star', colors: ['#003399', '#ffcc00'] };
    dressed.debrief.realLabel = 'Vienna 2015';
    dressed.thirdParties[0].emblem = { shape: 'disc', colors: ['#5b92e5', '#ffffff'] };
    const after = compile(dressed);
    expect(after.scenario.sides[0].emblem?.shape).toBe('stripes');
    expect(after.scenario.thirdParties[0].emblem).toEqual({ shape: 'disc', colors: ['#5b92e5', '#ffffff'] });
    // …and changing it again (another shape, other colours) keeps the hash too.
    dressed.thirdParties[0].emblem = { shape: 'stripes', colors: ['#ce1126', '#ffffff', '#000000'] };
    expect(compile(dressed).hash).toBe(before.hash);
    expect(after.hash).toBe(before.hash);
    for (const seed of ['a', 'b']) expect(verifies(after, playedCode(before, seed)), seed).toEqual({ ok: true });
  });

  for (const fixture of ['minimal', 'tutorial-format-1']) {
    it(`${fixture}: a code made before a prose-only edit still verifies after it`, () => {
      const raw = rawScenario(fixture);
      const before = compile(raw);
      const edited = compile(editProse(raw));
      expect(edited.scenario.title).toContain('(edited)');
      expect(edited.scenario.items[0].options[0].label).toContain('(edited)');
      expect(edited.hash).toBe(before.hash);
      for (const seed of ['a', 'b', 'c', 'd']) expect(verifies(edited, playedCode(before, seed)), seed).toEqual({ ok: true });
    });
  }

  it('a prose edit keeps the play hash and lets a code decode', () => {
    const raw = rawScenario('tutorial-format-1');
    const before = compile(raw);
    const edited = compile(editProse(raw));
    expect(edited.hash).toBe(before.hash);
    expect(decodeResultCode(edited, playedCode(before, 'x')).ok).toBe(true);
  });

  it('the shipped tutorial has one hash in English and French, and codes cross between them', () => {
    const text = fs.readFileSync('public/scenarios/tutorial.json', 'utf8');
    const en = loadScenario(text);
    const fr = loadScenario(text, { language: 'fr' });
    if (!en.ok || !fr.ok) throw new Error('the tutorial does not load');
    expect(fr.compiled.scenario.title).not.toBe(en.compiled.scenario.title);
    expect(fr.compiled.hash).toBe(en.compiled.hash);
    expect(verifies(en.compiled, playedCode(fr.compiled, 'fr-game'))).toEqual({ ok: true });
    expect(verifies(fr.compiled, playedCode(en.compiled, 'en-game'))).toEqual({ ok: true });
  });

  it('a code made before a change of values is refused, naming the item', () => {
    const raw = rawScenario('minimal');
    const code = playedCode(compile(raw), 'values');
    raw.items[1].options[1].values.south = 0.65;
    expect(verifies(compile(raw), code)).toEqual({ ok: false, reason: expect.stringMatching(/another version of "minimal".*item "trade" \(its options, values or effects\)/) });
  });

  it('names each kind of play change, and only what changed', () => {
    const raw = rawScenario('minimal');
    const code = playedCode(compile(raw), 'kinds');
    const reasonAfter = (patch: (s: Record<string, any>) => void) => {
      const s = structuredClone(raw);
      patch(s);
      const r = verifies(compile(s), code);
      expect(r.ok).toBe(false);
      return r.reason!.replace(/^.*changed since: /, '');
    };
    expect(reasonAfter((s) => (s.sides[0].priorities = { border: 0.5, trade: 0.5 }))).toBe('side "north" (its priorities, walk-away or red lines)');
    expect(reasonAfter((s) => (s.events[0].probability = 0.9))).toBe('event "border-incident" (its chance, trigger or effects)');
    expect(reasonAfter((s) => (s.deadline.rounds = 5))).toBe('the rules (deadline, opener, partial statements)');
    expect(reasonAfter((s) => (s.personalities[0].strategy = 'boulware'))).toBe('counterpart "steady" (its strategy or settings)');
    expect(reasonAfter((s) => s.items.reverse())).toBe('the order of the sides, items, events or counterparts');
    expect(reasonAfter((s) => ((s.items[0].options[1].values.north = 0.9), (s.events[1].effects.trust = -0.2)))).toBe(
      'item "border" (its options, values or effects); event "neighbour-protest" (its chance, trigger or effects)',
    );
  });

  it('leaves prose out by an allowlist: a field it does not list never enters the hash', () => {
    const s = compile(rawScenario('minimal')).scenario;
    const withExtra = { ...s, lessonKit: { notes: 'anything' }, items: s.items.map((i) => ({ ...i, teacherNote: 'x' })) };
    expect(playIdentity(withExtra as unknown as typeof s).hash).toBe(playIdentity(s).hash);
    expect(stableJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  });
});
