/**
 * axe-core in the page under test: axe.min.js from node_modules is evaluated in the page (once
 * per document) and run there. `axeViolations` returns plain, printable findings; `expectNoAxe`
 * fails the test with every rule, its impact and the first few nodes it named.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * WCAG 2.0/2.1 A and AA rules plus axe's best practices. `region` is left out: the game's
 * screens are one <main> landmark whose contents Phaser's container wraps, and the rule counts
 * the canvas layer's own wrapper as content outside a landmark.
 */
const RUN_OPTIONS = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } };

export async function axeViolations(page: Page, context: string | null = null): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy (script-src 'self') does not govern.
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ options, context }) => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
      type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] };
      const result = await axe.run(context ?? document, options);
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.map(String).join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300) })),
      }));
    },
    { options: RUN_OPTIONS, context },
  );
}

/** Fails with a readable list when axe finds anything on the page (or inside `context`, a CSS selector). */
export async function expectNoAxe(page: Page, where: string, context: string | null = null): Promise<void> {
  const found = await axeViolations(page, context);
  const lines = found.flatMap((v) => [`${where}: ${v.id} (${v.impact}) ${v.help}`, ...v.nodes.map((n) => `    ${n.target} — ${n.summary}`)]);
  expect(lines, lines.join('\n')).toEqual([]);
}
