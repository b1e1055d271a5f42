// Diagnostic: CPU profile around one key press on a cold page (unminified build).
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { launch } from '../tests/web/support/chromium.ts';
import { serve } from '../tests/web/support/server.ts';
const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'bench-results/prof');
rmSync(OUT, { recursive: true, force: true });
await build({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, minify: false } });
const server = await serve({ '/game/': OUT });
const browser = await launch([]);
const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(`${server.url}/game/?automation=1&seed=diag`);
const scene = (k: string) => page.locator(`[data-scene="${k}"]`).first().waitFor({ state: 'attached', timeout: 15000 });
await scene('Title');
await page.keyboard.press('p'); await scene('SideChoice');
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.keyboard.press(process.env.KEY ?? '1'); await scene(process.env.SCENE ?? 'Briefing'); await page.waitForTimeout(400);
const { profile } = (await cdp.send('Profiler.stop')) as any;
await browser.close(); await server.close();
const self = new Map<string, number>();
const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas as number[];
profile.samples.forEach((id: number, i: number) => {
  const n = byId.get(id);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(7), 'ms', k);

const parent = new Map<number, number>();
for (const n of profile.nodes) for (const ch of n.children ?? []) parent.set(ch, n.id);
const chains = new Map<string, number>();
profile.samples.forEach((id: number, i: number) => {
  const n = byId.get(id);
  if (!['addListener', 'getBoundingClientRect', 'setItem'].includes(n.callFrame.functionName)) return;
  const names: string[] = [];
  for (let p = id, k = 0; p !== undefined && k < 7; p = parent.get(p)!, k++) names.push(byId.get(p)?.callFrame.functionName || '(anon)');
  const key = names.join(' < ');
  chains.set(key, (chains.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
for (const [k, v] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(v.toFixed(1).padStart(7), 'ms', k);
