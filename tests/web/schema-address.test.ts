/**
 * The scenario format's JSON Schema has one stable address on every Summit site: the built site
 * (served under a sub-path, as a school would) and the dev server both serve it at
 * `<site>/scenario.schema.json`, byte for byte the published copy. No browser needed: an editor
 * fetches it the same way.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { expect, inject, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const published = readFileSync(resolve(ROOT, 'public/scenarios/scenario.schema.json'), 'utf8');

test('the built site serves the schema beside index.html', async () => {
  const res = await fetch(`${inject('baseUrl')}scenario.schema.json`);
  expect(res.status).toBe(200);
  expect(await res.text()).toBe(published);
});

test('the dev server (npm start) serves it at the same address', async () => {
  const server = await createServer({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn', server: { port: 0, host: '127.0.0.1' } });
  try {
    await server.listen();
    const address = server.httpServer?.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const res = await fetch(`http://127.0.0.1:${port}/scenario.schema.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/schema+json');
    expect(await res.text()).toBe(published);
  } finally {
    await server.close();
  }
});
