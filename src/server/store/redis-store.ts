/**
 * The store for several processes (REDIS_URL): a class record under summit:class:<id> and its
 * results in a Redis hash summit:results:<id> (field = result id, so a table stores once). Both
 * expire after the retention period, counted from the class's creation.
 */
import { Redis } from 'ioredis';
import { DAY_MS, type ClassRecord, type ResultRecord, type ResultsStore } from './store.ts';

const classKey = (id: string) => `summit:class:${id}`;
const resultsKey = (id: string) => `summit:results:${id}`;

export class RedisStore implements ResultsStore {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly retentionDays: number,
  ) {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  }

  private expiresAt(record: ClassRecord): number {
    return Math.ceil((record.createdAt + this.retentionDays * DAY_MS) / 1000);
  }

  async saveClass(record: ClassRecord): Promise<void> {
    await this.redis.set(classKey(record.classId), JSON.stringify(record), 'EXAT', this.expiresAt(record), 'NX');
  }

  async getClass(classId: string): Promise<ClassRecord | null> {
    const text = await this.redis.get(classKey(classId));
    return text ? (JSON.parse(text) as ClassRecord) : null;
  }

  async appendResult(result: ResultRecord): Promise<void> {
    const record = await this.getClass(result.classId);
    if (!record) return;
    await this.redis.multi().hsetnx(resultsKey(result.classId), result.id, JSON.stringify(result)).expireat(resultsKey(result.classId), this.expiresAt(record)).exec();
  }

  async results(classId: string): Promise<ResultRecord[]> {
    const all = await this.redis.hvals(resultsKey(classId));
    return all.map((t) => JSON.parse(t) as ResultRecord).sort((a, b) => a.at - b.at);
  }

  async deleteClass(classId: string): Promise<void> {
    await this.redis.del(classKey(classId), resultsKey(classId));
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
