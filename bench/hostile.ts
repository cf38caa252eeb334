/**
 * Hostile input shapes at growing sizes: wall time of extractClaims and the ratio from one size to the next
 * (linear ≈ 4×).  Run: npx tsx bench/hostile.ts [sizes, e.g. 20000,80000,320000]
 */
import { extractClaims } from '../src/index.js';
import { hostileShapes } from './hostile-shapes.js';

const sizes = (process.argv[2] ?? '20000,80000,320000').split(',').map(Number);
for (const [name, make] of Object.entries(hostileShapes)) {
  const cells: string[] = [];
  let previous = 0;
  for (const n of sizes) {
    const text = make(n);
    const t0 = performance.now();
    const claims = extractClaims(text, { referenceDate: '2024-05-01' }).length;
    const ms = performance.now() - t0;
    cells.push(`${(n / 1000).toFixed(0)} KB ${ms.toFixed(0).padStart(5)} ms${previous ? ` (×${(ms / previous).toFixed(1)})` : ''} ${claims} claims`);
    previous = Math.max(ms, 1);
  }
  console.log(`${name.padEnd(28)} ${cells.join(' | ')}`);
}
