/**
 * Many identical warnings (a new language lacking 131 texts) drown the one that matters: a run of
 * the same code and message collapses to one line that counts them and says where they start.
 */
import type { Problem } from './problems.ts';

/** More than `limit` problems with the same code and message become one. Order is kept (first place). */
export function summariseProblems(problems: readonly Problem[], limit = 3): Problem[] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = `${p.severity}\u0000${p.code}\u0000${p.message}`;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  const out: Problem[] = [];
  for (const group of groups.values()) {
    if (group.length <= limit) {
      out.push(...group);
      continue;
    }
    const [first, last] = [group[0], group[group.length - 1]];
    out.push({
      ...first,
      message: `${first.message} — ${group.length} places like this, from ${first.path} to ${last.path} (summit check --all lists each)`,
    });
  }
  return out;
}
