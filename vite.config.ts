/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { checkedScenarios } from './build/checked-scenarios.ts';
import { contentSecurityPolicy } from './build/content-security-policy.ts';
import { phaserCanvas } from './build/phaser-canvas.ts';
import { preloadScenes } from './build/preload-scenes.ts';
import { scenarioLiveReload } from './build/scenario-live-reload.ts';
import { schemaAddress } from './build/schema-address.ts';

// base './' keeps every URL in dist/ relative, so the built folder works from any sub-path.
export default defineConfig({
  base: './',
  plugins: [
    contentSecurityPolicy(),
    scenarioLiveReload(),
    schemaAddress(),
    phaserCanvas(),
    preloadScenes(),
    checkedScenarios(),
    // Offline once loaded (classroom networks are poor): a service worker precaches the built
    // game, the teacher's page and every shipped scenario. vite-plugin-pwa (Workbox) rather than a
    // hand-written worker: cache versioning and clean-up of old caches are easy to get wrong.
    VitePWA({
      injectRegister: null, // the pages register it themselves (src/game/offline.ts): the game only once the player is idle
      // A new build waits until the player chooses to reload (src/game/offline.ts shows the prompt).
      registerType: 'prompt',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg}'], // svg: the lesson kit's maps (scenarios/maps/)
        // The game's address carries its settings (?session=, ?scenario=, ?seed=): the cached page serves them all.
        ignoreURLParametersMatching: [/.*/],
        maximumFileSizeToCacheInBytes: 10_000_000,
        // Navigations are answered only for what is precached (the game's and the teacher's pages, by
        // any query): the default fallback sent the game for every page under the worker's scope
        // (a school site's other pages too). An allowlist of paths cannot do it: with base './' the
        // site's sub-path is unknown when the worker is built.
        navigateFallback: null,
        // The first visit's page is controlled at once, so it works offline without a second load.
        clientsClaim: true,
        // A new build's worker waits for the page's "reload" (it posts SKIP_WAITING), never taking
        // over a page that runs the old build's code.
        skipWaiting: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // Three pages: the game, the teacher's page (session set-up and class debrief) and the designers' workbench.
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        teacher: resolve(import.meta.dirname, 'teacher.html'),
        workbench: resolve(import.meta.dirname, 'workbench.html'),
      },
      output: {
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  resolve: {
    // The live class's client packages list their CommonJS (colyseus.js) and UMD (@colyseus/schema)
    // builds first for browsers; those cannot be tree-shaken and pull in all of tslib. Their ES
    // module builds, the same code, save the student about 8 KB gzipped.
    alias: [
      { find: /^colyseus\.js$/, replacement: resolve(import.meta.dirname, 'node_modules/colyseus.js/build/esm/index.mjs') },
      { find: /^@colyseus\/schema$/, replacement: resolve(import.meta.dirname, 'node_modules/@colyseus/schema/build/esm/index.mjs') },
    ],
  },
  server: { host: '127.0.0.1' },
});
