/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// base './' keeps every URL in dist/ relative, so the built folder works from any sub-path.
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  server: { host: '127.0.0.1' },
});
