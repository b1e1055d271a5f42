/**
 * What the class server keeps beyond a live room: each class's record (its teacher key's hash,
 * PIN, settings) and the results of its finished games. Two stores share this shape: files on
 * disk (the default, one process) and Redis (REDIS_URL, several processes). Both keep a class
 * for `retentionDays` after it was created, then drop it; a teacher can delete it sooner.
 */
import type { GameLog } from '../../engine/index.ts';

export interface ClassRecord {
  classId: string;
  /** sha-256 of the teacher key (hex): the key itself never leaves the teacher's browser after creation. */
  keyHash: string;
  pin: string;
  /** The teacher's session settings, as a session code (engine/session/class-session.ts). */
  session: string;
  pairing: string;
  createdAt: number;
}

export interface ResultRecord {
  /** Unique per finished table seat set: `${tableId}` (a table's result is stored once). */
  id: string;
  classId: string;
  at: number;
  names: [string | null, string | null];
  log: GameLog;
}

export interface ResultsStore {
  saveClass(record: ClassRecord): Promise<void>;
  getClass(classId: string): Promise<ClassRecord | null>;
  /** Appends a result; a second append with the same id is ignored (a table stores once). */
  appendResult(result: ResultRecord): Promise<void>;
  results(classId: string): Promise<ResultRecord[]>;
  /** Forgets the class and all its results. */
  deleteClass(classId: string): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_RETENTION_DAYS = 30;
export const DAY_MS = 24 * 60 * 60 * 1000;
