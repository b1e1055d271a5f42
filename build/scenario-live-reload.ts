/**
 * Live preview for scenario designers: under the dev server (`npm start`), saving a file in
 * public/scenarios/ tells the running game, which reloads that scenario at once — its title
 * screen with the change, or its problems on screen. Public files are not part of Vite's module
 * graph, so nothing would happen otherwise.
 */
import { basename, dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The event the game listens for (src/game/live-reload.ts). */
export const SCENARIO_CHANGED = 'summit:scenario-changed';

export function scenarioLiveReload(): Plugin {
  return {
    name: 'summit-scenario-live-reload',
    apply: 'serve',
    configureServer(server) {
      const folder = resolve(server.config.publicDir, 'scenarios');
      server.watcher.add(folder);
      server.watcher.on('change', (path) => {
        if (dirname(path) !== folder || !path.endsWith('.json')) return;
        server.ws.send({ type: 'custom', event: SCENARIO_CHANGED, data: { file: basename(path) } });
      });
    },
  };
}
