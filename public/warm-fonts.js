// Font warm-up, started before the game's code has even downloaded. The first time a page lays
// text out in a font family and weight it has not used, or meets a symbol its font lacks, the
// browser looks fonts up on the system (fontconfig on Linux: up to 18 ms for each). The screens
// after the title need a few dozen of these; met all at once in a screen's first frame they made
// long tasks of 60–160 ms. Here idle callbacks lay out one hidden sample at a time, a few per
// callback, while the page waits for the network, so the fonts are ready before the title is.
// A classic external script: the Content-Security-Policy allows no inline script.
// The families must match src/game/ui/theme.ts (tests/game/warm-fonts.test.ts checks).
(() => {
  var SANS = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';
  var SERIF = 'Georgia, "DejaVu Serif", "Liberation Serif", serif';
  var MONO = '"DejaVu Sans Mono", Menlo, Consolas, monospace';
  var LETTERS = 'Aa 0123 \u201c\u201d\u2014\u00b7\u2026';
  // The symbols the screens use as a signal beside colour, all set in the sans-serif font.
  var SYMBOLS = Array.from('\u25b2\u25cf\u2713\u2715\u25cb\u21ba\u2691\u25c6\u25a0\u2716~\u2605\u271a\u2501\u26a0');
  var queue = [];
  ['700', '400'].forEach((weight) => {
    queue.push([SANS, weight, LETTERS]);
    SYMBOLS.forEach((s) => {
      queue.push([SANS, weight, s]);
    });
  });
  [
    [SANS, '600'],
    [MONO, '700'],
    [MONO, '400'],
    [SERIF, '700'],
    [SERIF, '400'],
    [SANS, '800'],
  ].forEach((fw) => {
    queue.push([fw[0], fw[1], LETTERS]);
  });
  var host = null;
  function step(deadline) {
    if (!document.body) return schedule();
    if (!host) {
      host = document.createElement('div');
      host.setAttribute('aria-hidden', 'true');
      host.style.cssText = 'position:absolute;left:-10000px;top:0;visibility:hidden;pointer-events:none';
      document.body.appendChild(host);
    }
    // An idle period may last 50 ms: a few samples per callback keep each task short anyway.
    var until = performance.now() + 6;
    do {
      var next = queue.shift();
      if (!next) break;
      var span = document.createElement('span');
      span.style.fontFamily = next[0];
      span.style.fontWeight = next[1];
      span.style.fontVariantNumeric = 'tabular-nums';
      span.textContent = next[2];
      host.appendChild(span);
      host.getBoundingClientRect(); // lay it out now, while the page is idle
    } while (deadline && !deadline.didTimeout && deadline.timeRemaining() > 8 && performance.now() < until);
    if (queue.length > 0) schedule();
    else host.remove();
  }
  function schedule() {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(step, { timeout: 3000 });
    else setTimeout(step, 50);
  }
  schedule();
})();
