/**
 * A designer's own scenario inside a class link (src/game/scenario-link.ts): it packs and unpacks
 * to the same scenario (same play hash), stays well inside the link limit for a real scenario,
 * and a damaged or cut link gives a clear reason, never a crash.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/index.ts';
import { LINK_LIMIT, LONG_LINK, OWN_PARAM, packScenario, packedFromHash, unpackScenario } from '../../src/game/scenario-link.ts';

const IRAN = fs.readFileSync('tests/fixtures/scenarios/iran-2015.json', 'utf8');
const DANANG = fs.readFileSync('public/scenarios/danang-2017.json', 'utf8');

describe('a scenario in a class link', () => {
  it('round-trips: the unpacked text compiles to the same scenario, with the same play hash', async () => {
    const packed = await packScenario(JSON.parse(IRAN));
    expect(packed).toMatch(/^[A-Za-z0-9_-]+$/); // URL-safe: no escaping in a link
    const back = await unpackScenario(packedFromHash(`#${OWN_PARAM}=${packed}`)!);
    expect('text' in back).toBe(true);
    if (!('text' in back)) return;
    const a = loadScenario(IRAN, { warnings: false });
    const b = loadScenario(back.text, { warnings: false });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.compiled.hash).toBe(a.compiled.hash);
    expect(b.compiled.scenario).toEqual(a.compiled.scenario);
  });

  it('fits a link: the Iran example and the largest shipped scenario, measured', async () => {
    const iran = await packScenario(JSON.parse(IRAN));
    const danang = await packScenario(JSON.parse(DANANG));
    // Compression pays: far shorter than the file itself.
    expect(iran.length).toBeLessThan(IRAN.length / 2);
    expect(iran.length).toBeLessThan(LONG_LINK);
    expect(danang.length).toBeLessThan(LINK_LIMIT);
    console.log(`packed for a link: iran-2015 ${IRAN.length} → ${iran.length} chars; danang-2017 ${DANANG.length} → ${danang.length} chars`);
  });

  it('a cut or damaged link says so', async () => {
    const packed = await packScenario(JSON.parse(IRAN));
    // Cut anywhere (a mail client wrapping the link): every length says the link is incomplete.
    for (const k of [1, 2, 3, 4]) expect(await unpackScenario(packed.slice(0, Math.floor(packed.length / 2) + k)), String(k)).toEqual({ error: expect.stringMatching(/incomplete or damaged/) });
    expect(await unpackScenario('not base64!')).toEqual({ error: expect.stringMatching(/damaged/) });
    expect(await unpackScenario('')).toEqual({ error: expect.stringMatching(/damaged/) });
    expect(packedFromHash('#other=1')).toBeNull();
  });

  it('the docs example and the test fixture are the same file', () => {
    expect(IRAN).toBe(fs.readFileSync('docs/examples/iran-2015.json', 'utf8'));
  });
});
