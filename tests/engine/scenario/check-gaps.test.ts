/**
 * The gaps a new designer found in `check` (issue 15), one test each: every one used to pass
 * silently or read vaguely.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario, loadScenarioData, type Problem } from '../../../src/engine/index.ts';
import { summariseProblems } from '../../../src/engine/scenario/summarise.ts';
import { rawScenario } from '../../support/patched.ts';

type Patch = (s: Record<string, any>) => void;

function problems(patch: Patch): Problem[] {
  const s = rawScenario('minimal');
  patch(s);
  const r = loadScenarioData(s);
  return r.ok ? r.warnings : r.problems;
}

const find = (ps: Problem[], code: string) => ps.find((p) => p.code === code);

describe('check closes the gaps a designer found', () => {
  it('an event window past the deadline is an error at its "to"', () => {
    const p = find(
      problems((s) => (s.events[0].trigger.to = 12)),
      'event.rounds',
    );
    expect(p).toMatchObject({ severity: 'error', path: '$.events[0].trigger.to' });
    expect(p!.message).toContain('round 12 is after the deadline (4 rounds)');
  });

  it("a status-quo walk-away on the side's own red-lined option is flagged", () => {
    const p = find(
      problems((s) => s.sides[0].redLines[0].options.push('none')),
      'warn.walkaway-red-line',
    );
    expect(p).toMatchObject({ severity: 'warning', path: '$.sides[0].walkAway.options.border' });
    expect(p!.message).toContain('$.sides[0].redLines[0].options[1]');
  });

  it('a difficulty with no personality is flagged', () => {
    const p = find(
      problems((s) => (s.personalities = s.personalities.filter((x: any) => x.difficulty !== 'hard'))),
      'warn.difficulty-unassigned',
    );
    expect(p).toMatchObject({ severity: 'warning', path: '$.personalities' });
    expect(p!.message).toContain('"difficulty": "hard"');
    expect(p!.message).toContain('built-in boulware');
  });

  it("a walk-away above the best deal within both sides' red lines is an error, not just warn.no-zopa", () => {
    // South's best within its own (no) red lines is 1; North's red line on "open" caps it at 0.85.
    const ps = problems((s) => (s.sides[1].walkAway.value = 0.9));
    const p = find(ps, 'walkaway.unreachable');
    expect(p).toMatchObject({ severity: 'error', path: '$.sides[1].walkAway' });
    expect(p!.message).toContain("within both sides' red lines is worth only 0.850");
    expect(p!.message).toContain('"north" never accepts the rest');
  });

  it('an unknown kind lists the valid kinds, and so does a missing one', () => {
    const ps = problems((s) => {
      s.events[1].trigger.kind = 'thirdparty';
      delete s.events[0].trigger.kind;
    });
    expect(find(ps, 'shape.variant')?.message).toBe('expected a "kind" field saying which variant this is, one of "round", "thirdParty", "reopened", "proposed"');
    expect(ps.find((p) => p.path === '$.events[1].trigger')?.message).toBe('unknown kind "thirdparty": expected one of "round", "thirdParty", "reopened", "proposed"');
  });

  it('every enum lists its valid choices', () => {
    const ps = problems((s) => {
      s.sides[1].walkAway.kind = 'fallback';
      s.personalities[0].strategy = 'bully';
      s.personalities[1].difficulty = 'medium';
    });
    expect(ps.map((p) => `${p.path}: ${p.message}`)).toEqual([
      '$.sides[1].walkAway: unknown kind "fallback": expected one of "statusQuo", "reservation"',
      '$.personalities[0].strategy: expected one of "hardliner", "boulware", "linear", "conceder", "tit-for-tat", "logroller", found the text "bully"',
      '$.personalities[1].difficulty: expected one of "easy", "normal", "hard", found the text "medium"',
    ]);
  });

  it('a trailing comma is named as such, at the comma', () => {
    const text = fs.readFileSync('tests/fixtures/scenarios/minimal.json', 'utf8').replace('"questions": ["Who gained more, and why?"]', '"questions": ["Who gained more, and why?"],');
    const r = loadScenario(text);
    expect(r.ok).toBe(false);
    const p = (r as { problems: Problem[] }).problems[0];
    expect(formatProblem(p)).toMatch(/^\$: broken JSON: a trailing comma before "}" \(JSON allows no comma after the last entry; delete it\) \(line \d+, column \d+\) \[json\.syntax\]$/);
    const line = text.split('\n')[p.line! - 1];
    expect(line[p.column! - 1]).toBe(',');
  });

  it('a near-miss field name gets a suggestion: "happy" → "pleased", "titel" → "title"', () => {
    const ps = problems((s) => {
      const r = s.thirdParties[0].reactions;
      r.happy = r.pleased;
      delete r.pleased;
      s.items[0].titel = s.items[0].title;
      delete s.items[0].title;
    });
    expect(ps.find((p) => p.path === '$.thirdParties[0].reactions.happy')?.message).toBe('unknown field "happy"; did you mean "pleased"? (fields here: pleased, uneasy, angry)');
    expect(ps.find((p) => p.path === '$.items[0].titel')?.message).toContain('did you mean "title"?');
    // A field that resembles nothing lists what is allowed instead.
    expect(problems((s) => (s.items[0].colour = 'red'))[0].message).toBe('unknown field "colour" (misspelt, or not part of this format; fields here: id, title, description, options)');
  });

  it('repeated warnings are summarised: one added language is one line with a count', () => {
    const s = JSON.parse(fs.readFileSync('public/scenarios/tutorial.json', 'utf8'));
    s.languages.push('de');
    const r = loadScenarioData(s);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const missing = r.warnings.filter((w) => w.code === 'warn.missing-translation');
    expect(missing.length).toBeGreaterThan(50);
    const summary = summariseProblems(r.warnings).filter((w) => w.code === 'warn.missing-translation');
    expect(summary).toHaveLength(1);
    expect(summary[0].message).toContain(`${missing.length} places like this, from ${missing[0].path} to ${missing.at(-1)!.path}`);
    // A few of a kind are still listed one by one.
    expect(summariseProblems(missing.slice(0, 3))).toEqual(missing.slice(0, 3));
  });
});
