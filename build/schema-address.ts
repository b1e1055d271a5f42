/**
 * A stable address for the scenario format's JSON Schema: every built site (and the dev server)
 * serves it at `<site>/scenario.schema.json`, beside index.html, whatever sub-path the site is
 * deployed at. A scenario file anywhere, on any machine, can then name it with
 * `"$schema": "https://<site>/scenario.schema.json"`, and editors (VS Code downloads http(s)
 * schemas itself) complete and check it. The bytes are those of the published copy in
 * public/scenarios/, which `npm run schema` writes and a test keeps fresh.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const SCHEMA_FILE = 'scenario.schema.json';

export function schemaAddress(): Plugin {
  let source = '';
  const read = () => readFileSync(source, 'utf8');
  return {
    name: 'summit-schema-address',
    configResolved(config) {
      source = resolve(config.publicDir, 'scenarios', SCHEMA_FILE);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `/${SCHEMA_FILE}`) return next();
        // Read at each request: `npm run schema` during a session is seen at once.
        res.setHeader('Content-Type', 'application/schema+json; charset=utf-8');
        res.setHeader('Access-Control-Allow-Origin', '*');
        res.end(read());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SCHEMA_FILE, source: read() });
    },
  };
}
