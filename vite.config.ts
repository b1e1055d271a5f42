/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './build/content-security-policy.ts';
import { scenarioLiveReload } from './build/scenario-live-reload.ts';

// base './' keeps every URL in dist/ relative, so the built folder works from any sub-path.
export default defineConfig({
  base: './',
  plugins: [
    contentSecurityPolicy(),
    scenarioLiveReload(),
    // Offline once loaded (classroom networks are poor): a service worker precaches the built
    // game, the teacher's page and every shipped scenario. vite-plugin-pwa (Workbox) rather than a
    // hand-written worker: cache versioning and clean-up of old caches are easy to get wrong.
    VitePWA({
      injectRegister: null, // the pages register it themselves (src/game/offline.ts): the game only once the player is idle
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg}'], // svg: the lesson kit's maps (scenarios/maps/)
        // The game's address carries its settings (?session=, ?scenario=, ?seed=): the cached page serves them all.
        ignoreURLParametersMatching: [/.*/],
        maximumFileSizeToCacheInBytes: 10_000_000,
        // The first visit's page is controlled at once, so it works offline without a second load.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // Two pages: the game, and the teacher's page (session set-up and class debrief).
      input: { main: resolve(import.meta.dirname, 'index.html'), teacher: resolve(import.meta.dirname, 'teacher.html') },
      output: {
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  server: { host: '127.0.0.1' },
});
