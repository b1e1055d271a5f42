/**
 * Times a full analyze() on big random domains (60M and 3.7·10^15 outcomes).
 * Run directly: `npx tsx bench/analysis-bench.ts [runs]`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { analyze } from '../src/engine/analysis/analyze.ts';
import { randomDomain, type RandomDomainKind } from '../src/engine/model/random-domain.ts';

export interface BenchResult {
  name: string;
  medianMs: number;
  runs: number[];
}

const CASES: { items: number; options: number; kind: RandomDomainKind }[] = [
  { items: 10, options: 6, kind: 'random' },
  { items: 10, options: 6, kind: 'opposed' },
  { items: 20, options: 6, kind: 'random' },
  { items: 20, options: 6, kind: 'opposed' },
];

export async function benchAnalysis(runs: number): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const { items, options, kind } of CASES) {
    const domain = randomDomain(`bench-${items}x${options}-${kind}`, items, options, kind);
    analyze(domain); // warm-up: let the JIT compile before we time
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      const analysis = analyze(domain);
      times.push(performance.now() - start);
      if (analysis.frontier.length === 0) throw new Error('empty frontier'); // keep the result live
    }
    const frontierSize = analyze(domain).frontier.length;
    results.push({ name: `analyze ${items}x${options} ${kind} (${frontierSize} frontier points)`, medianMs: median(times), runs: times });
  }
  return results;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = Number(process.argv[2] ?? 15);
  const results = await benchAnalysis(runs);
  for (const r of results) console.log(`${r.name.padEnd(48)} median ${r.medianMs.toFixed(2).padStart(8)} ms  (${runs} runs)`);
}
