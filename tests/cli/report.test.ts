/**
 * `summit simulate … --report FILE.html`: the balance report is written, holds its four charts
 * and the warnings, runs no script and loads nothing, escapes scenario text, and is byte-identical
 * for the same arguments. Few games per pair, so the whole file stays quick.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../support/cli.ts';
import { loadOrExit } from '../../src/cli/io.ts';
import { analyzeScenario } from '../../src/engine/analysis/scenario-analysis.ts';
import { BALANCE_PAIRS } from '../../src/engine/balance.ts';

const DEFAULT = 'public/scenarios/danang-2017.json';
const GAMES = '4';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-report-'));

/** The markup of one report section, found by its id. */
function sectionOf(html: string, id: string): string {
  const m = new RegExp(`<section id="${id}">([\\s\\S]*?)</section>`).exec(html);
  expect(m, `section #${id}`).not.toBeNull();
  return m![1];
}

const count = (text: string, needle: string | RegExp) => (typeof needle === 'string' ? text.split(needle).length - 1 : (text.match(needle) ?? []).length);

const c = loadOrExit(DEFAULT);
const analysis = analyzeScenario(c);
const reportFile = path.join(dir, 'report.html');
const args = ['simulate', DEFAULT, '--games', GAMES, '--seed', 'report', '--us', 'boulware', '--russia', 'logroller'];
const first = run(...args, '--report', reportFile);
const html = fs.readFileSync(reportFile, 'utf8');
const pairs = 1 + BALANCE_PAIRS.length; // boulware–logroller is not a balance pair

