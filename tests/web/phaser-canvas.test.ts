/**
 * The built game ships Phaser's Canvas-only core (build/phaser-canvas.ts), not the full prebuilt
 * Phaser: no WebGL renderer or shaders, no sound, far fewer bytes. Every other browser test plays
 * this build; here the build itself is checked, and that the title and a table with the map still
 * paint through a 2D canvas.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './support/chromium.ts';
import { keysToTable, open, ROOT, waitScene } from './support/game.ts';

const assets = resolve(ROOT, 'test-artifacts/web-dist/assets');
const phaserChunk = () => readdirSync(assets).find((f) => f.startsWith('phaser-') && f.endsWith('.js'));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

test('the Phaser the game ships has the Canvas renderer and nothing of WebGL or sound', () => {
  const file = phaserChunk();
  expect(file, 'a separate Phaser chunk').toBeDefined();
  const code = readFileSync(resolve(assets, file!), 'utf8');
  expect(code).toContain('CanvasRenderer');
  // WebGL's shader sources and the Web Audio sound manager are the bulk of the full build.
  expect(code).not.toMatch(/gl_FragColor|precision mediump float/);
  expect(code).not.toContain('createBufferSource');
  // The full prebuilt Phaser 4 is about 350 KB gzipped; the Canvas core about 145 KB.
  expect(gzipSync(code, { level: 9 }).length / 1024).toBeLessThan(200);
});

test('the title and the table with its map paint through a 2D canvas', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, inject('baseUrl'));
  await waitScene(page, 'Title');
  const painted = () =>
    page.evaluate(() => {
      const canvas = document.querySelector('#game canvas') as HTMLCanvasElement;
      const ctx = canvas.getContext('2d'); // null if Phaser had taken a WebGL context
      if (!ctx) return null;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return colours.size;
    });
  expect(await painted(), 'the title canvas is 2D').not.toBeNull();
  await keysToTable(page, '1');
  // The table's panels and the map are drawn by Phaser Graphics: many colours, not one flat fill.
  expect(await painted()).toBeGreaterThan(5);
  expect(errors).toEqual([]);
  await page.close();
});
