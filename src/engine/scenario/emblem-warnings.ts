/**
 * Emblems that will not read at the table: a figure drawn in the same colour as its field (a
 * disc, cross, star or canton needs a second colour), and third parties whose emblems are the
 * same, so a player cannot tell them apart. Emblems are presentation (outside the play hash):
 * these are warnings, never errors.
 */
import type { Problem } from './problems.ts';
import type { Scenario } from './schema.ts';
import { warning } from './warnings.ts';

type Emblem = NonNullable<Scenario['sides'][number]['emblem']>;

/** Shapes that draw a figure in the second colour on a field of the first. */
const FIGURES = new Set<Emblem['shape']>(['canton', 'disc', 'cross', 'star']);

function figureUnseen(e: Emblem, path: PropertyKey[]): Problem[] {
  const [field, figure = field] = e.colors;
  if (!FIGURES.has(e.shape) || figure.toLowerCase() !== field.toLowerCase()) return [];
  return [
    warning(
      'warn.emblem-one-colour',
      [...path, 'colors'],
      `a "${e.shape}" draws its figure in the second colour on the first, and here both are ${field}, so the figure does not show; give it a second colour`,
    ),
  ];
}

export function emblemWarnings(s: Scenario): Problem[] {
  const out: Problem[] = [];
  s.sides.forEach((side, i) => {
    if (side.emblem) out.push(...figureUnseen(side.emblem, ['sides', i, 'emblem']));
  });
  const seen = new Map<string, number>();
  s.thirdParties.forEach((p, i) => {
    if (!p.emblem) return;
    out.push(...figureUnseen(p.emblem, ['thirdParties', i, 'emblem']));
    const key = `${p.emblem.shape}:${p.emblem.colors.map((c) => c.toLowerCase()).join(',')}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      out.push(
        warning(
          'warn.emblem-repeated',
          ['thirdParties', i, 'emblem'],
          `"${p.id}" has the same emblem as "${s.thirdParties[first].id}" ($.thirdParties[${first}].emblem), so players cannot tell them apart at the table; change its shape or a colour`,
        ),
      );
  });
  return out;
}
