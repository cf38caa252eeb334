/** Writes the published JSON Schema of a Claim (made from the zod schema) to dist/claim.schema.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { claimJsonSchema } from '../src/schema.js';

mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/claim.schema.json', import.meta.url), JSON.stringify(claimJsonSchema, null, 2) + '\n');
console.log('wrote dist/claim.schema.json');
