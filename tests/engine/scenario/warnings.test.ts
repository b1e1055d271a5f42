import { describe, expect, it } from 'vitest';
import { balanceWarnings } from '../../../src/engine/balance.ts';
import { loadScenarioData } from '../../../src/engine/index.ts';
import { staticWarnings } from '../../../src/engine/scenario/warnings.ts';
import { patchedScenario, rawScenario } from '../../support/patched.ts';

const codes = (ws: { code: string }[]) => ws.map((w) => w.code);

describe('warnings: a scenario that loads but will play badly', () => {
  it('the shipped minimal fixture has none of the static ones but a missing lesson kit', () => {
    const r = loadScenarioData(rawScenario('minimal'));
    expect(r.ok && codes(r.warnings)).toEqual(['warn.no-lesson-kit']);
  });

  it('no zone of possible agreement', () => {
    // Each side can reach its walk-away, but never in the same deal.
    const c = patchedScenario('minimal', (s) => {
      s.sides[0].walkAway = { kind: 'reservation', value: 0.9 };
      s.sides[1].walkAway.value = 0.8;
    });
    expect(staticWarnings(c)).toContainEqual(expect.objectContaining({ code: 'warn.no-zopa', severity: 'warning' }));
  });

  it('an option dominated for both sides', () => {
    const c = patchedScenario('minimal', (s) => s.items[1].options.push({ id: 'token', label: 'Token cut', description: 'A token tariff cut.', values: { north: 0.05, south: 0.05 } }));
    expect(staticWarnings(c)).toContainEqual(expect.objectContaining({ code: 'warn.dominated-option', path: '$.items[1].options[3]' }));
  });

  it('an item that barely matters to either side', () => {
    const c = patchedScenario('minimal', (s) => {
      s.sides[0].priorities = { border: 0.97, trade: 0.03 };
      s.sides[1].priorities = { border: 0.96, trade: 0.04 };
    });
    expect(staticWarnings(c)).toContainEqual(expect.objectContaining({ code: 'warn.minor-item', path: '$.items[1]' }));
  });

  it("an emblem whose figure has the field's colour, and two third parties with the same emblem", () => {
    const c = patchedScenario('minimal', (s) => {
      s.sides[1].emblem = { shape: 'star', colors: ['#1f3f7a'] };
      s.thirdParties.push({ ...structuredClone(s.thirdParties[0]), id: 'observer' });
      s.thirdParties[0].emblem = { shape: 'disc', colors: ['#5B92E5', '#5b92e5'] };
      s.thirdParties[1].emblem = { shape: 'disc', colors: ['#5b92e5', '#5B92E5'] };
    });
    const ws = staticWarnings(c).filter((w) => w.code.startsWith('warn.emblem'));
    expect(ws.map((w) => [w.code, w.path])).toEqual([
      ['warn.emblem-one-colour', '$.sides[1].emblem.colors'],
      ['warn.emblem-one-colour', '$.thirdParties[0].emblem.colors'],
      ['warn.emblem-one-colour', '$.thirdParties[1].emblem.colors'],
      ['warn.emblem-repeated', '$.thirdParties[1].emblem'],
    ]);
    expect(ws[3].message).toContain(`same emblem as "${c.scenario.thirdParties[0].id}"`);
    // Stripes of one colour are a plain field: nothing to warn about; distinct emblems neither.
    const fine = patchedScenario('minimal', (s) => {
      s.sides[0].emblem = { shape: 'stripes', colors: ['#239f40'] };
      s.thirdParties.push({ ...structuredClone(s.thirdParties[0]), id: 'observer' });
      s.thirdParties[0].emblem = { shape: 'disc', colors: ['#5b92e5', '#ffffff'] };
      s.thirdParties[1].emblem = { shape: 'star', colors: ['#5b92e5', '#ffffff'] };
    });
    expect(staticWarnings(fine).filter((w) => w.code.startsWith('warn.emblem'))).toEqual([]);
  });

  it('an option never agreed in simulation (red-line options excepted)', () => {
    const c = patchedScenario('minimal', (s) => s.items[1].options.push({ id: 'token', label: 'Token cut', description: 'A token tariff cut.', values: { north: 0.05, south: 0.05 } }));
    const ws = balanceWarnings(c, 20);
    expect(ws).toContainEqual(expect.objectContaining({ code: 'warn.never-agreed', path: '$.items[1].options[3]' }));
    expect(ws.some((w) => w.code === 'warn.never-agreed' && w.path === '$.items[0].options[2]')).toBe(false); // north's red line
  });

  it('a side that comes out ahead under nearly every strategy pairing', () => {
    const c = patchedScenario('minimal', (s) => {
      // South can live with almost anything; North gets what it wants.
      s.sides[1].walkAway.value = 0.0;
      s.items[0].options.forEach((o: any) => (o.values.south = 1));
      s.items[1].options.forEach((o: any) => (o.values.south = 1));
    });
    expect(codes(balanceWarnings(c, 20))).not.toContain('warn.lopsided'); // everyone gets everything: nobody is ahead
    const lopsided = patchedScenario('minimal', (s) => {
      // North's red lines leave only its own ideal on the table.
      s.sides[0].redLines = [
        { item: 'border', options: ['none', 'open'], text: 'Patrolled or nothing.' },
        { item: 'trade', options: ['none', 'free'], text: 'A quota or nothing.' },
      ];
    });
    expect(balanceWarnings(lopsided, 20)).toContainEqual(expect.objectContaining({ code: 'warn.lopsided', path: '$.sides[0]' }));
  });
});
