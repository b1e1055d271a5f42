/**
 * `npm start` / `npm run serve`: the game and the class server on one port, reachable from the
 * local network. Dev (default) serves the sources through Vite in middleware mode; `--dist` serves
 * the production build (run `npm run build` first; `npm run serve` does both); `--no-pages` serves
 * the class server alone (tests, benchmark).
 * Settings (environment): PORT (5173), HOST (0.0.0.0), DATA_DIR (./data), REDIS_URL,
 * PUBLIC_ADDRESS (host:port of this process, for several processes), RESULTS_DAYS (30),
 * LIVE_GRACE_SECONDS (60), DIST_DIR (./dist, the build --dist serves).
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { handleApi } from './http/api.ts';
import { createClassServer } from './class-server.ts';
import { DEFAULT_RETENTION_DAYS } from './store/store.ts';

const root = resolve(import.meta.dirname, '../..');
const fromDist = process.argv.includes('--dist');
/** The class server alone, no pages (tests and the benchmark). */
const noPages = process.argv.includes('--no-pages');
const env = process.env;
const port = Number(env.PORT ?? 5173);
const host = env.HOST ?? '0.0.0.0';

function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  return out;
}

function addresses(): string[] {
  if (env.PUBLIC_URL) return [env.PUBLIC_URL];
  const hosts = host === '0.0.0.0' || host === '::' ? [...lanAddresses(), 'localhost'] : [host];
  return hosts.map((h) => `http://${h}:${port}/`);
}

async function main(): Promise<void> {
  const dist = resolve(env.DIST_DIR ?? resolve(root, 'dist'));
  if (fromDist && !existsSync(resolve(dist, 'index.html'))) throw new Error('there is no production build in dist/: run "npm run build" first (or "npm run serve")');
  let pages: (req: IncomingMessage, res: ServerResponse, next: () => void) => void = (_q, _s, next) => next();
  const http = createServer((req, res) => {
    void handleApi(req, res, { presence: live.presence, store: live.store, addresses }).then((handled) => {
      if (!handled)
        pages(req, res, () => {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
        });
    });
  });
  const live = createClassServer({
    http,
    scenariosFolder: resolve(fromDist ? dist : resolve(root, 'public'), 'scenarios'),
    dataFolder: resolve(env.DATA_DIR ?? resolve(root, 'data')),
    redisUrl: env.REDIS_URL || null,
    publicAddress: env.PUBLIC_ADDRESS || null,
    retentionDays: Number(env.RESULTS_DAYS ?? DEFAULT_RETENTION_DAYS),
    graceSeconds: Number(env.LIVE_GRACE_SECONDS ?? 60),
  });
  if (fromDist) pages = sirv(dist, { etag: true, dev: false });
  else if (!noPages) {
    const { createServer: createVite } = await import('vite');
    const vite = await createVite({ root, configFile: resolve(root, 'vite.config.ts'), appType: 'mpa', server: { middlewareMode: true, ws: { server: http } } });
    pages = vite.middlewares;
  }
  await live.colyseus.listen(port, host);
  console.log(`Summit is running${fromDist ? ' (production build)' : ''}${env.REDIS_URL ? ', sharing classes through Redis' : ''}.`);
  console.log('Students open:');
  for (const a of addresses()) console.log(`  ${a}`);
  console.log('Teachers open the same address + teacher.html. Stop with Ctrl+C.');
  const stop = async () => {
    await live.close();
    http.closeAllConnections();
    http.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((e) => {
  console.error(`Summit could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
