/** The one outcome chart: what is drawn where, in which order and with which marker, for every renderer. */
import { describe, expect, it } from 'vitest';
import { groupDeals, MARKS, outcomeChartMarks, plotScale } from '../../src/charts/outcome-chart.ts';
import { shapeOutline, SHAPES } from '../../src/charts/shapes.ts';

const plot = { left: 10, top: 20, width: 100, height: 200 };
const data = {
  walkAway: [0.3, 0.4] as const,
  frontier: [
    [0.9, 0.5],
    [0.5, 0.9],
  ] as [number, number][],
  nash: [0.7, 0.7] as const,
  real: [0.6, 0.5] as const,
  outcomes: [{ u: [0.1, 0.2] as const }, { u: [0.2, 0.1] as const, agreeable: false }],
  mine: [0.8, 0.6] as const,
};

describe('the outcome chart', () => {
  it('maps utilities into the plot, y upwards', () => {
    const { x, y } = plotScale(plot);
    expect([x(0), x(1), y(0), y(1)]).toEqual([10, 110, 220, 20]);
  });

  it('paints in one order: zone, grid, outcomes (hollow first), walk-aways, frontier, real, Nash, deals, mine', () => {
    const marks = outcomeChartMarks(data, plot, { grid: 2 });
    const order = marks.map((m) => (m.kind === 'marker' ? m.role : m.kind));
    expect(order).toEqual([
      'zone',
      'grid',
      'grid',
      'grid',
      'grid',
      'grid',
      'grid',
      'axis',
      'axis',
      'outcome-hollow',
      'outcome',
      'walk-away',
      'walk-away',
      'frontier',
      'frontier-dot',
      'frontier-dot',
      'real',
      'nash',
      'mine',
    ]);
    const zone = marks[0];
    expect(zone).toEqual({ kind: 'zone', x: 40, y: 20, w: 70, h: 120 });
    // The frontier runs left to right whatever order it came in.
    const frontier = marks.find((m) => m.kind === 'frontier');
    expect(frontier).toEqual({
      kind: 'frontier',
      points: [
        [60, 40],
        [100, 120],
      ],
    });
  });

  it('uses one marker vocabulary, and can leave the real outcome out', () => {
    const marks = outcomeChartMarks(data, plot, { hideReal: true });
    const nash = marks.find((m) => m.kind === 'marker' && m.role === 'nash');
    expect(nash).toMatchObject({ shape: MARKS.nash.shape, x: 80, y: 80, r: MARKS.nash.r });
    expect(marks.some((m) => m.kind === 'marker' && m.role === 'real')).toBe(false);
    expect(marks.some((m) => m.kind === 'grid')).toBe(false);
  });

  it('draws a class’s deals at one point once, with every name', () => {
    const deals = groupDeals([
      { u: [0.5, 0.5], name: 'Ada' },
      { u: [0.5004, 0.4996], name: 'Bo' },
      { u: [0.2, 0.9], name: 'Cy' },
    ]);
    expect(deals).toEqual([
      { u: [0.5, 0.5], names: ['Ada', 'Bo'], otherValues: false },
      { u: [0.2, 0.9], names: ['Cy'], otherValues: false },
    ]);
    // A game that ended on other values (its news differed) is its own mark, even at the same point.
    expect(
      groupDeals([
        { u: [0.5, 0.5], name: 'Ada' },
        { u: [0.5, 0.5], name: 'Di', otherValues: true },
      ]),
    ).toEqual([
      { u: [0.5, 0.5], names: ['Ada'], otherValues: false },
      { u: [0.5, 0.5], names: ['Di'], otherValues: true },
    ]);
    const marks = outcomeChartMarks({ ...data, deals }, plot).filter((m) => m.kind === 'marker' && m.role === 'deal');
    expect(marks.map((m) => (m.kind === 'marker' ? [m.names, m.r] : null))).toEqual([
      [['Ada', 'Bo'], 7],
      [['Cy'], MARKS.deal.r],
    ]);
  });

  it('every shape but the circle is an outline centred on its point', () => {
    for (const shape of SHAPES) {
      const outline = shapeOutline(shape, 50, 60, 5);
      if (shape === 'circle') {
        expect(outline).toBeNull();
        continue;
      }
      const cx = outline!.reduce((s, p) => s + p[0], 0) / outline!.length;
      expect(Math.abs(cx - 50), shape).toBeLessThan(1.5);
      expect(
        outline!.every(([x, y]) => Math.hypot(x - 50, y - 60) <= 5 * 1.4),
        shape,
      ).toBe(true);
    }
  });
});
