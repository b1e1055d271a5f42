/**
 * One tiny fixture per kind of problem: each row breaks the minimal scenario in one way and
 * names the code and JSON path a designer should see.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario, loadScenarioData } from '../../../src/engine/index.ts';
import { rawScenario } from '../../support/patched.ts';

type Patch = (s: Record<string, any>) => void;

const rows: [string, Patch, string, string][] = [
  ['format.missing', (s) => delete s.format, '$.format', 'missing the format version'],
  ['format.too-new', (s) => (s.format = 99), '$.format', 'made for a newer Summit (format 99); this version reads up to 2'],
  ['format.invalid', (s) => (s.format = 'two'), '$.format', 'expected the format version, a whole number from 1 to 2, found the text "two"'],
  ['shape.missing', (s) => (s.title = { fr: 'Pourparlers' }), '$.title.en', 'required field is missing'],
  ['shape.type', (s) => (s.title = 7), '$.title', 'expected a text (in double quotes) or its translations'],
  ['text.language', (s) => (s.title = { en: 'Talks', French: 'Pourparlers' }), '$.title.French', '"French" is not a language code'],
  ['languages.no-english', (s) => (s.languages = ['fr']), '$.languages', '"languages" must include "en"'],
  ['shape.missing', (s) => delete s.title, '$.title', 'required field is missing'],
  ['shape.type', (s) => (s.deadline.rounds = 'four'), '$.deadline.rounds', 'expected a number, found the text "four"'],
  ['shape.unknown-field', (s) => (s.items[0].colour = 'red'), '$.items[0].colour', 'unknown field "colour"'],
  ['shape.too-small', (s) => (s.items[1].options = [s.items[1].options[0]]), '$.items[1].options', 'at least 2 entries'],
  ['shape.too-big', (s) => (s.items[0].options[1].values.north = 1.5), '$.items[0].options[1].values.north', 'at most 1'],
  ['shape.format', (s) => (s.id = 'Bad Id'), '$.id', 'lower-case letters'],
  ['shape.choice', (s) => (s.personalities[0].strategy = 'bully'), '$.personalities[0].strategy', 'expected one of "hardliner"'],
  ['shape.variant', (s) => (s.sides[1].walkAway = { kind: 'maybe' }), '$.sides[1].walkAway', 'unknown kind "maybe"'],
  ['shape.invalid', (s) => (s.sides[0].priorities.Trade = 0.2), '$.sides[0].priorities.Trade', 'Invalid key in record'],
  ['id.duplicate', (s) => (s.items[1].id = 'border'), '$.items[1].id', 'duplicate item id "border"'],
  ['ref.item', (s) => (s.sides[0].redLines[0].item = 'borders'), '$.sides[0].redLines[0].item', 'no item has id "borders"'],
  ['ref.option', (s) => (s.debrief.items.border.realOption = 'wall'), '$.debrief.items.border.realOption', 'has no option "wall"'],
  ['ref.side', (s) => (s.rules = { opener: 'east' }), '$.rules.opener', 'no side has id "east"'],
  ['ref.party', (s) => (s.items[0].options[1].effects = { nobody: 0.5 }), '$.items[0].options[1].effects.nobody', 'no third party has id "nobody"'],
  ['values.missing', (s) => delete s.items[0].options[0].values.south, '$.items[0].options[0].values.south', 'missing the value of this option to "south"'],
  ['values.all-zero', (s) => s.items[1].options.forEach((o: any) => (o.values.south = 0)), '$.items[1].options', 'every option is worth 0 to "south"'],
  ['weights.sum', (s) => (s.sides[0].priorities.trade = 0.5), '$.sides[0].priorities', 'add up to 1.2'],
  ['weights.missing', (s) => delete s.sides[1].priorities.trade, '$.sides[1].priorities.trade', 'missing the weight of item "trade"'],
  ['walkaway.missing', (s) => delete s.sides[0].walkAway.options.trade, '$.sides[0].walkAway.options.trade', 'if there is no agreement'],
  [
    'walkaway.unreachable',
    (s) => ((s.sides[1].walkAway.value = 0.9), (s.sides[1].redLines = [{ item: 'trade', options: ['free'], text: 'No.' }])),
    '$.sides[1].walkAway',
    'best deal within its red lines is worth only',
  ],
  ['redline.everything', (s) => (s.sides[0].redLines[0].options = ['none', 'patrolled', 'open']), '$.sides[0].redLines[0].options', 'rules out every option'],
  ['event.threshold', (s) => delete s.events[1].trigger.below, '$.events[1].trigger', 'needs "below" or "above"'],
  ['event.rounds', (s) => (s.events[0].trigger.from = 9), '$.events[0].trigger.from', 'after the deadline'],
  ['debrief.missing', (s) => delete s.debrief.items.trade, '$.debrief.items.trade', 'missing what really happened on item "trade"'],
];

describe('a broken scenario names every problem', () => {
  it.each(rows)('%s', (code, patch, path, message) => {
    const s = rawScenario('minimal');
    patch(s);
    const r = loadScenarioData(s);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const p = r.problems.find((x) => x.code === code);
    expect(p, JSON.stringify(r.problems)).toBeDefined();
    expect(p!.path).toBe(path);
    expect(p!.message).toContain(message);
  });

  it('reports all problems at once, not just the first', () => {
    const s = rawScenario('minimal');
    delete s.title;
    s.deadline.rounds = 'four';
    s.items[0].colour = 'red';
    const r = loadScenarioData(s);
    expect(r.ok ? [] : r.problems.map((p) => p.code).sort()).toEqual(['shape.missing', 'shape.type', 'shape.unknown-field']);
  });

  it('broken JSON gives the line and column', () => {
    const text = fs.readFileSync('tests/fixtures/scenarios/minimal.json', 'utf8').replace('"title": "Minimal test talks",', '"title": "Minimal test talks"');
    const r = loadScenario(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ code: 'json.syntax', line: 6, column: 3 });
    expect(formatProblem(r.problems[0], 'f.json')).toBe('f.json: $: broken JSON: expected a comma "," (line 6, column 3) [json.syntax]');
  });

  it('problems found after parsing point at their line in the file', () => {
    const text = fs.readFileSync('tests/fixtures/scenarios/minimal.json', 'utf8').replace('"rounds": 4', '"rounds": "four"');
    const r = loadScenario(text);
    expect(r.ok ? null : r.problems[0]).toMatchObject({ path: '$.deadline.rounds', line: expect.any(Number) });
    const line = text.split('\n')[(r as { problems: { line: number }[] }).problems[0].line - 1];
    expect(line).toContain('"rounds"');
  });

  it('an empty file or a list is refused plainly', () => {
    expect(loadScenario('')).toMatchObject({ ok: false, problems: [{ code: 'json.syntax' }] });
    expect(loadScenario('[]')).toMatchObject({ ok: false, problems: [{ code: 'shape.type', path: '$' }] });
  });
});
