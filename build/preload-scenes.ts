/**
 * The game's first script loads only Boot; the scenes and the engine (src/game/scenes/all.ts)
 * come by a dynamic import that main.ts can make only after Phaser's chunk has run. Without a
 * hint the browser starts that download then, one step after the rest. A modulepreload link in
 * the built page fetches (and compiles, off the main thread) the scenes' chunks alongside
 * Phaser's, so they are ready the moment main.ts asks for them.
 */
import type { Plugin } from 'vite';

const SCENES = /src[\\/]game[\\/]scenes[\\/]all\.ts$/;

export function preloadScenes(): Plugin {
  return {
    name: 'summit-preload-scenes',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle || !html.includes('id="game"')) return html; // the game's page only
        const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId !== null && SCENES.test(c.facadeModuleId));
        if (!entry || entry.type !== 'chunk') return html;
        const files = [entry.fileName, ...entry.imports].filter((f) => !html.includes(f));
        return {
          html,
          tags: files.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
        };
      },
    },
  };
}
