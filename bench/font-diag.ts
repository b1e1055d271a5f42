import { resolve } from 'node:path';
import { launch } from '../tests/web/support/chromium.ts';
import { serve } from '../tests/web/support/server.ts';
const server = await serve({ '/game/': resolve(import.meta.dirname, '../bench-results/prof') });
const browser = await launch([]);
const page = await (await browser.newContext()).newPage();
await page.goto(`${server.url}/game/prefetch.js`);
await page.setContent('<html><body></body></html>');
const out = (await page.evaluate(`(() => {
  const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';
  const SERIF = 'Georgia, "DejaVu Serif", "Liberation Serif", serif';
  const rows = [];
  const time = (family, weight, text) => {
    const s = document.createElement('span');
    s.style.fontFamily = family; s.style.fontWeight = weight; s.textContent = text;
    document.body.append(s);
    const t = performance.now(); s.getBoundingClientRect(); const d = performance.now() - t;
    rows.push(\`\${d.toFixed(1)} ms \${family.slice(0, 12)} \${weight} \${text}\`);
  };
  for (const f of [FONT, SERIF, '"DejaVu Sans Mono", monospace'])
    for (const w of ['400', '700']) {
      time(f, w, 'Aa 0123');
      for (const ch of '▲●✓✕○↺⚑◆■✖~★✚━“”—·…') time(f, w, ch);
    }
  return rows;
})()`)) as string[];
console.log(out.filter((r) => parseFloat(r) > 1).join('\n'));
await browser.close(); await server.close();
