/**
 * The designers' command line, run in-process through main(): exit codes, messages, determinism.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../support/cli.ts';
import { main } from '../../src/cli/summit.ts';
import { recordLog } from '../../src/engine/index.ts';
import { summit } from '../support/summit-dsl.ts';

const DEFAULT = 'public/scenarios/danang-2017.json';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-cli-'));

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}

const patched = (edit: (s: any) => void) => {
  const s = JSON.parse(fs.readFileSync(DEFAULT, 'utf8'));
  edit(s);
  return JSON.stringify(s, null, 2);
};

describe('summit check', () => {
  it('passes the shipped scenarios with a one-line summary each', () => {
    const r = run('check', DEFAULT, 'public/scenarios/scenario.schema.json');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/danang-2017\.json: ok: "Da Nang, November 2017" \(danang-2017, format 2\): 4 items, 625 outcomes/);
  });

  it('lists every problem as file: json-path: message, exit 1', () => {
    const broken = file(
      'broken.json',
      patched((s) => {
        s.items[0].colour = 'red';
        delete s.title;
      }),
    );
    const r = run('check', broken);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${broken}: $.title: required field is missing`);
    expect(r.out).toContain(`${broken}: $.items[0].colour: unknown field "colour"`);
  });

  it('gives broken JSON a line and column', () => {
    const r = run('check', file('syntax.json', '{\n  "format": 1,\n  "id": "x"\n  "title": "t"\n}'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\$: broken JSON: expected a comma "," \(line 4, column 3\)/);
  });

  it('several broken files at once: every problem of each, as file: $.path: message', () => {
    const unknown = file(
      'unknown.json',
      patched((s) => (s.sides[0].colour = 'blue')),
    );
    const missing = file(
      'missing-field.json',
      patched((s) => delete s.items[2].options[1].values),
    );
    const wrongType = file(
      'wrong-type.json',
      patched((s) => (s.deadline.rounds = 'eight')),
    );
    const badRef = file(
      'bad-ref.json',
      patched((s) => (s.sides[1].priorities = { ...s.sides[1].priorities, nowhere: 0.1 })),
    );
    const r = run('check', DEFAULT, unknown, missing, wrongType, badRef);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/danang-2017\.json: ok: /);
    expect(r.out).toContain(`${unknown}: $.sides[0].colour: unknown field "colour"`);
    expect(r.out).toContain(`${missing}: $.items[2].options[1].values: required field is missing`);
    expect(r.out).toContain(`${wrongType}: $.deadline.rounds: expected a number, found the text "eight"`);
    expect(r.out).toContain(`${badRef}: $.sides[1].priorities.nowhere: no item has id "nowhere"`);
    for (const line of lines.slice(1)) expect(line).toMatch(/^\S+\.json: \$[^:]*: .+/);
    // Each problem carries where it is in the file.
    expect(r.out).toMatch(/\.colour: .*\(line \d+, column \d+\)/);
  });

  it('broken JSON: truncated, or with a stray character, says where', () => {
    const text = fs.readFileSync(DEFAULT, 'utf8');
    const truncated = run('check', file('truncated.json', text.slice(0, 2000)));
    expect(truncated.code).toBe(1);
    expect(truncated.out).toMatch(/: \$: broken JSON: expected .* \(line \d+, column \d+\) \[json\.syntax\]/);
    const stray = run('check', file('stray.json', text.replace('"format": 2,', '"format": 2,,')));
    expect(stray.code).toBe(1);
    expect(stray.out).toMatch(/broken JSON: .* \(line 3, column 15\)/);
    expect(run('check', file('empty.json', '')).code).toBe(1);
  });

  it('refuses a newer format plainly', () => {
    const r = run(
      'check',
      file(
        'newer.json',
        patched((s) => (s.format = 7)),
      ),
    );
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/made for a newer Summit \(format 7\); this version reads up to 2/);
  });

  it('exit 2 for an unreadable file, an unknown command or missing arguments', () => {
    expect(run('check', path.join(dir, 'missing.json'))).toMatchObject({ code: 2, err: expect.stringMatching(/cannot read: no such file/) });
    expect(run('frobnicate').code).toBe(2);
    expect(run('check').code).toBe(2);
    expect(run('check', dir).code).toBe(2); // a directory cannot be read as a file
    expect(run().code).toBe(2);
    expect(run('check', DEFAULT, '--frobnicate').code).toBe(2);
    expect(run('analyze').code).toBe(2);
    expect(run('analyze', DEFAULT, DEFAULT).code).toBe(2);
    expect(run('analyze', path.join(dir, 'missing.json')).code).toBe(2);
    expect(run('replay').code).toBe(2);
    expect(run('replay', path.join(dir, 'missing-log.json')).code).toBe(2);
    expect(run('simulate', '--games', '3', '--seed', 'x').code).toBe(2);
    for (const games of ['0', '-5', '1.5', '', '1e9'])
      expect(run('simulate', DEFAULT, '--games', games, '--seed', 'x'), `--games ${games}`).toMatchObject({ code: 2, err: expect.stringMatching(/--games/) });
    expect(run('simulate', DEFAULT, '--games', '3', '--seed', 'x', '--us', 'pushover').code).toBe(2);
    expect(run('simulate', DEFAULT, '--games', 'many', '--seed', 'x').code).toBe(2);
    expect(run('simulate', DEFAULT, '--games', '3').code).toBe(2);
    expect(run('simulate', DEFAULT, '--games', '3', '--seed', 'x', '--france', 'boulware').err).toMatch(/sides are --us, --russia/);
  });

  it('every command has --help', () => {
    for (const c of ['check', 'analyze', 'simulate', 'replay']) expect(run(c, '--help')).toMatchObject({ code: 0, out: expect.stringContaining('Usage: summit') });
    expect(run('--help').code).toBe(0);
  });
});

describe('summit analyze', () => {
  it('prints the frontier, Nash point and the real outcome’s distances', () => {
    const r = run('analyze', DEFAULT);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/outcomes: 625/);
    expect(r.out).toMatch(/Pareto frontier: \d+ points/);
    expect(r.out).toMatch(/Nash point: us 0\.\d{4}\s+russia 0\.\d{4}/);
    expect(r.out).toMatch(/Real outcome: .* distance to frontier 0\.\d{4}, to Nash 0\.\d{4}/);
  });

  it('--json is JSON, and --deal measures any deal', () => {
    const r = run('analyze', DEFAULT, '--json', '--deal', 'deconfliction=incident-review,violence=amman-memo,geneva=un-elections,buffer-zone=verified-zone');
    const j = JSON.parse(r.out);
    expect(j.outcomeCount).toBe('625');
    expect(j.deal.distanceToNash).toBe(0);
    expect(run('analyze', DEFAULT, '--deal', 'deconfliction=x').code).toBe(2);
  });
});

describe('summit simulate', () => {
  it('same arguments, byte-identical output; another seed, another run', () => {
    const a = run('simulate', DEFAULT, '--games', '60', '--seed', 'same', '--us', 'boulware', '--russia', 'logroller');
    const b = run('simulate', DEFAULT, '--games', '60', '--seed', 'same', '--us', 'boulware', '--russia', 'logroller');
    const c = run('simulate', DEFAULT, '--games', '60', '--seed', 'other', '--us', 'boulware', '--russia', 'logroller');
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect(c.out).not.toBe(a.out);
    expect(a.out).toMatch(/agreement rate: \d+\.\d%/);
    const json = run('simulate', DEFAULT, '--games', '20', '--seed', 's', '--json');
    expect(json.code).toBe(0);
    expect(run('simulate', DEFAULT, '--games', '20', '--seed', 's', '--json').out).toBe(json.out);
    const j = JSON.parse(json.out);
    expect(j.games).toBe(20);
    expect(Object.keys(j.optionRates)).toEqual(['deconfliction', 'violence', 'geneva', 'buffer-zone']);
  });
});

describe('summit replay', () => {
  const t = summit('danang-2017').humanVs({ kind: 'computer', difficulty: 'normal' }).withSeed('cli').start();
  t.propose({ deconfliction: 'incident-review', violence: 'amman-memo', geneva: 'un-elections', 'buffer-zone': 'verified-zone' }).walkAway();
  const log = recordLog(t.c, t.context, t.actor.getSnapshot().value);

  it('re-runs a log and prints its outcome', () => {
    const r = run('replay', file('log.json', JSON.stringify(log)));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/outcome: walkout in round 2/);
  });

  it('with --history, words every move and reply in English from the strings table', () => {
    const r = run('replay', file('log.json', JSON.stringify(log)), '--history');
    expect(r.code).toBe(0);
    expect(r.out).toContain('R1 United States proposes: Military deconfliction: ');
    expect(r.out).toMatch(/R2 United States walks away from the talks\./);
    expect(r.out).toMatch(/“.*points to us.*”/);
    expect(r.out).not.toMatch(/move\.|reason\./);
  });

  it('fails on an altered log, a non-log and a log for a missing scenario', () => {
    const altered = { ...log, seed: 'other' };
    expect(run('replay', file('altered.json', JSON.stringify(altered)))).toMatchObject({ code: 1, out: expect.stringMatching(/altered/) });
    expect(run('replay', file('nonsense.json', '{"hello": 1}')).code).toBe(1);
    expect(run('replay', file('notjson.json', 'not json')).code).toBe(1);
    expect(run('replay', file('elsewhere.json', JSON.stringify({ ...log, scenario: { ...log.scenario, id: 'atlantis' } }))).code).toBe(2);
  });

  it('an event changed in the log is caught as altered', () => {
    const changed = { ...log, events: log.events.map((e) => (e.type === 'talks.walkAway' ? { type: 'turn.pass' } : e)) };
    expect(JSON.stringify(changed)).not.toBe(JSON.stringify(log));
    const r = run('replay', file('changed-event.json', JSON.stringify(changed)));
    expect(r).toMatchObject({ code: 1, out: expect.stringMatching(/altered/) });
  });

  it('a consistent forgery (checksum recomputed) is caught because it does not reproduce', () => {
    const forged = recordLog(t.c, { ...t.context, game: { ...t.context.game!, trust: [1, 1] } }, t.actor.getSnapshot().value);
    expect(run('replay', file('forged.json', JSON.stringify(forged)))).toMatchObject({ code: 1, out: expect.stringMatching(/does not reproduce/) });
  });

  it('replays a whole computer-against-computer game, named scenario file and all', () => {
    const cc = summit('danang-2017').computers({ kind: 'computer', strategy: 'boulware' }, { kind: 'computer', strategy: 'logroller' }).withSeed('cli-cc').start();
    const ccLog = recordLog(cc.c, cc.context, cc.actor.getSnapshot().value);
    const r = run('replay', file('cc-log.json', JSON.stringify(ccLog, null, 2)), '--scenario', DEFAULT);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`outcome: ${cc.game.outcome!.kind} in round ${cc.game.outcome!.round}`);
    expect(r.out).toMatch(/utilities: us 0\.\d{4}, russia 0\.\d{4}/);
  });
});