describe('summit simulate --report', () => {
  it('prints the usual text report, then where the report went', () => {
    expect(first.code).toBe(0);
    const plain = run(...args);
    expect(first.out).toBe(`${plain.out}\nreport written to ${reportFile}`);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('has a header naming the scenario, its play hash, the seed and the games', () => {
    const header = /<header>[\s\S]*?<\/header>/.exec(html)![0];
    for (const s of ['Da Nang, November 2017', 'danang-2017', c.hash, '&quot;report&quot;', `<dd>${GAMES}</dd>`]) expect(header).toContain(s);
  });

  it('draws the outcome space: every outcome, the frontier, the Nash point, the walk-aways, the real outcome', () => {
    const s = sectionOf(html, 'outcome-space');
    expect(count(s, '<svg')).toBe(1);
    expect(count(s, /class="pt pt-(ok|red)"/g)).toBe(625);
    expect(count(s, 'class="fp"')).toBe(analysis.frontier.length);
    expect(count(s, 'class="nash"')).toBe(1);
    expect(count(s, 'class="real"')).toBe(1);
    expect(count(s, '<g class="walk-away">')).toBe(1);
    for (const label of ['Legend', 'Pareto frontier', 'Nash bargaining point', 'real outcome', 'walk-away', 'us walk-away', 'russia walk-away']) expect(s).toContain(label);
  });

  it('draws where each pair’s deals land, one mini chart per pair, and tabulates them', () => {
    const s = sectionOf(html, 'deals');
    const charts = s.match(/<svg[^>]*class="deals"[\s\S]*?<\/svg>/g) ?? [];
    expect(charts).toHaveLength(pairs);
    for (const chart of charts) {
      const distinct = Number(/class="deal-points" data-count="(\d+)"/.exec(chart)![1]);
      expect(count(chart, 'class="deal"')).toBe(distinct);
      expect(distinct).toBeGreaterThan(0);
    }
    // The table: a row per pair, with the columns a designer compares.
    const table = /<table class="pairs">[\s\S]*?<\/table>/.exec(s)![0];
    expect(count(table, '<tr>')).toBe(pairs + 1);
    for (const h of ['Agreement rate', 'Mean utility us', 'Mean utility russia', 'Mean rounds', 'Mean distance to frontier', 'Mean distance to Nash']) expect(table).toContain(h);
    for (const [a, b] of BALANCE_PAIRS) expect(table).toContain(`us ${a} vs russia ${b}`);
  });

  it('draws agreements by round for every pair, one bar per round', () => {
    const s = sectionOf(html, 'rounds');
    expect(count(s, /<svg[^>]*class="rounds"/g)).toBe(pairs);
    expect(count(s, 'class="bar"')).toBe(pairs * c.scenario.deadline.rounds);
  });

  it('draws how often each option is agreed, item by item, with the real outcome marked', () => {
    const s = sectionOf(html, 'options');
    expect(count(s, /<svg[^>]*class="options"/g)).toBe(c.scenario.items.length);
    expect(count(s, 'class="opt-bar"')).toBe(c.scenario.items.reduce((n, item) => n + item.options.length, 0));
    expect(count(s, 'class="real"')).toBe(c.scenario.items.length);
  });

  it('lists the warnings at the top', () => {
    expect(html.indexOf('<section id="warnings">')).toBeLessThan(html.indexOf('<section id="outcome-space">'));
    // The default scenario's honest warnings since engine 0.2.0: its efficient counterparts never settle on two options.
    const section = sectionOf(html, 'warnings');
    expect(section).toMatch(/Warnings \(2\)/);
    expect(count(section, '[warn.never-agreed]')).toBe(2);
    expect(section).toContain('<code>$.items[0].options[1]</code>');
  });

  it('runs no script and loads nothing from anywhere', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i); // no event-handler attributes
    expect(html).not.toMatch(/javascript:|url\(|@import|\ssrc=|<link|<iframe|<object|<embed/i);
    expect(html.match(/href="[^"]*"/g)?.every((h) => h.startsWith('href="#'))).toBe(true); // in-page links only
    // URLs appear only as the text of the debrief's source list.
    const withoutSources = html.replace(sectionOf(html, 'sources'), '');
    expect(withoutSources).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(html).toContain('Content-Security-Policy');
  });

  it('is byte-identical for the same arguments', () => {
    const again = path.join(dir, 'again.html');
    expect(run(...args, '--report', again).code).toBe(0);
    expect(fs.readFileSync(again)).toEqual(fs.readFileSync(reportFile));
  });

  it('escapes scenario text: a hostile title, option label and source stay text', () => {
    const s = JSON.parse(fs.readFileSync(DEFAULT, 'utf8'));
    s.title = '<script>alert(1)</script>';
    s.items[0].options[1].label = 'Hotline <img src=x onerror=alert(2)>';
    s.debrief.sources.push({ title: '<b>bold</b>', url: 'javascript:alert(3)' });
    // And a warning: an item that barely matters to either side.
    for (const side of s.sides) {
      side.priorities.geneva += side.priorities.deconfliction - 0.01;
      side.priorities.deconfliction = 0.01;
    }
    const file = path.join(dir, 'hostile.json');
    fs.writeFileSync(file, JSON.stringify(s));
    const out = path.join(dir, 'hostile.html');
    expect(run('simulate', file, '--games', '2', '--seed', 'x', '--report', out).code).toBe(0);
    const h = fs.readFileSync(out, 'utf8');
    expect(h).not.toMatch(/<script|<img|<b>/i);
    expect(h).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(h).toContain('Hotline &lt;img src=x onerror=alert(2)&gt;');
    expect(h).toContain('&lt;b&gt;bold&lt;/b&gt;');
    const warnings = sectionOf(h, 'warnings');
    expect(warnings).toContain('<code>$.items[0]</code>');
    expect(warnings).toContain('[warn.minor-item]');
  });

  it('keeps --json output one JSON document, naming the report file', () => {
    const out = path.join(dir, 'json.html');
    const r = run('simulate', DEFAULT, '--games', '2', '--seed', 'j', '--json', '--report', out);
    expect(JSON.parse(r.out)).toMatchObject({ games: 2, reportFile: out });
  });

  it('exit 2, before playing, when the report cannot be written', () => {
    const r = run(...args, '--report', path.join(dir, 'missing', 'report.html'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot write the report: no such directory/);
    expect(r.out).toBe('');
    expect(run(...args, '--report', dir)).toMatchObject({ code: 2, out: '', err: expect.stringMatching(/it is a directory/) });
  });
});

describe('summit simulate --report: what went wrong and what happened', () => {
  it("says why each pair's games ended without a deal", () => {
    const s = sectionOf(html, 'breakdowns');
    expect(count(s, '<tr>')).toBe(pairs + 1);
    expect(s).toMatch(/\d+ of 4/);
  });

  it('tabulates each event by round', () => {
    const s = sectionOf(html, 'events');
    expect(count(s, '<tr>')).toBe(c.scenario.events.length + 1);
    for (let r = 1; r <= c.scenario.deadline.rounds; r++) expect(s).toContain(`<th>R${r}</th>`);
    expect(s).toMatch(/fired in \d+% of \d+ games|never fired/);
  });

  it('shows one sample game per pair, move by move, with its seed', () => {
    const s = sectionOf(html, 'samples');
    expect(count(s, '<details class="sample"')).toBe(pairs);
    expect(s).toContain('seed <code>&quot;report:0&quot;</code>');
  });
});
