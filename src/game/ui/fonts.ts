/**
 * Font warm-up. The first time a page lays out text in a font family and weight it has not used
 * yet, the browser looks the font up and loads it (fontconfig on Linux: several milliseconds
 * each). The table uses a dozen such variants that the title does not, and loading them all in
 * the frame that first showed the table made it one long task. While the title waits for the
 * player, idle callbacks lay out one hidden sample per variant, so the fonts are ready.
 */
import { el } from './dom.ts';
import { FONT, SERIF } from './theme.ts';

const FAMILIES = [FONT, SERIF, 'monospace', '"DejaVu Sans Mono", monospace'];
const WEIGHTS = ['400', '600', '700', '800'];
/** Letters, digits and every symbol the screens use as a signal beside colour. */
const SAMPLE = 'Aa 0123 ▲●✓✕○↺⚑◆■✖~★✚━ “”—·…';

let started = false;

export function warmFonts(): void {
  if (started) return;
  started = true;
  const queue = FAMILIES.flatMap((family) => WEIGHTS.map((weight) => ({ family, weight })));
  const host = el('div', { 'aria-hidden': 'true', style: { position: 'absolute', left: '-10000px', top: '0', visibility: 'hidden', pointerEvents: 'none' } });
  document.body.append(host);
  const step = (deadline?: IdleDeadline) => {
    do {
      const next = queue.shift();
      if (!next) break;
      host.append(el('span', { style: { fontFamily: next.family, fontWeight: next.weight, fontVariantNumeric: 'tabular-nums' } }, SAMPLE));
      host.getBoundingClientRect(); // lay it out now, while the page is idle
    } while (deadline && deadline.timeRemaining() > 8);
    if (queue.length > 0) schedule();
    else host.remove();
  };
  const schedule = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(step, { timeout: 2000 }) : setTimeout(step, 50));
  schedule();
}
