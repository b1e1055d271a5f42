/**
 * The class server's small HTTP API, beside Colyseus's own /matchmake routes:
 *   GET    /api/live                          health check: the pages show live features only when it answers
 *   GET    /api/live/pin/:PIN                 the room a PIN opens (wrong PINs rate-limited per address)
 *   GET    /api/live/classes/:id/results      a class's results (header X-Teacher-Key)
 *   DELETE /api/live/classes/:id              forget a class and its results (header X-Teacher-Key)
 * Same-origin only: no CORS headers are sent.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Presence } from '@colyseus/core';
import { normalisePin, PIN_PATTERN } from '../../live/protocol.ts';
import { PIN_KEY } from '../live/deps.ts';
import { countWrongPin, pinGuessesLeft } from '../live/limits.ts';
import type { ResultsStore } from '../store/store.ts';

export interface ApiDeps {
  presence: Presence;
  store: ResultsStore;
  /** The addresses students can type, for the teacher page (LAN first). */
  addresses: () => string[];
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function address(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/** Handles /api/live requests; returns false for any other path. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, deps: ApiDeps): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://x');
  const path = url.pathname.replace(/^.*?\/api\/live/, '/api/live');
  if (!path.startsWith('/api/live')) return false;
  const parts = path.split('/').filter(Boolean).slice(2);
  try {
    if (parts.length === 0 && req.method === 'GET') return (send(res, 200, { live: true, addresses: deps.addresses() }), true);
    if (parts[0] === 'stats' && process.env.SUMMIT_STATS === '1' && req.method === 'GET') {
      // For npm run bench:server only (off unless SUMMIT_STATS=1): the heap after a full collection.
      (globalThis as { gc?: () => void }).gc?.();
      return (send(res, 200, { heapUsed: process.memoryUsage().heapUsed, rss: process.memoryUsage().rss }), true);
    }
    if (parts[0] === 'pin' && parts.length === 2 && req.method === 'GET') {
      if (!(await pinGuessesLeft(deps.presence, address(req)))) return (send(res, 429, { error: 'too many wrong PINs: wait a minute' }), true);
      const pin = normalisePin(decodeURIComponent(parts[1]));
      const roomId = PIN_PATTERN.test(pin) ? await deps.presence.hget(PIN_KEY, pin) : null;
      if (roomId) return (send(res, 200, { roomId }), true);
      await countWrongPin(deps.presence, address(req));
      return (send(res, 404, { error: 'no live class has this PIN' }), true);
    }
    if (parts[0] === 'classes' && parts.length >= 2) {
      const record = await deps.store.getClass(parts[1]);
      const key = String(req.headers['x-teacher-key'] ?? '');
      if (!record || createHash('sha256').update(key).digest('hex') !== record.keyHash) return (send(res, 404, { error: 'no such class, or not your teacher key' }), true);
      if (parts[2] === 'results' && req.method === 'GET') return (send(res, 200, await deps.store.results(record.classId)), true);
      if (parts.length === 2 && req.method === 'DELETE') return (await deps.store.deleteClass(record.classId), send(res, 200, { deleted: true }), true);
    }
    send(res, 404, { error: 'not found' });
  } catch (e) {
    send(res, 500, { error: e instanceof Error ? e.message : String(e) });
  }
  return true;
}
