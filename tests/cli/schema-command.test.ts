/** `summit schema`: the format's JSON Schema for a scenario kept anywhere, printed or written beside it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../support/cli.ts';

const published = fs.readFileSync('public/scenarios/scenario.schema.json', 'utf8');

describe('summit schema', () => {
  it('prints the published schema', () => {
    const r = run('schema');
    expect(r.code).toBe(0);
    expect(`${r.out}\n`).toBe(published);
  });

  it('writes it beside a scenario kept outside the repository, which then checks with "./scenario.schema.json"', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-schema-'));
    const schema = path.join(dir, 'scenario.schema.json');
    const r = run('schema', '--out', schema);
    expect(r.out).toBe(`wrote ${schema}: put "$schema": "./scenario.schema.json" at the top of a scenario in the same folder`);
    expect(fs.readFileSync(schema, 'utf8')).toBe(published);
    const scenario = path.join(dir, 'my-talks.json');
    fs.copyFileSync('public/scenarios/tutorial.json', scenario);
    expect(run('check', dir + '/scenario.schema.json', scenario).code).toBe(0);
  });

  it('an unwritable path is a usage error', () => {
    const r = run('schema', '--out', '/no/such/dir/scenario.schema.json');
    expect(r.code).toBe(2);
    expect(r.err).toBe('/no/such/dir/scenario.schema.json: cannot write: no such directory');
  });
});
