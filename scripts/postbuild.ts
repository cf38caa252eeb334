/**
 * After tsup: writes the published JSON Schema of a Claim (made from the zod schema) to dist/claim.schema.json,
 * and appends the vitest matcher types to dist/testing.d.ts (tsup's declaration bundler cannot augment a module).
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { claimJsonSchema } from '../src/schema.js';

const dist = new URL('../dist/', import.meta.url);
mkdirSync(dist, { recursive: true });
writeFileSync(new URL('claim.schema.json', dist), JSON.stringify(claimJsonSchema, null, 2) + '\n');
const augmentation = readFileSync(new URL('../src/testing/vitest-matchers.d.ts', import.meta.url), 'utf8')
  .replace(/^import type \{ ClaimPattern \} from .*$/m, '')
  .replace(/^\/\/.*\n/, '');
for (const file of ['testing.d.ts', 'testing.d.cts']) {
  const path = new URL(file, dist);
  if (existsSync(path) && !readFileSync(path, 'utf8').includes("declare module 'vitest'")) appendFileSync(path, `\n${augmentation}`);
}
console.log('wrote dist/claim.schema.json and the vitest matcher types');
