/**
 * The built game bundles Phaser's own "core" entry (node_modules/phaser/src/phaser-core.js) with
 * the Canvas renderer only, instead of the full prebuilt Phaser (WebGL renderer and its shaders and
 * filters, both physics engines, sound, tilemaps, spine…). Summit draws panel backgrounds, charts and
 * the map with Graphics on a Canvas game (src/main.ts asks for Phaser.CANVAS), so the rest is weight
 * every student downloads and every slow Chromebook parses before the title appears: the full
 * build is 351 KB gzipped, this one 146 KB.
 *
 * Phaser's sources choose their parts with build flags (`typeof WEBGL_RENDERER`, …) that Phaser's
 * own webpack build defines; this plugin sets them in Phaser's files only, as plain text
 * replacements, so no other module sees them.
 *
 * Build only: the dev server (npm start, npm run dev:static) serves the full prebuilt Phaser, which
 * its dependency pre-bundling handles; the game's code is the same against both, and every browser
 * test runs the built game, so the Canvas build is the one tested.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const PHASER_SRC = resolve(import.meta.dirname, '../node_modules/phaser/src');
const CORE = resolve(PHASER_SRC, 'phaser-core.js');

/** Phaser's build flags as its webpack config would define them for a Canvas-only build without sound. */
const FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: false,
  WEBGL_DEBUG: false,
  EXPERIMENTAL: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};
const FLAG = new RegExp(`typeof (${Object.keys(FLAGS).join('|')})\\b`, 'g');

export function phaserCanvas(): Plugin {
  return {
    name: 'summit-phaser-canvas',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id === 'phaser' ? CORE : null;
    },
    transform(code, id) {
      if (!id.startsWith(PHASER_SRC)) return null;
      // The entry also makes Phaser a browser global through webpack's `global`; globalThis is the browser's name for it.
      return { code: code.replace(FLAG, (_, flag: string) => String(FLAGS[flag])).replace(/\bglobal\.Phaser\b/g, 'globalThis.Phaser'), map: null };
    },
  };
}
