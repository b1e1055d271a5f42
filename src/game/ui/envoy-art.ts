/**
 * The counterpart's envoy, drawn for Summit: a diplomat's bust in a round frame (suit, tie in the
 * side's colour, silver hair), whose brows, eyes and mouth follow its expression. Vector shapes
 * only, a few hundred bytes of paths; sized by CSS. The picture is one image for screen readers,
 * named by the caller (role="img" + aria-label).
 */
import type { Expression } from './envoy-expression.ts';
import { svg } from './svg.ts';

const INK = '#2a2320';
const SKIN = '#d8a98a';
const SKIN_SHADE = '#b98569';

interface Face {
  brows: [string, string];
  eyes: 'open' | 'aside' | 'smiling';
  mouth: string;
  /** A filled mouth (an open smile) rather than a line. */
  open?: boolean;
  flush?: boolean;
}

const FACES: Record<Expression, Face> = {
  waiting: { brows: ['M48.5 45.5 L55.5 45', 'M64.5 45 L71.5 45.5'], eyes: 'aside', mouth: 'M55.5 63.5 L64.5 63.5' },
  neutral: { brows: ['M48.5 45.5 L55.5 45', 'M64.5 45 L71.5 45.5'], eyes: 'open', mouth: 'M55 63.2 Q60 64.6 65 63.2' },
  pleased: { brows: ['M48.5 45 Q52 42.6 55.5 44', 'M64.5 44 Q68 42.6 71.5 45'], eyes: 'open', mouth: 'M53.8 62 Q60 67.4 66.2 62' },
  concerned: { brows: ['M48.5 44.6 L55.8 46.4', 'M64.2 46.4 L71.5 44.6'], eyes: 'open', mouth: 'M55 64.6 Q60 62.2 65 64.6' },
  angry: { brows: ['M48 43.4 L56 47.6', 'M64 47.6 L72 43.4'], eyes: 'open', mouth: 'M54.5 65.6 Q60 61 65.5 65.6', flush: true },
  agreeing: { brows: ['M48.5 44.6 Q52 42.2 55.5 43.6', 'M64.5 43.6 Q68 42.2 71.5 44.6'], eyes: 'smiling', mouth: 'M53.5 61.2 Q60 69.5 66.5 61.2 Z', open: true },
};

function eyes(kind: Face['eyes']): SVGElement {
  if (kind === 'smiling') return svg('path', { d: 'M50.5 52.6 Q53 49.8 55.5 52.6 M64.5 52.6 Q67 49.8 69.5 52.6', fill: 'none', stroke: INK, 'stroke-width': 1.8, 'stroke-linecap': 'round' });
  const dx = kind === 'aside' ? 1.6 : 0;
  return svg('g', { fill: INK }, svg('ellipse', { cx: 53 + dx, cy: 52, rx: 1.9, ry: 2.3 }), svg('ellipse', { cx: 67 + dx, cy: 52, rx: 1.9, ry: 2.3 }));
}

/** The bust as an <svg>; `tie` is the side's colour (CSS), `id` keeps its clip path's id unique on the page. */
export function envoyArt(expression: Expression, tie: string, id: string): SVGElement {
  const face = FACES[expression];
  const clip = `${id}-frame`;
  return svg(
    'svg',
    { viewBox: '0 0 120 120', class: `envoy-art ${expression}`, 'aria-hidden': 'true', focusable: 'false' },
    svg('defs', {}, svg('clipPath', { id: clip }, svg('circle', { cx: 60, cy: 60, r: 57 }))),
    svg('circle', { cx: 60, cy: 60, r: 57, fill: '#223757' }),
    svg(
      'g',
      { 'clip-path': `url(#${clip})` },
      svg('circle', { cx: 60, cy: 50, r: 44, fill: '#2a4268' }),
      svg(
        'g',
        { transform: 'translate(60 54) scale(1.3) translate(-60 -52)' },
        // Shoulders and suit, shirt, lapels, tie, and a gold pin.
        svg('path', { d: 'M10 122 C12 96 32 86 60 84 C88 86 108 96 110 122 Z', fill: '#172033' }),
        svg('path', { d: 'M47.5 84.5 L60 106 L72.5 84.5 Z', fill: '#eef1f6' }),
        svg('path', { d: 'M57.2 87 L62.8 87 L61.8 91 L64.6 106 L60 111.5 L55.4 106 L58.2 91 Z', fill: tie }),
        svg('path', { d: 'M47.5 84.5 L41 90 L54.5 114 L58.6 104 Z', fill: '#223049' }),
        svg('path', { d: 'M72.5 84.5 L79 90 L65.5 114 L61.4 104 Z', fill: '#223049' }),
        svg('circle', { cx: 47.5, cy: 96, r: 1.8, fill: '#e0b84f' }),
        // Neck, ears, head.
        svg('path', { d: 'M53 68 L67 68 L67 84 L60 89 L53 84 Z', fill: SKIN_SHADE }),
        svg('g', { class: 'envoy-head' }, ...head(face)),
      ),
    ),
    svg('circle', { cx: 60, cy: 60, r: 57, fill: 'none', stroke: tie, 'stroke-width': 2.5 }),
  );
}

function head(face: Face): SVGElement[] {
  const line = { fill: 'none', stroke: INK, 'stroke-linecap': 'round' };
  return [
    svg('ellipse', { cx: 41.2, cy: 54, rx: 3.4, ry: 6, fill: SKIN_SHADE }),
    svg('ellipse', { cx: 78.8, cy: 54, rx: 3.4, ry: 6, fill: SKIN_SHADE }),
    svg('ellipse', { cx: 60, cy: 52, rx: 18.6, ry: 23, fill: SKIN }),
    // Silver hair, combed back, greying at the temples.
    svg('path', { d: 'M41.4 52 C39.6 33 49 26.5 60 26.5 C72 26.5 80.6 33.5 78.6 52 C77 44 74.6 38.8 69 37.4 C63 39.2 55 39 50.4 37.2 C45.4 39.6 42.6 45 41.4 52 Z', fill: '#b8bfca' }),
    svg('path', { d: 'M50.4 37.2 C55 39 63 39.2 69 37.4', ...line, stroke: '#8e96a3', 'stroke-width': 1 }),
    svg('path', { d: 'M60 53 L58.2 59.4 Q60 60.6 61.8 59.6', ...line, stroke: SKIN_SHADE, 'stroke-width': 1.4 }),
    face.flush ? svg('g', { fill: '#d0675e', opacity: 0.45 }, svg('ellipse', { cx: 49.5, cy: 59, rx: 3.4, ry: 2 }), svg('ellipse', { cx: 70.5, cy: 59, rx: 3.4, ry: 2 })) : null,
    svg('path', { d: `${face.brows[0]} ${face.brows[1]}`, ...line, stroke: '#6f7682', 'stroke-width': face.flush ? 2.6 : 2.1 }),
    eyes(face.eyes),
    face.open ? svg('path', { d: face.mouth, fill: '#7b3430', stroke: INK, 'stroke-width': 1.2, 'stroke-linejoin': 'round' }) : svg('path', { d: face.mouth, ...line, 'stroke-width': 1.8 }),
  ].filter((n): n is SVGElement => n !== null);
}
