/** Peak resident memory while extracting from a 10 MB text (run by bench/throughput.ts in its own process). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractClaims } from '../src/index.js';

const seed = readFileSync(resolve(import.meta.dirname, '..', 'fixtures', '004_104ae95fd8efd749.txt'), 'utf8');
const text = Array.from({ length: Math.ceil(10e6 / seed.length) }, () => seed).join('\n\n');
const before = process.memoryUsage().rss;
const t0 = performance.now();
const claims = extractClaims(text);
const ms = performance.now() - t0;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(
  `memory    10 MB input: ${claims.length} claims in ${(ms / 1000).toFixed(1)} s, peak RSS ${(peak / 1e6).toFixed(0)} MB ` +
    `(${(before / 1e6).toFixed(0)} MB before)`,
);
