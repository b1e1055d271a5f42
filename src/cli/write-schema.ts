/**
 * Writes the published JSON Schema (public/scenarios/scenario.schema.json) from the zod schema,
 * the single source of truth. A test fails when the published file is stale.
 */
import fs from 'node:fs';
import { scenarioJsonSchema } from '../engine/index.ts';

export const SCHEMA_PATH = 'public/scenarios/scenario.schema.json';

export function schemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

if (process.argv[1]?.endsWith('write-schema.ts')) {
  fs.writeFileSync(SCHEMA_PATH, schemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
