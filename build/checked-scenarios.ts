/**
 * Checks every scenario shipped in public/scenarios/ with the engine's full loader at build time
 * and writes its checked form to checked/<file> in the built site, for the game's light way in
 * (src/engine/scenario/checked.ts: no zod before the title). The light result is compared with
 * the full loader's in every language the file offers or has a text in; a difference fails the build. A file that
 * does not load gets no checked form: the game then reports its problems as for any file.
 * Dev builds have none either (the game takes the full loader, and live reload stays exact).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { openChecked } from '../src/engine/scenario/checked.ts';
import { checkedForShipping, loadScenario } from '../src/engine/scenario/load.ts';

export const CHECKED_DIR = 'checked';

export function checkedScenarios(): Plugin {
  let dir = '';
  return {
    name: 'summit-checked-scenarios',
    configResolved(config) {
      dir = resolve(config.publicDir, 'scenarios');
    },
    // The dev server has no checked forms (its files change as they are edited): "null" tells the
    // game to take the full loader, without a 404 in the console.
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.split('?')[0].startsWith(`/${CHECKED_DIR}/`)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end('null');
      });
    },
    generateBundle() {
      if (!dir) return;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))) {
        const text = readFileSync(resolve(dir, file), 'utf8');
        const made = checkedForShipping(text);
        if (!made) continue;
        const json = JSON.stringify(made);
        const checked = JSON.parse(json);
        for (const language of languagesIn(made.languages, made.source, made.texts)) {
          const full = loadScenario(text, { warnings: false, language });
          if (!full.ok || !isDeepStrictEqual(openChecked(text, checked, language), full.compiled))
            this.error(`scenarios/${file}: the checked form opens differently from the full loader in "${language}"`);
        }
        this.emitFile({ type: 'asset', fileName: `${CHECKED_DIR}/${file}`, source: json });
      }
    },
  };
}

/** The languages listed, and any other a text is given in (a partly translated file shows those texts in it). */
function languagesIn(listed: string[], source: unknown, texts: PropertyKey[][]): string[] {
  const all = new Set(listed);
  for (const path of texts) {
    const text = path.reduce<unknown>((node, k) => (node as Record<PropertyKey, unknown>)[k], source);
    for (const language of Object.keys(text as object)) all.add(language);
  }
  return [...all];
}
