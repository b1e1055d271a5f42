/**
 * The deal's motif, drawn for Summit: a gold seal with ribbon tails, and on it two hands clasped,
 * each sleeve in one side's colour. Shapes only; named by the caller for screen readers.
 */
import { svg } from './svg.ts';

const GOLD = '#e0b84f';
const GOLD_DARK = '#a9842c';
const SKIN = '#e2b796';
const SKIN_SHADE = '#c4967a';

/** The seal's serrated rim: a 28-point star around (60, 56). */
function rim(): string {
  const points: string[] = [];
  for (let k = 0; k < 56; k++) {
    const r = k % 2 === 0 ? 47 : 43;
    const a = (Math.PI * k) / 28;
    points.push(`${(60 + r * Math.sin(a)).toFixed(1)},${(56 - r * Math.cos(a)).toFixed(1)}`);
  }
  return points.join(' ');
}

export function sealArt(left: string, right: string): SVGElement {
  return svg(
    'svg',
    { viewBox: '0 0 120 128', class: 'seal-art', 'aria-hidden': 'true', focusable: 'false' },
    svg('path', { d: 'M42 88 L30 124 L42 116 L50 126 L58 94 Z', fill: left }),
    svg('path', { d: 'M78 88 L90 124 L78 116 L70 126 L62 94 Z', fill: right }),
    svg('polygon', { points: rim(), fill: GOLD_DARK }),
    svg('circle', { cx: 60, cy: 56, r: 41, fill: GOLD }),
    svg('circle', { cx: 60, cy: 56, r: 35, fill: 'none', stroke: GOLD_DARK, 'stroke-width': 1.5, 'stroke-dasharray': '2 3' }),
    svg(
      'g',
      { class: 'seal-hands' },
      // Sleeves with white cuffs, one per side, meeting in a clasp.
      svg('path', { d: 'M10 82 L34 56 L46 68 L24 94 Z', fill: left }),
      svg('path', { d: 'M110 82 L86 56 L74 68 L96 94 Z', fill: right }),
      svg('path', { d: 'M32 54 L37 49 L51 63 L46 68 Z', fill: '#eef1f6' }),
      svg('path', { d: 'M88 54 L83 49 L69 63 L74 68 Z', fill: '#eef1f6' }),
      // The clasped hands: one palm across, a thumb over the top, four fingers wrapped round.
      svg('path', { d: 'M39 57 Q43 48 53 48 L69 48 Q80 48 82 57 L80 65 Q77 71 68 71 L52 71 Q42 71 40 64 Z', fill: SKIN }),
      svg('path', { d: 'M50 49 Q57 41 67 44 Q70 46 68 49 Z', fill: SKIN_SHADE }),
      svg('path', { d: 'M55 58 L55 69 M61 57 L61 70 M67 57 L67 70 M73 58 L73 68', fill: 'none', stroke: SKIN_SHADE, 'stroke-width': 1.6, 'stroke-linecap': 'round' }),
      svg('path', { d: 'M52 57 Q64 53 77 57', fill: 'none', stroke: SKIN_SHADE, 'stroke-width': 1.6, 'stroke-linecap': 'round' }),
    ),
  );
}
