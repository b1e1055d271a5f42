/** public/warm-fonts.js warms the very font families the stylesheet and theme use. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { FONT, SERIF } from '../../src/game/ui/theme.ts';

const ROOT = resolve(import.meta.dirname, '../..');

it('warms the theme’s sans-serif and serif families, and the stylesheet’s monospace', () => {
  const script = readFileSync(resolve(ROOT, 'public/warm-fonts.js'), 'utf8');
  const css = readFileSync(resolve(ROOT, 'src/game/ui/styles.css'), 'utf8');
  expect(script).toContain(`var SANS = '${FONT}';`);
  expect(script).toContain(`var SERIF = '${SERIF}';`);
  const mono = /var MONO = '([^']+)';/.exec(script)?.[1];
  expect(css).toContain(`font-family: ${mono};`);
});
