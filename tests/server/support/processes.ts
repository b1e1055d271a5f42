/**
 * Real processes for the server tests and the benchmark: the class server (src/server/main.ts,
 * run by tsx as `npm start` does) and Debian's redis-server, each on a free loopback port and
 * stopped by its PID.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => ok(port));
    });
  });
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'summit-data-'));
}

async function waitFor(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not come up within ${ms} ms`);
}

export interface Running {
  url: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((ok) => {
      if (child.exitCode !== null || child.signalCode !== null) return ok();
      child.once('exit', () => ok());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
}

export interface ServerOptions {
  dataDir?: string;
  redisUrl?: string;
  graceSeconds?: number;
  port?: number;
  /** 'none' (class server only, the default here), or 'dist' (a production build folder must exist). */
  pages?: 'none' | 'dist';
  /** The built pages to serve with pages: 'dist' (default ./dist). */
  distDir?: string;
  /** More environment (the benchmark turns on the memory statistics). */
  env?: NodeJS.ProcessEnv;
}

export async function startServer(o: ServerOptions = {}): Promise<Running> {
  const port = o.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: o.dataDir ?? tempDataDir(),
    LIVE_GRACE_SECONDS: String(o.graceSeconds ?? 20),
    PUBLIC_URL: `http://127.0.0.1:${port}/`,
    ...o.env,
  };
  if (o.redisUrl) Object.assign(env, { REDIS_URL: o.redisUrl, PUBLIC_ADDRESS: `127.0.0.1:${port}` });
  const tsx = resolve(root, 'node_modules/.bin/tsx');
  if (o.pages === 'dist' && o.distDir) env.DIST_DIR = o.distDir;
  const child = spawn(tsx, [resolve(root, 'src/server/main.ts'), o.pages === 'dist' ? '--dist' : '--no-pages'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`the server exited: ${out}`);
    return (await fetch(`${url}/api/live`)).ok;
  }, 'the class server');
  return { url, port, child, output: () => out, stop: stopper(child) };
}

export async function startRedis(): Promise<Running> {
  const port = await freePort();
  const bin = process.env.REDIS_SERVER ?? 'redis-server';
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`redis-server exited: ${out}`);
    return out.includes('Ready to accept connections');
  }, 'redis-server');
  return { url: `redis://127.0.0.1:${port}`, port, child, output: () => out, stop: stopper(child) };
}
