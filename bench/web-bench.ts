/**
 * npm run bench:web — the browser game against a minimal one-scene Phaser 4 page, both built and
 * served in this run, measured in headless Chromium (CHROME_PATH overrides /usr/bin/chromium).
 * Prints medians over RUNS runs and checks the issue's limits:
 *   - production JS, gzipped: game − minimal ≤ 120 KB
 *   - navigation → interactive title ≤ 1.3 × the minimal page's navigation → first frame
 *   - the same with Chromium's CPU slowed 4× (DevTools Emulation.setCPUThrottlingRate) for both
 *     pages: a school's slow laptop or an old phone, where script cost counts four times over
 *   - longest main-thread task during a full scripted game (Long Tasks API) ≤ 50 ms
 *   - JS heap after 20 consecutive games − after the first ≤ 10 MB (after forced GC)
 * Diagnosis switches: BENCH_TRACE=1 prints each long task with the key press before it;
 * BENCH_TITLE_WAIT=ms waits on the title before playing; BENCH_NO_SW=1 blocks the service worker.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launch } from '../tests/web/support/chromium.ts';
import { serve } from '../tests/web/support/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'bench-results');
const RUNS = Number(process.env.RUNS ?? 5);
const GAMES = 20;
/** DevTools CPU throttling for the slow-device comparison (4: each task takes four times as long). */
const SLOW_CPU = 4;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Gzipped bytes of a build's JavaScript; `only` keeps the files whose name passes it (e.g. Phaser's chunk). */
function gzippedJs(dir: string, only: (file: string) => boolean = () => true): number {
  const assets = resolve(dir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js') && only(f))
    .reduce((sum, f) => sum + gzipSync(readFileSync(resolve(assets, f)), { level: 9 }).length, 0);
}

async function mark(page: Page, name: string, timeout = 30_000): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout });
  return page.evaluate((n) => performance.getEntriesByName(n)[0].startTime, name);
}

/** BENCH_TRACE=1 prints every long task of the first game with the key press it followed. */
const TRACE = process.env.BENCH_TRACE === '1';

/** Presses a key; when tracing, first marks the moment so long tasks can be attributed to it. */
async function press(page: Page, key: string): Promise<void> {
  if (TRACE) await page.evaluate((k) => performance.mark(`press ${k}`), key);
  await page.keyboard.press(key);
}

async function scene(page: Page, key: string): Promise<void> {
  await page.locator(`[data-scene="${key}"]`).first().waitFor({ state: 'attached', timeout: 15_000 });
}

/** One quick but complete game from the briefing: propose, counter, accept or walk away, outcome, debrief. */
async function playOne(page: Page): Promise<void> {
  await scene(page, 'Briefing');
  await press(page, 's');
  await scene(page, 'Table');
  for (const [card, downs] of [
    ['1', 2],
    ['2', 3],
    ['3', 3],
    ['4', 3],
  ] as const) {
    await press(page, card);
    for (let k = 0; k < downs; k++) await press(page, 'ArrowDown');
  }
  for (let turn = 0; turn < 10; turn++) {
    const phase = await page.evaluate(() => (window as unknown as { __summit: { state(): { phase: string } } }).__summit.state().phase);
    if (phase !== 'negotiating') break;
    if (
      turn >= 2 &&
      (await page
        .getByTestId('accept')
        .isEnabled()
        .catch(() => false))
    ) {
      await press(page, 'a');
      // A package that crosses one of the player's red lines asks first: confirm by keyboard.
      if (await page.getByTestId('redline-dialog').isVisible()) {
        await press(page, 'Tab');
        await press(page, 'Enter');
      }
    } else await press(page, 'p');
  }
  // An acceptance shows the deal moment first: skip it, as a player in a hurry would.
  await page.locator('[data-scene="Deal"], [data-scene="Outcome"]').first().waitFor({ state: 'attached', timeout: 15_000 });
  if ((await page.locator('[data-scene="Deal"]').count()) > 0) await press(page, 'c');
  await scene(page, 'Outcome');
  await press(page, 'd');
  await scene(page, 'Debrief');
}

