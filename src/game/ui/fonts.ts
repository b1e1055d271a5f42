/**
 * Font warm-up. The first time a page lays out text in a font family and weight it has not used
 * yet, the browser looks the font up and loads it (fontconfig on Linux: several milliseconds
 * each). The table uses a dozen such variants that the title does not, and loading them all in
 * the frame that first showed the table made it one long task. From the moment the page boots
 * (Boot), idle callbacks lay out one hidden sample per variant, the most used first, so the fonts
 * are ready before the screens that need them: a player who pressed Play at once used to meet a
 * 100 ms first layout of the side choice.
 */
import { el } from './dom.ts';
import { FONT, SERIF } from './theme.ts';

const FAMILIES = [FONT, SERIF, 'monospace', '"DejaVu Sans Mono", monospace'];
const WEIGHTS = ['400', '700', '600', '800'];
/** Letters, digits and every symbol the screens use as a signal beside colour. */
const SAMPLE = 'Aa 0123 ▲●✓✕○↺⚑◆■✖~★✚━ “”—·…';

let started = false;

export function warmFonts(): void {
  if (started) return;
  started = true;
  // Weight by weight across the families: the common weights of every family come first.
  const queue = WEIGHTS.flatMap((weight) => FAMILIES.map((family) => ({ family, weight })));
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
