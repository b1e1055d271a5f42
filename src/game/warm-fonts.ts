/**
 * public/warm-fonts.js lays out hidden font samples in idle moments so the screens after the
 * title meet no cold font look-ups (long tasks). Run during the load, it took time from the
 * title on a slow CPU; it starts once the title is interactive instead, while the player reads
 * it, or a few seconds after the page loaded when the game opens elsewhere (a saved game, a
 * scenario's problems).
 */
const TITLE_MARK = 'summit:title-interactive';
const LATEST_MS = 3000;

export function warmFontsAfterTitle(): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    const script = document.createElement('script');
    script.src = './warm-fonts.js';
    document.head.append(script);
  };
  const observer =
    typeof PerformanceObserver === 'function'
      ? new PerformanceObserver((list) => {
          if (list.getEntriesByName(TITLE_MARK).length > 0) start();
        })
      : undefined;
  observer?.observe({ type: 'mark' });
  if (document.readyState === 'complete') setTimeout(start, LATEST_MS);
  else addEventListener('load', () => setTimeout(start, LATEST_MS), { once: true });
}
