/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// base './' keeps every URL in dist/ relative, so the built folder works from any sub-path.
export default defineConfig({
  base: './',
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
