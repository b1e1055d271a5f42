/**
 * The default store: one folder per class under the data folder, with class.json (written once)
 * and results.jsonl (append-only: a line per finished game, never rewritten). A restart reads
 * them back; classes older than the retention period are removed at start-up and once a day.
 */
import { appendFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DAY_MS, type ClassRecord, type ResultRecord, type ResultsStore } from './store.ts';

const CLASS_ID = /^[a-z0-9]{8,32}$/;

export class FileStore implements ResultsStore {
  private timer: NodeJS.Timeout;

  constructor(
    private readonly dir: string,
    private readonly retentionDays: number,
  ) {
    void this.prune();
    this.timer = setInterval(() => void this.prune(), DAY_MS);
    this.timer.unref();
  }

  private folder(classId: string): string {
    // Ids come from requests too: only the server's own shape may name a folder.
    if (!CLASS_ID.test(classId)) throw new Error('not a class id');
    return join(this.dir, 'classes', classId);
  }

  async saveClass(record: ClassRecord): Promise<void> {
    const folder = this.folder(record.classId);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'class.json'), JSON.stringify(record), { flag: 'wx' });
  }

  async getClass(classId: string): Promise<ClassRecord | null> {
    if (!CLASS_ID.test(classId)) return null;
    try {
      return JSON.parse(await readFile(join(this.folder(classId), 'class.json'), 'utf8')) as ClassRecord;
    } catch {
      return null;
    }
  }

  async appendResult(result: ResultRecord): Promise<void> {
    const existing = await this.results(result.classId);
    if (existing.some((r) => r.id === result.id)) return;
    await appendFile(join(this.folder(result.classId), 'results.jsonl'), `${JSON.stringify(result)}\n`);
  }

  async results(classId: string): Promise<ResultRecord[]> {
    if (!CLASS_ID.test(classId)) return [];
    let text = '';
    try {
      text = await readFile(join(this.folder(classId), 'results.jsonl'), 'utf8');
    } catch {
      return [];
    }
    const out: ResultRecord[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        out.push(JSON.parse(line) as ResultRecord);
      } catch {
        // A line cut short by a crash mid-write: the others still count.
      }
    }
    return out;
  }

  async deleteClass(classId: string): Promise<void> {
    if (!CLASS_ID.test(classId)) return;
    await rm(this.folder(classId), { recursive: true, force: true });
  }

  private async prune(): Promise<void> {
    const root = join(this.dir, 'classes');
    let ids: string[] = [];
    try {
      ids = await readdir(root);
    } catch {
      return;
    }
    const cutoff = Date.now() - this.retentionDays * DAY_MS;
    for (const id of ids) {
      if (!CLASS_ID.test(id)) continue;
      const record = await this.getClass(id);
      const created = record?.createdAt ?? (await stat(join(root, id)).catch(() => null))?.mtimeMs ?? Date.now();
      if (created < cutoff) await this.deleteClass(id);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
  }
}
