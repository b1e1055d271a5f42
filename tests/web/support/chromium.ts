/** Debian's Chromium through playwright-core (no browser download). CHROME_PATH overrides. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // WebGL runs on SwiftShader under --disable-gpu; opting in keeps Chromium from logging a
  // deprecation warning about the automatic fallback on every page.
  '--enable-unsafe-swiftshader',
];

export function chromePath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install it (apt-get install -y chromium) or set CHROME_PATH`);
  return path;
}

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: [...CHROME_FLAGS, ...extraArgs] });
}

export interface ConsoleLog {
  problems: string[];
}

/**
 * Chromium's own driver notes under software WebGL (SwiftShader, --disable-gpu): compositing a
 * WebGL canvas without a GPU reads its pixels back, and the GL layer reports that as a
 * "performance" warning. Any WebGL page logs it here, the minimal Phaser page too; it never comes
 * from the game's code, so it is the one message not counted.
 */
export const ENVIRONMENT_NOISE = [/^\[\.WebGL-0x[0-9a-f]+\]GL Driver Message \(OpenGL, Performance, GL_CLOSE_PATH_NV, High\): GPU stall due to ReadPixels/];

/** A page that records every console error and warning, and uncaught errors. */
export async function watchedPage(context: BrowserContext): Promise<{ page: Page; log: ConsoleLog }> {
  const page = await context.newPage();
  const log: ConsoleLog = { problems: [] };
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !ENVIRONMENT_NOISE.some((re) => re.test(m.text()))) log.problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => log.problems.push(`requestfailed: ${r.url()}`));
  return { page, log };
}
