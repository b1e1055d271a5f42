/**
 * Mutates the default scenario thousands of times (seeded): deleted, duplicated, retyped and
 * swapped fields, truncated or corrupted text. Loading never throws, and every problem has a
 * code, a JSON path and a message; `summit check` never crashes or prints a stack trace.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/summit.ts';
import { loadScenario } from '../../../src/engine/index.ts';

const original = fs.readFileSync('public/scenarios/danang-2017.json', 'utf8');
const base = JSON.parse(original);

type Json = any;

function containers(node: Json, out: { parent: Json; key: string | number }[] = []): { parent: Json; key: string | number }[] {
  if (node && typeof node === 'object')
    for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
      out.push({ parent: node, key });
      containers(node[key], out);
    }
  return out;
}

const weird: Json[] = [null, 0, -1, 1e308, 1.5, 'x', '', 'NaN', true, [], {}, [[[[[]]]]], { kind: 'round' }, 'a'.repeat(5000), '<script>', '$.items'];

function mutate(rng: () => number): string {
  if (rng() < 0.2) {
    // Text-level damage.
    const at = Math.floor(rng() * original.length);
    const r = rng();
    if (r < 0.4) return original.slice(0, at);
    if (r < 0.7) return original.slice(0, at) + '{["\\u'.charAt(Math.floor(rng() * 5)) + original.slice(at);
    return original.slice(0, at) + original.slice(at + 1 + Math.floor(rng() * 40));
  }
  const doc = structuredClone(base);
  const edits = 1 + Math.floor(rng() * 4);
  for (let e = 0; e < edits; e++) {
    const spots = containers(doc);
    const { parent, key } = spots[Math.floor(rng() * spots.length)];
    const r = rng();
    if (r < 0.3) Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key];
    else if (r < 0.6) parent[key] = weird[Math.floor(rng() * weird.length)];
    else if (r < 0.75) {
      const other = spots[Math.floor(rng() * spots.length)];
      [parent[key], other.parent[other.key]] = [other.parent[other.key], parent[key]];
    } else if (r < 0.9 && Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
    else parent[`extra${Math.floor(rng() * 100)}`] = 1;
  }
  return JSON.stringify(doc, null, rng() < 0.5 ? 2 : undefined);
}

describe('fuzzing the scenario loader', () => {
  it('3,000 mutated scenarios: never a throw, always problems with a code, path and message', () => {
    let broken = 0;
    for (let k = 0; k < 3000; k++) {
      const rng = seedrandom.alea(`fuzz-${k}`);
      const text = mutate(rng);
      const result = loadScenario(text);
      if (result.ok) continue;
      broken++;
      expect(result.problems.length).toBeGreaterThan(0);
      for (const p of result.problems) {
        expect(p.code).toMatch(/^[a-z]+(\.[a-z-]+)+$/);
        expect(p.path.startsWith('$')).toBe(true);
        expect(p.message.length).toBeGreaterThan(5);
      }
    }
    expect(broken).toBeGreaterThan(2000);
  });

  it('`summit check` on 200 of them: exit 0 or 1, never a stack trace', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-fuzz-'));
    for (let k = 0; k < 200; k++) {
      const file = path.join(dir, `m${k}.json`);
      fs.writeFileSync(file, mutate(seedrandom.alea(`cli-fuzz-${k}`)));
      const lines: string[] = [];
      const code = main(['check', file], (l) => lines.push(l), (l) => lines.push(l));
      expect([0, 1]).toContain(code);
      expect(lines.join('\n')).not.toMatch(/\n\s+at |internal error/);
    }
  });
});
