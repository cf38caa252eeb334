/**
 * Time of `summarize` on each shape of bench/summarize-shapes.ts at 20,000 and 80,000 figures (the fastest of
 * three runs, after a warm-up).  Run: npx tsx bench/summarize.ts
 */
import { summarize } from '../src/index.js';
import { SUMMARIZE_SHAPES } from './summarize-shapes.js';

for (const [name, shape] of Object.entries(SUMMARIZE_SHAPES)) {
  const warm = shape(1000);
  summarize(warm.input, warm.options);
  const row = [20_000, 80_000].map((n) => {
    const { input, options } = shape(n);
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      summarize(input, options);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  });
  console.log(`summarize ${name.padEnd(28)} 20,000: ${row[0].toFixed(0)} ms, 80,000: ${row[1].toFixed(0)} ms (4x input, ${(row[1] / row[0]).toFixed(1)}x time)`);
}
