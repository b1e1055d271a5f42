/**
 * The designer's command line on the shipped 10-item × 6-option stress test
 * (public/scenarios/large-10x6.json): `summit check` and `summit analyze` must each answer within
 * 1 s. Measured three ways, medians of RUNS:
 *   end to end, as typed:      npm run -s summit -- <command> FILE    (npm + node + bundle + work)
 *   end to end, the process:   node scripts/summit.mjs <command> FILE (what the npm script runs)
 *   from source, for contrast: node --import tsx src/cli/summit.ts <command> FILE (no target)
 *   in process:                main([...]) after the modules are loaded (first call reported apart:
 *                              it pays for the JIT warming up, as every real run does)
 * Run directly: `npx tsx bench/cli-bench.ts [runs]`; `npm run bench` includes it.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { main } from '../src/cli/summit.ts';

export const LARGE_FILE = 'public/scenarios/large-10x6.json';
const COMMANDS = ['check', 'analyze'] as const;

export interface CliRow {
  name: string;
  medianMs: number;
  runs: number[];
  /** Whether the 1 s target applies to this row (in-process rows are for reading, not judging). */
  target: boolean;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function timedProcess(command: string, args: string[]): number {
  const start = performance.now();
  const r = spawnSync(command, args, { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr || r.stdout}`);
  return ms;
}

export function benchCli(runs = 5): CliRow[] {
  const rows: CliRow[] = [];
  timedProcess(process.execPath, ['scripts/summit.mjs', 'check', LARGE_FILE]); // rebuilds the bundle if the sources changed
  for (const cmd of COMMANDS) {
    const npm = Array.from({ length: runs }, () => timedProcess('npm', ['run', '-s', 'summit', '--', cmd, LARGE_FILE]));
    rows.push({ name: `summit ${cmd} 10×6, end to end (npm run)`, medianMs: median(npm), runs: npm, target: true });
    const node = Array.from({ length: runs }, () => timedProcess(process.execPath, ['scripts/summit.mjs', cmd, LARGE_FILE]));
    rows.push({ name: `summit ${cmd} 10×6, end to end (node scripts/summit.mjs)`, medianMs: median(node), runs: node, target: true });
    const tsx = Array.from({ length: runs }, () => timedProcess(process.execPath, ['--import', 'tsx', 'src/cli/summit.ts', cmd, LARGE_FILE]));
    rows.push({ name: `summit ${cmd} 10×6, from source (node --import tsx)`, medianMs: median(tsx), runs: tsx, target: false });
  }
  for (const cmd of COMMANDS) {
    const times = Array.from({ length: runs + 1 }, () => {
      const start = performance.now();
      const code = main(
        [cmd, LARGE_FILE],
        () => {},
        () => {},
      );
      if (code !== 0) throw new Error(`summit ${cmd} exited ${code}`);
      return performance.now() - start;
    });
    rows.push({ name: `summit ${cmd} 10×6, in process, first call`, medianMs: times[0], runs: times.slice(0, 1), target: false });
    rows.push({ name: `summit ${cmd} 10×6, in process, later calls`, medianMs: median(times.slice(1)), runs: times.slice(1), target: false });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = Number(process.argv[2] ?? 5);
  for (const r of benchCli(runs))
    console.log(`${r.name.padEnd(56)} median ${r.medianMs.toFixed(0).padStart(6)} ms  (${r.runs.map((x) => x.toFixed(0)).join(', ')})${r.target ? '  target ≤ 1000' : ''}`);
}
