/**
 * The scenario's look, which sits outside the play identity: colours and the emblems Summit draws
 * for sides and third parties. Built on demand, like the rest of the schema (./schema.ts).
 */
import * as z from 'zod/mini';

/**
 * The shapes a side's emblem can take: simple figures Summit draws itself (never an image), so
 * any scenario can have marks of its own. Colours are read in order (see each description).
 */
export const EMBLEM_SHAPES = ['stripes', 'bands', 'canton', 'disc', 'cross', 'star'] as const;

/** A colour and an emblem, as schemas (one call per schema build). */
export function lookSchemas() {
  /** A colour as designers write it on the web: "#rrggbb". */
  const hexColor = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'a colour "#rrggbb", e.g. "#5b9bd5"'), z.describe('A colour, "#rrggbb".'));

  const emblemSchema = z
    .strictObject({
      shape: z
        .enum(EMBLEM_SHAPES)
        .check(
          z.describe(
            'stripes: horizontal stripes, one per colour, top to bottom; bands: vertical bands, left to right; canton: stripes of the second and later colours with a block of the first in the top left corner; disc, cross, star: a field of the first colour with that figure in the second.',
          ),
        ),
      colors: z.array(hexColor).check(z.minLength(1), z.maxLength(5), z.describe('The colours, "#rrggbb", in the order the shape reads them.')),
    })
    .check(z.describe('A small mark drawn for the side on the title and side choice, e.g. { "shape": "stripes", "colors": ["#ffffff", "#0039a6", "#d52b1e"] }. Leave it out for none.'));
  return { hexColor, emblemSchema };
}
