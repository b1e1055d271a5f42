/**
 * The class server on an http server: Colyseus (WebSocket transport, presence, matchmaking
 * driver) plus its store, sharing the one port with the game's pages. In memory and on disk by
 * default; through Redis when a URL is given, so several processes share classes and results.
 */
import type { Server as HttpServer } from 'node:http';
import { LocalDriver, LocalPresence, Server, type Presence } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { CLASS_ROOM, MAX_MESSAGE_BYTES } from '../live/protocol.ts';
import { ClassRoom } from './live/class-room.ts';
import { setRoomDeps } from './live/deps.ts';
import { scenarioLoader } from './scenarios.ts';
import { FileStore } from './store/file-store.ts';
import { RedisStore } from './store/redis-store.ts';
import type { ResultsStore } from './store/store.ts';

export interface ClassServerOptions {
  http: HttpServer;
  scenariosFolder: string;
  dataFolder: string;
  redisUrl: string | null;
  /** host:port clients of other processes use to reach this one (several processes only). */
  publicAddress: string | null;
  retentionDays: number;
  graceSeconds: number;
}

export interface ClassServer {
  colyseus: Server;
  presence: Presence;
  store: ResultsStore;
  close(): Promise<void>;
}

/**
 * The transport's WebSocket server takes every upgrade on the http server; Vite's hot reload
 * (dev only) shares the port, so its upgrades ("vite-hmr" protocol) are passed over here.
 */
function shareUpgrades(http: HttpServer): void {
  const colyseusListeners = http.listeners('upgrade');
  http.removeAllListeners('upgrade');
  http.on('upgrade', (req, socket, head) => {
    if (req.headers['sec-websocket-protocol'] === 'vite-hmr') return;
    for (const l of colyseusListeners) (l as (...a: unknown[]) => void).call(http, req, socket, head);
  });
}

export function createClassServer(o: ClassServerOptions): ClassServer {
  const presence: Presence = o.redisUrl ? new RedisPresence(o.redisUrl) : new LocalPresence();
  const driver = o.redisUrl ? new RedisDriver(o.redisUrl) : new LocalDriver();
  const store: ResultsStore = o.redisUrl ? new RedisStore(o.redisUrl, o.retentionDays) : new FileStore(o.dataFolder, o.retentionDays);
  setRoomDeps({ store, scenario: scenarioLoader(o.scenariosFolder), graceSeconds: o.graceSeconds });
  const transport = new WebSocketTransport({ server: o.http, maxPayload: MAX_MESSAGE_BYTES });
  shareUpgrades(o.http);
  const colyseus = new Server({
    transport,
    presence,
    driver,
    greet: false, // no banner: this is a product, not a demo
    gracefullyShutdown: false, // main.ts owns the signals
    ...(o.publicAddress ? { publicAddress: o.publicAddress } : {}),
  });
  colyseus.define(CLASS_ROOM, ClassRoom);
  return {
    colyseus,
    presence,
    store,
    close: async () => {
      await colyseus.gracefullyShutdown(false);
      await store.close();
    },
  };
}