/** In the page: each long task after the title, with the last key press before it. */
function traceLines(): string {
  const tasks = (window as unknown as { __tasks: { start: number; ms: number }[] }).__tasks;
  const presses = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('press '));
  const title = performance.getEntriesByName('summit:title-interactive')[0]?.startTime ?? 0;
  return tasks
    .filter((t) => t.start >= title)
    .map((t) => {
      const before = presses.filter((p) => p.startTime <= t.start).pop();
      return `${t.ms.toFixed(0)} ms ${before ? `${(t.start - before.startTime).toFixed(0)} ms after ${before.name}` : 'before any key'}`;
    })
    .join('; ');
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  const gameDir = resolve(OUT, 'game');
  const minimalDir = resolve(OUT, 'minimal');
  // Each build names its one page: the config's own input also lists the teacher's page, whose
  // script is not the game's and must not count in its size.
  const page = (html: string) => ({ input: resolve(ROOT, html) });
  await build({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: gameDir, emptyOutDir: true, rolldownOptions: page('index.html') } });
  // The minimal page is built with the game's build settings but without its plugins: the offline
  // worker's plugin (vite-plugin-pwa) fails on a page with nothing of the game's to precache.
  await build({
    root: resolve(ROOT, 'bench/minimal'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: minimalDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { ...page('bench/minimal/index.html'), output: { codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] } } },
    },
  });
  const sizeGame = gzippedJs(gameDir);
  const sizeMinimal = gzippedJs(minimalDir);
  // Both builds put Phaser in its own chunk: the game bundles Phaser's Canvas-only core (build/phaser-canvas.ts),
  // the minimal page the full prebuilt Phaser. Printed apart so the game's own code is never hidden behind that saving.
  const isPhaser = (f: string) => f.startsWith('phaser-');
  const phaserGame = gzippedJs(gameDir, isPhaser);
  const phaserMinimal = gzippedJs(minimalDir, isPhaser);
  const server = await serve({ '/game/': gameDir, '/minimal/': minimalDir });
  const browser = await launch(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
  const results = {
    minimalFirstFrame: [] as number[],
    titleInteractive: [] as number[],
    minimalFirstFrameSlow: [] as number[],
    titleInteractiveSlow: [] as number[],
    longestTask: [] as number[],
    heapGrowthMB: [] as number[],
  };
  /** Navigation → the page's ready mark, in a fresh context, with the CPU slowed `rate` times. */
  const navigate = async (which: 'minimal' | 'game', rate: number): Promise<number> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: process.env.BENCH_NO_SW ? 'block' : 'allow' });
    const page = await context.newPage();
    if (rate > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(`${server.url}/${which}/${which === 'game' ? '?automation=1' : ''}`);
    const t = await mark(page, which === 'game' ? 'summit:title-interactive' : 'minimal:first-frame', 60_000);
    await context.close();
    return t;
  };
  try {
    // Warm the disk cache and the browser once for each page; then measure, at full speed and slowed.
    for (let run = -1; run < RUNS; run++) {
      for (const which of ['minimal', 'game'] as const) {
        const fast = await navigate(which, 1);
        const slow = await navigate(which, SLOW_CPU);
        if (run < 0) continue;
        (which === 'game' ? results.titleInteractive : results.minimalFirstFrame).push(fast);
        (which === 'game' ? results.titleInteractiveSlow : results.minimalFirstFrameSlow).push(slow);
      }
    }
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: process.env.BENCH_NO_SW ? 'block' : 'allow' });
      await context.addInitScript(() => {
        const w = window as unknown as { __longest: number };
        const t = window as unknown as { __tasks: { start: number; ms: number }[] };
        w.__longest = 0;
        t.__tasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            w.__longest = Math.max(w.__longest, e.duration);
            t.__tasks.push({ start: e.startTime, ms: e.duration });
          }
        }).observe({ type: 'longtask', buffered: true });
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(`${server.url}/game/?automation=1&seed=bench-${run}`);
      await mark(page, 'summit:title-interactive');
      if (process.env.BENCH_TITLE_WAIT) await page.waitForTimeout(Number(process.env.BENCH_TITLE_WAIT)); // diagnosis only
      // Long tasks are counted from the title on: loading the page is the title metric's business.
      await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
      await press(page, 'p');
      await scene(page, 'SideChoice');
      await press(page, '1');
      await playOne(page);
      results.longestTask.push(await page.evaluate(() => (window as unknown as { __longest: number }).__longest));
      if (TRACE) console.log(`run ${run}:`, await page.evaluate(traceLines));
      const heap = async () => {
        for (let k = 0; k < 3; k++) await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      const afterFirst = await heap();
      for (let g = 1; g < GAMES; g++) {
        await page.keyboard.press('r');
        await playOne(page);
      }
      const afterAll = await heap();
      results.heapGrowthMB.push((afterAll - afterFirst) / 1024 / 1024);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const m = {
    jsGzipGameKB: sizeGame / 1024,
    jsGzipMinimalKB: sizeMinimal / 1024,
    jsGzipDiffKB: (sizeGame - sizeMinimal) / 1024,
    minimalFirstFrameMs: median(results.minimalFirstFrame),
    titleInteractiveMs: median(results.titleInteractive),
    ratio: median(results.titleInteractive) / median(results.minimalFirstFrame),
    minimalFirstFrameSlowMs: median(results.minimalFirstFrameSlow),
    titleInteractiveSlowMs: median(results.titleInteractiveSlow),
    ratioSlow: median(results.titleInteractiveSlow) / median(results.minimalFirstFrameSlow),
    longestTaskMs: median(results.longestTask),
    heapGrowthMB: median(results.heapGrowthMB),
  };
  const checks: [string, boolean, string][] = [
    ['JS gzipped over minimal', m.jsGzipDiffKB <= 120, `${m.jsGzipDiffKB.toFixed(1)} KB (game ${m.jsGzipGameKB.toFixed(1)} KB, minimal ${m.jsGzipMinimalKB.toFixed(1)} KB; limit +120 KB)`],
    ['Interactive title vs minimal first frame', m.ratio <= 1.3, `${m.titleInteractiveMs.toFixed(0)} ms vs ${m.minimalFirstFrameMs.toFixed(0)} ms = ${m.ratio.toFixed(2)}× (limit 1.3×)`],
    [
      `Interactive title vs minimal first frame, CPU slowed ${SLOW_CPU}×`,
      m.ratioSlow <= 1.3,
      `${m.titleInteractiveSlowMs.toFixed(0)} ms vs ${m.minimalFirstFrameSlowMs.toFixed(0)} ms = ${m.ratioSlow.toFixed(2)}× (limit 1.3×)`,
    ],
    ['Longest main-thread task in a full game', m.longestTaskMs <= 50, `${m.longestTaskMs.toFixed(0)} ms (limit 50 ms)`],
    [`JS heap after ${GAMES} games vs after 1`, m.heapGrowthMB <= 10, `${m.heapGrowthMB >= 0 ? '+' : ''}${m.heapGrowthMB.toFixed(2)} MB (limit +10 MB)`],
  ];
  console.log(`Summit web benchmark — medians over ${RUNS} runs (Chromium ${process.env.CHROME_PATH || '/usr/bin/chromium'})`);
  for (const [name, ok, detail] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}: ${detail}`);
  console.log(
    `INFO  of which Phaser: game ${(phaserGame / 1024).toFixed(1)} KB (Canvas-only core), minimal ${(phaserMinimal / 1024).toFixed(1)} KB (full); the game's own JS: ${((sizeGame - phaserGame) / 1024).toFixed(1)} KB`,
  );
  console.log(JSON.stringify({ runs: RUNS, medians: m, samples: results }));
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
}

await main();
