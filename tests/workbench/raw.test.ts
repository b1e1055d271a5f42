/** The workbench's edits to a scenario as written: every reference follows, so the file still loads. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioData } from '../../src/engine/index.ts';
import { addItem, addOption, english, redLined, removeItem, removeOption, setRedLine, withEnglish } from '../../src/workbench/raw.ts';

const tutorial = () => JSON.parse(fs.readFileSync('public/scenarios/tutorial.json', 'utf8'));
const problems = (s: unknown) => {
  const r = loadScenarioData(s);
  return r.ok ? [] : r.problems.map((p) => p.code);
};

describe('workbench edits', () => {
  it("edits a translated text's English and keeps its French", () => {
    const s = tutorial();
    expect(english(s.title)).toBe('First contact: reopening the hotline');
    s.title = withEnglish(s.title, 'Second contact');
    expect(s.title).toMatchObject({ en: 'Second contact', fr: expect.any(String) });
    expect(withEnglish('plain', 'new')).toBe('new');
  });

  it('adds and removes red lines, dropping an empty line', () => {
    const s = tutorial();
    setRedLine(s.sides[1], 'aid', 'damascus', true);
    expect(redLined(s.sides[1], 'aid', 'damascus')).toBe(true);
    expect(problems(s)).toEqual([]);
    setRedLine(s.sides[1], 'aid', 'damascus', false);
    expect(s.sides[1].redLines).toEqual([]);
  });

  it('removing an option moves the walk-aways and the real outcome that named it', () => {
    const s = tutorial();
    addOption(s, 0);
    expect(problems(s)).toEqual([]);
    removeOption(s, 0, 0); // "none": both status-quo walk-aways stood on it
    expect(s.items[0].options.map((o: { id: string }) => o.id)).toEqual(['restore', 'pledge', 'option-4']);
    expect(s.sides[0].walkAway.options.hotline).toBe('restore');
    expect(problems(s)).toEqual([]);
  });

  it('an added item needs its weights fixed (check says so), and removing it restores the file', () => {
    const s = tutorial();
    addItem(s);
    expect(problems(s)).toContain('weights.sum');
    removeItem(s, 2);
    expect(s).toEqual(tutorial());
  });
});
